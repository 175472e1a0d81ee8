import Foundation

/// The bad-input corpus: files under Corpus/<kind>/, plus inputs too big to keep in the repository,
/// generated here. Each input NAME has its exact expected outcome in Corpus/<kind>/NAME.expected.
/// Run with `ATELIER_RECORD=1` to record the `.expected` files, then read every one of them.
enum Corpus {
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["ATELIER_RECORD"] == "1" }

    /// The names of the inputs of a kind: files (without `.expected`), then the generated ones.
    static func names(_ kind: String, generated: [String: @Sendable () -> [UInt8]]) -> [String] {
        let folder = sourceFolder.appendingPathComponent(kind)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { !$0.hasSuffix(".expected") && !$0.hasPrefix(".") }.sorted() + generated.keys.sorted()
    }

    static func bytes(_ kind: String, _ name: String, generated: [String: @Sendable () -> [UInt8]]) throws -> [UInt8] {
        if let make = generated[name] { return make() }
        let url = try require(Bundle.module.url(forResource: "Corpus/\(kind)/\(name)", withExtension: nil))
        return [UInt8](try Data(contentsOf: url))
    }

    /// Compares `outcome` with the recorded one (or records it).
    static func expect(_ outcome: String, kind: String, name: String) throws -> (expected: String, actual: String) {
        let expectedName = "\(kind)/\(name).expected"
        if isRecording {
            try outcome.write(to: sourceFolder.appendingPathComponent(expectedName), atomically: true, encoding: .utf8)
            return (outcome, outcome)
        }
        let url = try require(Bundle.module.url(forResource: "Corpus/\(expectedName)", withExtension: nil),
                               "no recorded outcome for \(expectedName): run with ATELIER_RECORD=1 and read it")
        return (try String(contentsOf: url, encoding: .utf8), outcome)
    }
}

/// `#require` outside a test function body.
private func require<T>(_ value: T?, _ message: String = "") throws -> T {
    guard let value else { throw CorpusError(message: message) }
    return value
}

struct CorpusError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

import AtelierTestSupport
import Foundation
import Testing

/// The bad-input corpus: files under Corpus/<kind>/, plus inputs too big to keep in the repository,
/// generated here. Each input NAME has its exact expected outcome in Corpus/<kind>/NAME.expected.
/// `ATELIER_RECORD=1` records the `.expected` files and fails the run naming what changed: read
/// every change, then run the tests again without it.
enum Corpus {
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus")

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

    /// Compares `outcome` with the recorded `NAME.expected` (or records it).
    static func check(_ outcome: String, kind: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let expectedName = "\(kind)/\(name).expected"
        Recorded.check(outcome, file: sourceFolder.appendingPathComponent(expectedName),
                       copy: Bundle.module.url(forResource: "Corpus/\(expectedName)", withExtension: nil),
                       sourceLocation: sourceLocation)
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

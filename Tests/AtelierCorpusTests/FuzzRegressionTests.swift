import AtelierFuzzing
import Foundation
import Testing

/// Every input a fuzzer once crashed or hung on (Corpus/fuzz/<target>/), replayed through the same
/// entry point: each must now return. A target whose folder is missing or empty fails, rather than
/// passing on nothing.
@Suite struct FuzzRegressionTests {
    static let targets = ["workshop", "expression", "journal", "template"]

    struct MissingCorpus: Error, CustomStringConvertible {
        var description: String
    }

    /// The inputs kept for `target`; throws when its folder is missing or holds none.
    static func inputs(_ target: String, bundle: Bundle = .module) throws -> [(name: String, bytes: [UInt8])] {
        guard let folder = bundle.url(forResource: "Corpus/fuzz/\(target)", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw MissingCorpus(description: "no regression corpus Corpus/fuzz/\(target)/: the crashes fuzzing found are not replayed")
        }
        let inputs = try names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            (name, [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
        }
        guard !inputs.isEmpty else {
            throw MissingCorpus(description: "Corpus/fuzz/\(target)/ holds no input: nothing is replayed")
        }
        return inputs
    }

    @Test func theFuzzFixtureScriptLoads() {
        #expect(FuzzFixtures.workshop != nil)
    }

    @Test(arguments: FuzzRegressionTests.targets)
    func everyTargetHasItsCorpus(target: String) throws {
        #expect(try Self.inputs(target).count >= 2)
    }

    @Test func aMissingCorpusFolderFails() {
        #expect(throws: MissingCorpus.self) { try Self.inputs("no-such-target") }
    }

    @Test func workshopCrashesStayFixed() throws {
        for input in try Self.inputs("workshop") { FuzzTargets.workshop(input.bytes) }
    }

    @Test func expressionCrashesStayFixed() throws {
        for input in try Self.inputs("expression") { FuzzTargets.expression(input.bytes) }
    }

    @Test func journalCrashesStayFixed() throws {
        for input in try Self.inputs("journal") { FuzzTargets.journal(input.bytes) }
    }

    @Test func templateCrashesStayFixed() throws {
        for input in try Self.inputs("template") { FuzzTargets.template(input.bytes) }
    }
}

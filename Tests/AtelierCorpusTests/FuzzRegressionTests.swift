import AtelierFuzzing
import Foundation
import Testing

/// Every input a fuzzer once crashed on (Corpus/fuzz/<target>/), replayed through the same entry
/// point: each must now return.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [(name: String, bytes: [UInt8])] {
        guard let folder = Bundle.module.url(forResource: "Corpus/fuzz/\(target)", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { name in
            (try? Data(contentsOf: folder.appendingPathComponent(name))).map { (name, [UInt8]($0)) }
        }
    }

    @Test func theFuzzFixtureScriptLoads() {
        #expect(FuzzFixtures.workshop != nil)
    }

    @Test func workshopCrashesStayFixed() {
        for input in Self.inputs("workshop") { FuzzTargets.workshop(input.bytes) }
    }

    @Test func expressionCrashesStayFixed() {
        for input in Self.inputs("expression") { FuzzTargets.expression(input.bytes) }
    }

    @Test func journalCrashesStayFixed() {
        for input in Self.inputs("journal") { FuzzTargets.journal(input.bytes) }
    }

    @Test func templateCrashesStayFixed() {
        for input in Self.inputs("template") { FuzzTargets.template(input.bytes) }
    }
}

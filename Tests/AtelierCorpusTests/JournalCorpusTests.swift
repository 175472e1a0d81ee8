import AtelierCLI
import AtelierCore
import AtelierFuzzing
import Foundation
import Testing

/// Broken journals: what is read (events kept, bytes intact), the warning or the error with its
/// line, and what replaying the events over the fuzz script says about each event that no longer fits.
@Suite struct JournalCorpusTests {
    static let header = #"{"atelier_version":"0.1.0","client":"ACME","format":"atelier-journal","language":"fr","session_id":"s1","start_day":"2026-11-24","started_at":"2026-11-24T09:00:00+01:00","version":1,"workshop_hash":"0000000000000000000000000000000000000000000000000000000000000000","workshop_id":"fuzz","workshop_title":"Fuzz"}"#

    static let generated: [String: @Sendable () -> [UInt8]] = [
        "generated-1mb-answer-line.jsonl": {
            let answer = String(repeating: "Un contexte très long, ", count: 46_000)
            return Array((header + "\n" + #"{"item":"ouverture/contexte","t":5,"type":"answer","value":""# + answer + "\"}\n").utf8)
        },
        "generated-100k-blank-lines.jsonl": { Array((header + String(repeating: "\n", count: 100_000)).utf8) },
    ]

    static let names = Corpus.names("journals", generated: generated)

    static func outcome(_ bytes: [UInt8], file: String) -> String {
        let result = JournalCodec.decode(bytes, file: file)
        var out = "header: \(result.header == nil ? "none" : "read")\nevents: \(result.events.count)\n"
        out += "intact bytes: \(result.intactByteCount) of \(bytes.count)\n"
        out += DiagnosticText.render(result.diagnostics(.en), sources: [:])
        guard result.isUsable, let workshop = FuzzFixtures.workshop else { return out }
        var engine = Engine(workshop: workshop, today: FuzzFixtures.today)
        for (n, event) in result.events.enumerated() {
            for notice in engine.apply(event).notices { out += "replay, event \(n + 1): \(notice.message(.en))\n" }
        }
        let answered = engine.answeredPaths().map { "\($0.path.description) (\(ValueText.plain($0.value, .en).count) characters)" }
        out += "charter: \(answered.joined(separator: ", "))\n"
        let drafts = engine.drafts.sorted { $0.key.description < $1.key.description }.map { "\($0.key) (\($0.value.count) lines)" }
        if !drafts.isEmpty { out += "answers under way: \(drafts.joined(separator: ", "))\n" }
        return out
    }

    @Test func theCorpusIsBigEnough() {
        #expect(Self.names.count >= 30)
    }

    @Test(arguments: JournalCorpusTests.names)
    func brokenJournal(name: String) throws {
        let bytes = try Corpus.bytes("journals", name, generated: Self.generated)
        let clock = ContinuousClock()
        var outcome = ""
        let elapsed = clock.measure { outcome = Self.outcome(bytes, file: "journals/\(name)") }
        Corpus.check(outcome, kind: "journals", name: name)
        #expect(elapsed < .seconds(3), "\(name) took \(elapsed)")
    }
}

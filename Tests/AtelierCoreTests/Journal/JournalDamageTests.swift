import Testing
@testable import AtelierCore

/// Damaged journals: what is kept, what is dropped, and the exact sentence said.
@Suite struct JournalDamageTests {
    private let events = Array(JournalSamples.everyKind.prefix(3))
    private let tornWarning = "s.jsonl:5: warning: the last line was cut off (the machine probably stopped mid-write); everything before it is kept"

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(arguments: [1, 10, 30, -1])
    func tornLastLineIsDroppedWithAWarning(keep: Int) throws {
        let whole = try JournalSamples.journal(events)
        let last = try JournalCodec.encode(Event(.note("dernière note"), at: 40))
        let cut = keep < 0 ? last : String(last.utf8.prefix(keep)) ?? ""
        let result = JournalCodec.decode(whole + cut, file: "s.jsonl")
        #expect(result.error == nil)
        #expect(result.events == events)
        #expect(result.warnings == [.tornLastLine(file: "s.jsonl", line: 5)])
        #expect(result.warnings.first?.diagnostic(.en).printed == tornWarning)
        #expect(result.intactByteCount == whole.utf8.count)
    }

    @Test func lastLineCutInsideAMultiByteCharacterIsTorn() throws {
        let whole = bytes(try JournalSamples.journal(events))
        let last = bytes(try JournalCodec.encode(Event(.note("été"), at: 40)))
        let cutAt = try #require(last.firstIndex(of: 0xC3)) + 1
        let result = JournalCodec.decode(whole + last[..<cutAt], file: "s.jsonl")
        #expect(result.events == events)
        #expect(result.warnings == [.tornLastLine(file: "s.jsonl", line: 5)])
    }

    @Test func lastLineOfZeroBytesAfterPowerLossIsTorn() throws {
        let whole = bytes(try JournalSamples.journal(events))
        let result = JournalCodec.decode(whole + [UInt8](repeating: 0, count: 37) + [0x0A], file: "s.jsonl")
        #expect(result.events == events)
        #expect(result.warnings == [.tornLastLine(file: "s.jsonl", line: 5)])
        #expect(result.error == nil)
    }

    @Test func tornWarningInFrench() {
        #expect(JournalWarning.tornLastLine(file: "s.jsonl", line: 9).diagnostic(.fr).printed
            == "s.jsonl:9: warning: la dernière ligne a été coupée (la machine s'est probablement arrêtée en pleine écriture) ; tout ce qui la précède est conservé")
    }

    @Test func corruptMiddleLineStopsWithItsLineNumber() throws {
        var lines = try JournalSamples.journal(events).split(separator: "\n").map(String.init)
        lines[2] = String(lines[2].prefix(12))
        let result = JournalCodec.decode(lines.joined(separator: "\n") + "\n", file: "sessions/s.jsonl")
        #expect(result.error == .damagedLine(file: "sessions/s.jsonl", line: 3))
        #expect(result.error?.diagnostic(.en).printed
            == "sessions/s.jsonl:3: error: this line is damaged (it is not valid JSON); fix or delete it by hand, nothing after it was read")
        #expect(result.error?.diagnostic(.fr).printed
            == "sessions/s.jsonl:3: error: cette ligne est abîmée (ce n'est pas du JSON valide) ; corrigez-la ou supprimez-la à la main, rien n'a été lu après elle")
        #expect(result.events == [events[0]])
        #expect(result.error?.diagnostic(.en).location == SourceLocation(file: "sessions/s.jsonl", line: 3))
        #expect(!result.isUsable)
    }

    @Test func invalidUTF8InTheMiddleIsAnError() throws {
        let header = bytes(try JournalCodec.encodeHeader(JournalSamples.header) + "\n")
        let good = bytes(try JournalCodec.encode(events[0]) + "\n")
        let bad: [UInt8] = bytes(#"{"t":1,"type":"note","text":"caf"#) + [0xE9] + bytes("\"}\n")
        let result = JournalCodec.decode(header + bad + good, file: "s.jsonl")
        #expect(result.error == .invalidText(file: "s.jsonl", line: 2))
        #expect(result.error?.diagnostic(.en).printed == "s.jsonl:2: error: this line is not valid UTF-8 text; fix or delete it by hand, nothing after it was read")
    }

    @Test func newerFormatVersionIsRefused() throws {
        var header = JournalSamples.header
        header.version = 2
        let result = JournalCodec.decode(try JournalSamples.journal(events, header: header), file: "s.jsonl")
        #expect(result.error == .newerVersion(file: "s.jsonl", version: 2))
        #expect(result.error?.message(.en) == "this session was written by a newer Atelier (format 2); this version reads format 1")
        #expect(result.error?.message(.fr) == "cette session a été écrite par une version plus récente d'Atelier (format 2) ; cette version lit le format 1")
        #expect(result.events.isEmpty)
    }

    @Test func newerVersionWinsOverUnknownHeaderFields() {
        let result = JournalCodec.decode(#"{"format":"atelier-journal","version":7,"shape":"new"}"# + "\n", file: "s.jsonl")
        #expect(result.error == .newerVersion(file: "s.jsonl", version: 7))
    }

    @Test func emptyFile() {
        let result = JournalCodec.decode("", file: "s.jsonl")
        #expect(result.error == .empty(file: "s.jsonl"))
        #expect(result.error?.diagnostic(.en).printed == "s.jsonl: error: this session file is empty (no header, no answer)")
        #expect(result.error?.diagnostic(.fr).message == "ce fichier de session est vide (ni en-tête, ni réponse)")
    }

    @Test func binaryGarbage() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]
        #expect(JournalCodec.decode(png, file: "logo.png").error == .notText(file: "logo.png"))
        let zeros = [UInt8](repeating: 0, count: 4096)
        #expect(JournalCodec.decode(zeros, file: "s.jsonl").error?.diagnostic(.en).printed
            == "s.jsonl:1: error: this file holds binary data, not an Atelier session journal")
    }

    @Test func invalidUTF8FromTheStart() {
        let latin1: [UInt8] = Array("Société".unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }) + [0x0A]
        #expect(JournalCodec.decode(latin1, file: "s.jsonl").error == .notText(file: "s.jsonl"))
    }

    @Test func textThatIsNotAJournal() {
        #expect(JournalCodec.decode("id: cadrage\ntitle: Atelier\n", file: "w.yaml").error == .notAJournal(file: "w.yaml"))
        #expect(JournalCodec.decode(#"{"name":"package"}"# + "\n", file: "p.json").error?.diagnostic(.en).printed
            == "p.json:1: error: this file is not an Atelier session journal (its first line is not a session header)")
    }

    @Test func headerCutOff() throws {
        let header = try JournalCodec.encodeHeader(JournalSamples.header)
        for text in [String(header.prefix(40)), header] {
            let result = JournalCodec.decode(text, file: "s.jsonl")
            #expect(result.error == .headerCutOff(file: "s.jsonl"))
            #expect(result.intactByteCount == 0)
        }
    }

    @Test func headerMissingAField() {
        let text = #"{"format":"atelier-journal","version":1,"session_id":"x"}"# + "\n"
        let result = JournalCodec.decode(text, file: "s.jsonl")
        #expect(result.error == .invalidHeader(file: "s.jsonl", field: "workshop_id"))
        #expect(result.error?.message(.en) == "the session header is damaged: its “workshop_id” field is missing or has the wrong type")
    }

    @Test func headerWithAnImpossibleDay() throws {
        let text = try JournalCodec.encodeHeader(JournalSamples.header).replacingOccurrences(of: "2026-11-24\"", with: "2026-02-30\"")
        #expect(JournalCodec.decode(text + "\n", file: "s.jsonl").error == .invalidHeader(file: "s.jsonl", field: "start_day"))
    }

    @Test func duplicatedHeader() throws {
        let header = try JournalCodec.encodeHeader(JournalSamples.header)
        let text = try JournalSamples.journal(events) + header + "\n" + JournalCodec.encode(events[0]) + "\n"
        let result = JournalCodec.decode(text, file: "s.jsonl")
        #expect(result.error == .duplicateHeader(file: "s.jsonl", line: 5))
        #expect(result.events == events)
    }

    @Test func unknownEventTypeEvenOnTheLastLine() throws {
        let text = try JournalSamples.journal(events) + #"{"t":50,"type":"teleport"}"# + "\n"
        let result = JournalCodec.decode(text, file: "s.jsonl")
        #expect(result.error == .unknownEventType(file: "s.jsonl", line: 5, type: "teleport"))
        #expect(result.error?.diagnostic(.en).printed
            == "s.jsonl:5: error: this line holds an event of unknown type “teleport” (written by a newer Atelier?); nothing after it was read")
    }

    @Test func eventMissingAField() throws {
        let text = try JournalSamples.journal([]) + #"{"t":50,"type":"skip"}"# + "\n" + JournalCodec.encode(events[0]) + "\n"
        #expect(JournalCodec.decode(text, file: "s.jsonl").error == .invalidEvent(file: "s.jsonl", line: 2, field: "item"))
        let badValue = try JournalSamples.journal([]) + #"{"t":1,"type":"answer","item":"p/x","value":{"weird":1}}"# + "\n"
        #expect(JournalCodec.decode(badValue, file: "s.jsonl").error == .invalidEvent(file: "s.jsonl", line: 2, field: "value"))
    }

    @Test func everyErrorHasTwoDistinctSentences() {
        let all: [JournalError] = [
            .empty(file: "f"), .notText(file: "f"), .notAJournal(file: "f"), .headerCutOff(file: "f"),
            .newerVersion(file: "f", version: 2), .invalidHeader(file: "f", field: "x"), .invalidHeader(file: "f", field: nil),
            .damagedLine(file: "f", line: 2), .invalidText(file: "f", line: 2), .duplicateHeader(file: "f", line: 2),
            .unknownEventType(file: "f", line: 2, type: "t"), .invalidEvent(file: "f", line: 2, field: "x"),
            .invalidEvent(file: "f", line: 2, field: nil), .differentWorkshop(file: "f", recorded: "a", given: "b"),
            .scriptChanged(file: "f", script: "w"), .unencodable,
        ]
        for error in all {
            #expect(!error.message(.fr).isEmpty && error.message(.fr) != error.message(.en), "\(error)")
            #expect(!error.message(.en).contains("\n"))
        }
    }
}

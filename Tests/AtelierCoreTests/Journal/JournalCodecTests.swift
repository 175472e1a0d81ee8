import Testing
@testable import AtelierCore

@Suite struct JournalCodecTests {
    @Test func everyEventKindRoundTrips() throws {
        for event in JournalSamples.everyKind {
            let line = try JournalCodec.encode(event)
            #expect(!line.contains("\n"))
            let result = JournalCodec.decode(try JournalCodec.encodeHeader(JournalSamples.header) + "\n" + line + "\n", file: "s.jsonl")
            #expect(result.error == nil)
            #expect(result.events == [event], "\(line)")
        }
    }

    @Test func everyEncodedTypeIsAKnownType() throws {
        var seen: Set<String> = []
        for event in JournalSamples.everyKind {
            let line = try JournalCodec.encode(event)
            let type = try #require(line.split(separator: "\"type\":\"").last?.split(separator: "\"").first)
            seen.insert(String(type))
        }
        #expect(seen == JournalCodec.eventTypes)
    }

    @Test func linesHaveAStableKeyOrder() throws {
        let event = Event(.answer(item: .step(phase: "contexte", step: "client"), value: .text("ACME / Lyon")), at: 12.5, wallTime: "2026-11-24T09:02:15+01:00")
        #expect(try JournalCodec.encode(event)
            == #"{"at":"2026-11-24T09:02:15+01:00","item":"contexte/client","t":12.5,"type":"answer","value":"ACME / Lyon"}"#)
        #expect(try JournalCodec.encode(Event(.park(item: .gap(GapID(rule: "cible", binding: ["r1", "r2"])), owner: nil, dontKnow: true), at: 3))
            == #"{"dont_know":true,"item":"gap:cible[r1,r2]","t":3,"type":"park"}"#)
    }

    @Test func headerRoundTripsWithItsDocumentedKeys() throws {
        let line = try JournalCodec.encodeHeader(JournalSamples.header)
        #expect(line == #"{"atelier_version":"0.1.0","client":"ACME Industrie","format":"atelier-journal","language":"fr","#
            + #""session_id":"5f0c7a52-1d2e-4c1b-9a57-0d6c1f0e9b11","start_day":"2026-11-24","started_at":"2026-11-24T09:02:11+01:00","#
            + #""version":1,"workshop_hash":"\#(JournalSamples.header.workshopHash)","workshop_id":"cadrage","workshop_title":"Atelier de cadrage"}"#)
        let result = JournalCodec.decode(line + "\n", file: "s.jsonl")
        #expect(result.header == JournalSamples.header)
        #expect(result.events.isEmpty)
        #expect(result.isUsable)
        #expect(result.intactByteCount == line.utf8.count + 1)
    }

    @Test func headerWithoutClientRoundTrips() throws {
        var header = JournalSamples.header
        header.client = nil
        header.language = .en
        let result = JournalCodec.decode(try JournalCodec.encodeHeader(header) + "\n", file: "s.jsonl")
        #expect(result.header == header)
    }

    @Test func wholeJournalRoundTripsInOrder() throws {
        let text = try JournalSamples.journal(JournalSamples.everyKind)
        let result = JournalCodec.decode(text, file: "s.jsonl")
        #expect(result.header == JournalSamples.header)
        #expect(result.events == JournalSamples.everyKind)
        #expect(result.warnings.isEmpty)
        #expect(result.error == nil)
        #expect(result.intactByteCount == text.utf8.count)
        #expect(result.elapsedTime == 35)
    }

    @Test func blankLinesAndWindowsLineEndingsAreTolerated() throws {
        let header = try JournalCodec.encodeHeader(JournalSamples.header)
        let line = try JournalCodec.encode(Event(.skip(item: .step(phase: "p", step: "a")), at: 1))
        let result = JournalCodec.decode("\u{FEFF}" + header + "\r\n\n" + line + "\r\n", file: "s.jsonl")
        #expect(result.error == nil)
        #expect(result.events == [Event(.skip(item: .step(phase: "p", step: "a")), at: 1)])
        #expect(result.warnings.isEmpty)
    }

    @Test func nonFiniteNumbersAreRefusedNotCrashed() {
        #expect(throws: JournalError.unencodable) {
            try JournalCodec.encode(Event(.answer(item: .step(phase: "p", step: "x"), value: .number(.nan)), at: 1))
        }
        #expect(throws: JournalError.unencodable) {
            try JournalCodec.encode(Event(.skip(item: .step(phase: "p", step: "x")), at: .infinity))
        }
    }

    @Test func scriptCheckTellsAChangedScriptFromAnotherWorkshop() {
        let header = JournalSamples.header
        let same = Array("id: cadrage\n".utf8)
        #expect(JournalCodec.checkScript(header, file: "s.jsonl", scriptPath: "w.yaml", workshopID: "cadrage", scriptBytes: same) == nil)
        let changed = JournalCodec.checkScript(header, file: "s.jsonl", scriptPath: "w.yaml", workshopID: "cadrage",
                                               scriptBytes: Array("id: cadrage\ntitle: x\n".utf8))
        #expect(changed == .scriptChanged(file: "s.jsonl", script: "w.yaml"))
        #expect(changed?.diagnostic(.en).printed == "s.jsonl: error: the script “w.yaml” changed since this session started: resuming would mix two versions; to see what the new script would have changed: atelier replay s.jsonl --workshop w.yaml")
        let other = JournalCodec.checkScript(header, file: "s.jsonl", scriptPath: "w.yaml", workshopID: "retro", scriptBytes: same)
        #expect(other?.message(.fr) == "cette session appartient à l'atelier « cadrage », pas à « retro »")
    }
}

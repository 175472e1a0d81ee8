import Foundation
import PropertyBased
import Testing
@testable import AtelierCore

/// The byte-by-byte reader of event lines agrees with JSONDecoder on every line it reads, and
/// declines the lines it does not (JSONDecoder then decides).
@Suite struct EventLineReaderTests {
    static func decoded(_ line: String) -> Event? {
        try? JSONDecoder().decode(Event.self, from: Data(line.utf8))
    }

    static func read(_ line: String) -> Event? {
        EventLineReader.event(in: Array(line.utf8)[...])
    }

    static let texts = ["", "Réduire les délais", "guillemets \" et \\ barre", "a/b", "ligne\nautre\tfin\r", "émoji 🚀 et ﬁ",
                        "\u{1}contrôle", "  espaces  ", "{\"value\":1}", "je pense que oui"]

    /// An event of every kind and values of every shape, picked by `choices`.
    static func event(_ choices: [Int]) -> Event {
        var picks = choices.makeIterator()
        func next(_ n: Int) -> Int { (picks.next() ?? 0) % n }
        func text() -> String { texts[next(texts.count)] }
        func value(_ depth: Int) -> Value {
            switch next(depth > 2 ? 5 : 7) {
            case 0: return .text(text())
            case 1: return .number([0, -0.5, 12.5, 1e21, 0.1 + 0.2, 125_000.75, -3][next(7)])
            case 2: return .bool(next(2) == 0)
            case 3: return .date(Day(year: 2020 + next(10), month: 1 + next(12), day: 1 + next(28)))
            case 4: return .duration(next(600) - 30)
            case 5: return .list((0..<next(4)).map { _ in value(depth + 1) })
            default:
                return .records((0..<next(3)).map { n in
                    Record(id: "r\(n)", fields: Dictionary((0..<next(4)).map { ("f\($0)", value(depth + 1)) }, uniquingKeysWith: { a, _ in a }))
                })
            }
        }
        let items: [ItemID] = [.step(phase: "objectifs", step: "fiertes"), .gap(GapID(rule: "cible", binding: ["r1", "objectifs[r1].intitule"])),
                               .ownerFollowUp(openQuestion: "oq3"), .parkOffer(phase: "risques"), .gap(GapID(rule: "pas-de-sponsor"))]
        let item = items[next(items.count)]
        let kinds: [Event.Kind] = [
            .answer(item: item, value: value(0)), .said(item: item), .skip(item: item), .decide(item: item, text: text()),
            .park(item: item, owner: next(2) == 0 ? nil : text(), dontKnow: next(2) == 0),
            .assignOwner(openQuestion: "oq\(next(9))", owner: text()), .checkpoint(item: item, ok: next(2) == 0), .note(text()),
            .edit(path: "objectifs[r\(next(9))].intitule", value: value(0)), .back, .goto(phase: text()), .lock(section: text()),
            .undo, .parkRest(phase: "p"), .keepGoing(phase: "p"), .resume, .quit,
        ]
        let times = [0, 3.5, 0.1 + 0.2, 7_200, 1e-7]
        return Event(kinds[next(kinds.count)], at: times[next(times.count)], wallTime: next(2) == 0 ? nil : "2026-11-24T09:02:15+01:00")
    }

    @Test func readsWhatJSONDecoderReadsOnEveryLineAtelierWrites() async throws {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...1_000_000).array(of: 8...40)) { choices in
            let event = Self.event(choices)
            let line = try JournalCodec.encode(event)
            #expect(Self.decoded(line) == event)
            let read = Self.read(line)
            // Lines with `\u` escapes (control characters) are left to JSONDecoder.
            if !line.contains("\\u") { #expect(read == event, "\(line)") } else { #expect(read == nil || read == event) }
        }
    }

    @Test func agreesWithJSONDecoderOnHandWrittenLines() {
        let lines = [
            #" { "t" : 1 , "type" : "note" , "text" : "a" } "#,
            #"{"type":"note","text":"a","t":1e2}"#,
            #"{"type":"note","text":"a","t":-0.0}"#,
            #"{"type":"edit","path":"p","t":2,"value":{"minutes":90}}"#,
            #"{"type":"edit","path":"p","t":2,"value":{"date":"2027-02-29"}}"#,
            #"{"type":"edit","path":"p","t":2,"value":{"records":[{"id":"r1","fields":{}}]}}"#,
            #"{"type":"edit","path":"p","t":2,"value":[true,1,"x",[]]}"#,
            #"{"type":"park","item":"a/b","t":2,"owner":"Ana","dont_know":false}"#,
            #"{"type":"answer","item":"nothing","t":2,"value":"x"}"#,
        ]
        for line in lines {
            #expect(Self.read(line) == Self.decoded(line) || Self.read(line) == nil, "\(line)")
        }
        #expect(Self.read(lines[0]) == Event(.note("a"), at: 1))
        #expect(Self.read(lines[3]) == Event(.edit(path: "p", value: .duration(90)), at: 2))
    }

    /// What it declines, JSONDecoder may still read (or refuse, saying why).
    @Test func declinesWhatItDoesNotKnow() {
        for line in [
            #"{"t":1,"type":"note","text":null}"#,                      // a null
            #"{"t":1,"type":"note","text":"a","text":"b"}"#,            // a key twice
            #"{"t":1,"type":"note","text":"a","mood":"gai"}"#,          // an unknown key
            #"{"t":1,"type":"note","text":"\u00e9"}"#,                  // a \u escape
            #"{"t":1,"type":"teleport"}"#,                              // an unknown type
            #"{"t":1e999,"type":"undo"}"#,                              // an infinite number
            #"{"t":01,"type":"undo"}"#,                                 // a leading zero
            #"{"t":1,"type":"edit","path":"p","value":{"minutes":1.5}}"#,
            #"{"t":1,"type":"edit","path":"p","value":{"date":"2027-02-30"}}"#,
            #"{"t":1,"type":"undo"} x"#,                                // something after the object
            #"{"t":1,"type":"said","item":"nothing"}"#,                 // not an item id
        ] {
            #expect(Self.read(line) == nil, "\(line)")
        }
    }
}

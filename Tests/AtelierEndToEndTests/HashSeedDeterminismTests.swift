import AtelierCore
import Foundation
import Testing

/// Issue 15: the engine is a deterministic function of (script, events, clock) whatever order
/// Swift's hashed tables happen to hold things in. Each process hashes with a seed of its own
/// unless SWIFT_DETERMINISTIC_HASHING is set: random sessions replayed and exported by separate
/// processes with different seeds give the same bytes.
@Suite struct HashSeedDeterminismTests {
    /// A reproducible pseudo-random session on the flagship: answers of every kind (some hedging,
    /// some "don't know"), lines of answers under way, skips, parks, decisions, notes, edits, back, undo, goto.
    static func session(seed: UInt64, steps: Int) throws -> [Event] {
        let source = try String(contentsOfFile: flagshipScript, encoding: .utf8)
        let workshop = try #require(WorkshopLoader.load(source: source, file: flagshipScript).workshop)
        var engine = Engine(workshop: workshop, today: Day(year: 2026, month: 11, day: 24))
        var random = SplitMix(state: seed)
        var events: [Event] = []
        var time = 0.0
        for n in 0..<steps {
            let item = engine.next(at: time)
            time += Double(random.next(90) + 5)
            let kind: Event.Kind
            switch (item.kind, random.next(20)) {
            case (.end, _): kind = .note("fin \(n)")
            case (.say, _): kind = .said(item: item.id)
            case (.checkpoint, _): kind = .checkpoint(item: item.id, ok: random.next(2) == 0)
            case (.parkOffer, _): kind = .keepGoing(phase: item.phase)
            case (_, 0): kind = .skip(item: item.id)
            case (_, 1): kind = .undo
            case (_, 2): kind = .back
            case (_, 3): kind = .note("note \(n)")
            case (.question, 4), (.gap, 4): kind = .park(item: item.id, owner: random.next(2) == 0 ? nil : "Awa Diallo", dontKnow: true)
            case (.question, 5), (.gap, 5): kind = .decide(item: item.id, text: "décidé \(n)")
            case (.question, 7), (.gap, 7):
                // A line of an answer under way (issue 9), or, for a one-line answer, a line that changes nothing.
                guard let field = item.field, let line = draftLine(field, item.recordFields, typed: engine.draft(for: item.id).count,
                                                                   n: n, random: &random) else {
                    kind = .input(item: item.id, text: "/etat")
                    break
                }
                kind = .line(item: item.id, line)
            case (_, 6):
                guard let answered = engine.answeredPaths().last else { kind = .note("rien \(n)"); break }
                kind = .edit(path: answered.path.description, value: answered.value)
            default:
                guard let field = item.field else { kind = .skip(item: item.id); break }
                kind = .answer(item: item.id, value: value(field.type, recordFields: item.recordFields, n: n, random: &random))
            }
            let event = Event(kind, at: time)
            events.append(event)
            engine.apply(event)
        }
        return events
    }

    /// The next line of a long text, a list or records (`typed` lines so far); nil for other fields.
    static func draftLine(_ field: FieldModel, _ recordFields: [FieldModel], typed: Int, n: Int, random: inout SplitMix) -> DraftLine? {
        switch field.type {
        case .longText: return DraftLine(value: .text("ligne \(n)"))
        case .list(let item): return DraftLine(value: value(item, recordFields: [], n: n, random: &random))
        case .records(let model):
            let fields = recordFields.isEmpty ? Array(model.fields.prefix(1)) : recordFields
            guard !fields.isEmpty else { return nil }
            let sub = fields[typed % fields.count]
            return DraftLine(record: typed / fields.count + 1, field: sub.id, value: value(sub.type, recordFields: [], n: n, random: &random))
        default: return nil
        }
    }

    static func value(_ type: FieldType, recordFields: [FieldModel], n: Int, random: inout SplitMix) -> Value {
        let texts = ["Réduire les délais de 20 %", "je pense que oui", "Claire Martin", "peut-être en juin", "Awa Diallo", "d'ici le 15/03/2027"]
        switch type {
        case .number: return .number(Double(random.next(100)))
        case .date: return .date(Day(year: 2027, month: 1 + random.next(12), day: 1 + random.next(28)))
        case .duration: return .duration(random.next(120))
        case .yesNo: return .bool(random.next(2) == 0)
        case .choice(let options): return .text(options.isEmpty ? "" : options[random.next(options.count)])
        case .list(let item): return .list((0...random.next(3)).map { _ in value(item, recordFields: [], n: n, random: &random) })
        case .records(let model):
            let fields = recordFields.isEmpty ? Array(model.fields.prefix(1)) : recordFields
            return .records((0...random.next(2)).map { _ in
                Record(id: "", fields: Dictionary(fields.map { ($0.id, value($0.type, recordFields: [], n: n, random: &random)) },
                                                  uniquingKeysWith: { a, _ in a }))
            })
        default: return .text(texts[random.next(texts.count)] + " \(n)")
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func separateProcessesWithDifferentHashSeedsGiveTheSameBytes(seed: UInt64) throws {
        let workspace = try Workspace("atelier-seeds")
        let source = try String(contentsOfFile: flagshipScript, encoding: .utf8)
        let workshop = try #require(WorkshopLoader.load(source: source, file: flagshipScript).workshop)
        var header = JournalHeader(sessionID: "seed-\(seed)", workshop: workshop, scriptBytes: Array(source.utf8), client: "ACME",
                                   startedAt: "2026-11-24T09:00:00+01:00", startDay: Day(year: 2026, month: 11, day: 24),
                                   atelierVersion: "test")
        header.scriptPath = flagshipScript
        let events = try Self.session(seed: seed, steps: 160)
        let journal = try ([JournalCodec.encodeHeader(header)] + events.map { try JournalCodec.encode($0) }).joined(separator: "\n") + "\n"
        let path = workspace.path("s.jsonl")
        try journal.write(toFile: path, atomically: true, encoding: .utf8)

        for command in [["export", path, "--format", "json", "-o", "-"], ["export", path, "--format", "md", "-o", "-", "--facilitator"],
                        ["replay", path]] {
            let outputs = try [[:], [:], ["SWIFT_DETERMINISTIC_HASHING": "1"]].map { extra in
                let run = try workspace.atelier(command, environment: extra)
                #expect(run.exitStatus == 0, "\(command): \(run.standardError)")
                return run.standardOutput
            }
            #expect(!outputs[0].isEmpty)
            #expect(outputs[0] == outputs[1], "\(command): two random seeds")
            #expect(outputs[0] == outputs[2], "\(command): a random seed and the fixed one")
        }
    }
}

/// A small reproducible random number generator (SplitMix64).
struct SplitMix {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
    }
}

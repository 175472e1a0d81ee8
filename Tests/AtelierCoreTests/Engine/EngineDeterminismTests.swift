import Testing
import Foundation
import PropertyBased
@testable import AtelierCore

/// The engine is a pure function of (script, events, times): replaying the same events gives the
/// same agenda and charter, byte for byte, whatever the events are.
@Suite struct EngineDeterminismTests {
    static let kinds = 14

    /// A pseudo-random but reproducible session: each choice picks what a consultant might do next.
    static func session(_ choices: [Int], workshop: Workshop) -> (Engine, [Event]) {
        var d = EngineDriver(workshop)
        for (n, c) in choices.enumerated() {
            let item = d.next
            let step = Double(c % 7) * 20 + 1
            switch c % kinds {
            case 0, 1, 2:
                if item.kind == .say { d.send(.said(item: item.id), after: step) }
                else if item.kind == .checkpoint { d.send(.checkpoint(item: item.id, ok: c % 2 == 0), after: step) }
                else if item.kind == .parkOffer { d.send(.keepGoing(phase: item.phase), after: step) }
                else if let field = item.field { d.send(.answer(item: item.id, value: sample(field, item, n)), after: step) }
            case 3: d.send(.skip(item: item.id), after: step)
            case 4: d.send(.undo, after: step)
            case 5: d.send(.back, after: step)
            case 6: d.send(.park(item: item.id, owner: c % 3 == 0 ? nil : "Michel", dontKnow: c % 2 == 0), after: step)
            case 7: d.send(.decide(item: item.id, text: "décision \(n)"), after: step)
            case 8: d.send(.note("note \(n)"), after: step)
            case 9: d.send(.goto(phase: workshop.phases[c % workshop.phases.count].id), after: step)
            case 10: d.send(.lock(section: workshop.charter.sections[c % workshop.charter.sections.count].id), after: step)
            case 12, 13:
                // One line of an answer under way (issue 9), or a line that changes nothing.
                if let line = draftLine(item, d.engine.draft(for: item.id).count, n, c) {
                    d.send(.line(item: item.id, line), after: step)
                } else {
                    d.send(.input(item: item.id, text: "/pourquoi"), after: step)
                }
            default:
                if let first = d.engine.answeredPaths().first {
                    d.send(.edit(path: first.path.description, value: first.value), after: step)
                }
            }
        }
        return (d.engine, d.events)
    }

    /// The next line of an answer of several lines (a long text, a list, records: `typed` lines
    /// so far), a record field sometimes left empty; nil for an item answered in one line.
    static func draftLine(_ item: AgendaItem, _ typed: Int, _ n: Int, _ c: Int) -> DraftLine? {
        guard let field = item.field, item.kind == .question || item.kind == .gap else { return nil }
        switch field.type {
        case .longText: return DraftLine(value: .text("ligne \(n)"))
        case .list(let t): return DraftLine(value: sample(FieldModel(id: "i", label: "i", type: t), item, n))
        case .records(let m):
            let fields = item.recordFields.isEmpty ? Array(m.fields.prefix(1)) : item.recordFields
            guard !fields.isEmpty else { return nil }
            let sub = fields[typed % fields.count]
            return DraftLine(record: typed / fields.count + 1, field: sub.id, value: c % 5 == 0 && typed % fields.count > 0 ? nil : sample(sub, item, n))
        default: return nil
        }
    }

    static func sample(_ field: FieldModel, _ item: AgendaItem, _ n: Int) -> Value {
        switch field.type {
        case .records(let m):
            var fields: [String: Value] = [:]
            for f in item.recordFields { fields[f.id] = sample(f, item, n) }
            if fields.isEmpty, let f = m.fields.first { fields[f.id] = .text("x\(n)") }
            return .records([Record(id: "", fields: fields)])
        case .list(let t): return .list([sample(FieldModel(id: "i", label: "i", type: t), item, n)])
        case .choice(let options): return .text(options[n % options.count])
        case .number: return .number(Double(n))
        case .date: return .date(Day(year: 2027, month: 1 + n % 12, day: 1 + n % 28))
        case .duration: return .duration(n)
        case .yesNo: return .bool(n % 2 == 0)
        default: return .text(n % 4 == 0 ? "je pense que oui \(n)" : "réponse \(n)")
        }
    }

    @Test func replayReproducesTheLiveSessionExactly() async throws {
        let workshop = try MiniScript.workshop()
        await propertyCheck(count: 200, input: Gen.int(in: 0...10_000).array(of: 0...60)) { choices in
            let (live, events) = Self.session(choices, workshop: workshop)
            let (replayed, _) = Engine.replaying(events, workshop: workshop, today: live.today)
            let t = events.last?.time ?? 0
            #expect(replayed.state == live.state)
            #expect(replayed.agenda(at: t) == live.agenda(at: t))
            #expect(replayed.document(sessionID: "s", client: "c", date: live.today)
                    == live.document(sessionID: "s", client: "c", date: live.today))
        }
    }

    @Test func journalRoundTripReplaysToTheSameCharter() async throws {
        let workshop = try MiniScript.workshop()
        await propertyCheck(count: 100, input: Gen.int(in: 0...10_000).array(of: 0...40)) { choices in
            let (live, events) = Self.session(choices, workshop: workshop)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let decoded = try events.map { try JSONDecoder().decode(Event.self, from: encoder.encode($0)) }
            #expect(decoded == events)
            let (replayed, _) = Engine.replaying(decoded, workshop: workshop, today: live.today)
            #expect(replayed.charter == live.charter)
        }
    }
}

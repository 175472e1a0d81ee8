import Foundation
import PropertyBased
import Testing
@testable import AtelierCore

/// The engine evaluates rules incrementally (only the rules reading a changed field; rules over
/// `answers` only for the changed fields; undo only for what it changed) and finds the next item
/// without sorting every gap. Both must give exactly what a full evaluation and the full agenda give.
@Suite struct IncrementalEvaluationTests {
    static func flagship() throws -> Workshop {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("workshops/cadrage-mission.fr.yaml")
        let source = try String(contentsOf: path, encoding: .utf8)
        return try #require(WorkshopLoader.load(source: source, file: "cadrage-mission.fr.yaml").workshop)
    }

    /// After every event: the gaps equal those of a full evaluation, and `next` is the agenda's first item.
    static func checkEveryStep(_ events: [Event], workshop: Workshop) {
        var engine = Engine(workshop: workshop, today: Day(year: 2026, month: 11, day: 24))
        for event in events {
            engine.apply(event)
            var full = engine
            full.evaluateRules(changed: nil)
            #expect(full.state.content.gaps == engine.state.content.gaps)
            for t in [event.time, event.time + 3_600] {
                #expect(engine.next(at: t) == (engine.agenda(at: t).first ?? engine.next(at: t)))
            }
        }
    }

    @Test func incrementalEvaluationMatchesAFullOneOnTheMiniScript() async throws {
        let workshop = try MiniScript.workshop()
        await propertyCheck(count: 60, input: Gen.int(in: 0...10_000).array(of: 0...60)) { choices in
            let (_, events) = EngineDeterminismTests.session(choices, workshop: workshop)
            Self.checkEveryStep(events, workshop: workshop)
        }
    }

    @Test func incrementalEvaluationMatchesAFullOneOnTheFlagship() async throws {
        let workshop = try Self.flagship()
        await propertyCheck(count: 12, input: Gen.int(in: 0...10_000).array(of: 40...120)) { choices in
            let (_, events) = EngineDeterminismTests.session(choices, workshop: workshop)
            Self.checkEveryStep(events, workshop: workshop)
        }
    }

    @Test func undoReachesExactlyAHundredEventsBack() throws {
        let workshop = try MiniScript.workshop()
        var engine = Engine(workshop: workshop, today: Day(year: 2026, month: 11, day: 24))
        for n in 0..<250 { engine.apply(Event(.note("note \(n)"), at: Double(n))) }
        for n in 0..<Engine.undoDepth { #expect(engine.apply(Event(.undo, at: 300 + Double(n))).notices.isEmpty) }
        #expect(engine.apply(Event(.undo, at: 500)).notices == [.nothingToUndo])
        #expect(engine.document(sessionID: "s", client: nil, date: engine.today).annex.notes.count == 150)
    }
}

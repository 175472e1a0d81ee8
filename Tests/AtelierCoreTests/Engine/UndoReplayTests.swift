import PropertyBased
import Testing
@testable import AtelierCore

/// Undo takes back the last event that changed something as if it had never happened: after any
/// session, the engine is exactly the one a replay without the events taken back gives.
@Suite struct UndoReplayTests {
    /// What a session's undos leave: each undo removes the latest event still there that changed
    /// something (a replay of what is left says which ones did), and stays as a mere tick of the
    /// clock (a `resume`, which changes nothing else).
    static func withoutUndoneEvents(_ events: [Event], workshop: Workshop, today: Day) -> [Event] {
        var kept: [Event] = []
        for event in events {
            guard case .undo = event.kind else {
                kept.append(event)
                continue
            }
            var engine = Engine(workshop: workshop, today: today)
            var changedSomething: [Int] = []
            for (index, earlier) in kept.enumerated() where !engine.apply(earlier).rejected && Engine.isUndoable(earlier.kind) {
                changedSomething.append(index)
            }
            if let last = changedSomething.last { kept.remove(at: last) }
            kept.append(Event(.resume, at: event.time))
        }
        return kept
    }

    static func check(_ events: [Event], workshop: Workshop) {
        let today = Day(year: 2026, month: 11, day: 24)
        let (live, _) = Engine.replaying(events, workshop: workshop, today: today)
        let (reference, _) = Engine.replaying(withoutUndoneEvents(events, workshop: workshop, today: today), workshop: workshop, today: today)
        #expect(live.state == reference.state)
        let t = (events.last?.time ?? 0) + 1
        #expect(live.agenda(at: t) == reference.agenda(at: t))
        #expect(live.document(sessionID: "s", client: "c", date: today) == reference.document(sessionID: "s", client: "c", date: today))
    }

    @Test func undoIsAReplayWithoutTheEventOnTheMiniScript() async throws {
        let workshop = try MiniScript.workshop()
        await propertyCheck(count: 150, input: Gen.int(in: 0...10_000).array(of: 0...60)) { choices in
            Self.check(EngineDeterminismTests.session(choices, workshop: workshop).1, workshop: workshop)
        }
    }

    @Test func undoIsAReplayWithoutTheEventOnTheFlagship() async throws {
        let workshop = try IncrementalEvaluationTests.flagship()
        await propertyCheck(count: 20, input: Gen.int(in: 0...10_000).array(of: 40...100)) { choices in
            Self.check(EngineDeterminismTests.session(choices, workshop: workshop).1, workshop: workshop)
        }
    }

    /// Undos in a row, far apart from their checkpoints: each takes back one more event.
    @Test func undosInARowTakeBackOneEventEach() throws {
        let workshop = try MiniScript.workshop()
        var events: [Event] = []
        for n in 0..<40 { events.append(Event(.note("note \(n)"), at: Double(n))) }
        for n in 0..<25 { events.append(Event(.undo, at: 40 + Double(n))) }
        let (engine, _) = Engine.replaying(events, workshop: workshop, today: Day(year: 2026, month: 11, day: 24))
        #expect(engine.document(sessionID: "s", client: nil, date: engine.today).annex.notes.map(\.text)
                == (0..<15).map { "note \($0)" })
        Self.check(events, workshop: workshop)
    }

    /// What `apply` says an undo changed: the gap the undone answer had closed is open again.
    @Test func undoReportsTheGapsItReopens() throws {
        var d = EngineDriver(try MiniScript.workshop())
        d.passFormalities()
        d.answerNext(.records([EngineDriver.objective("Réduire les délais")]))
        let gap = d.next
        #expect(gap.kind == .gap)
        d.time += 10
        let answered = d.engine.apply(Event(.answer(item: gap.id, value: .records([Record(id: "", fields: ["nom": .text("Délai"), "cible": .text("30 jours")])])), at: d.time))
        #expect(answered.closedGaps.map(\.item) == [gap.id])
        #expect(answered.openedGaps.isEmpty)
        let undone = d.engine.apply(Event(.undo, at: d.time + 10))
        #expect(undone.notices.isEmpty)
        #expect(undone.openedGaps.map(\.item) == [gap.id])
        #expect(undone.closedGaps.isEmpty)
    }
}

/// What to ask next is found from each rule's first pending gap, kept up to date event by event:
/// after every event of random sessions, it is the one a look at all the rule's gaps gives.
@Suite struct FirstPendingGapTests {
    static func check(_ events: [Event], workshop: Workshop) {
        var engine = Engine(workshop: workshop, today: Day(year: 2026, month: 11, day: 24))
        let rank = engine.plan.agendaRank
        for event in events {
            engine.apply(event)
            for gaps in engine.state.content.gaps {
                let expected = gaps.all.values.filter { engine.isPending($0) }.min { Engine.gapPrecedes($0, $1, rank: rank) }
                #expect(gaps.first == expected?.id)
            }
        }
    }

    @Test func firstPendingGapOfEachRuleIsRightAfterEveryEvent() async throws {
        let mini = try MiniScript.workshop()
        await propertyCheck(count: 80, input: Gen.int(in: 0...10_000).array(of: 0...60)) { choices in
            Self.check(EngineDeterminismTests.session(choices, workshop: mini).1, workshop: mini)
        }
        let flagship = try IncrementalEvaluationTests.flagship()
        await propertyCheck(count: 12, input: Gen.int(in: 0...10_000).array(of: 40...120)) { choices in
            Self.check(EngineDeterminismTests.session(choices, workshop: flagship).1, workshop: flagship)
        }
    }
}

import Testing
@testable import AtelierCore

@Suite struct EngineTimeboxTests {
    /// The objectives phase has a 10-minute timebox; the opening takes 2 seconds.
    private func inObjectives() throws -> EngineDriver {
        var d = EngineDriver(try MiniScript.workshop())
        d.passFormalities()
        return d
    }

    @Test func onTimeThenWarningAt80PercentThenOver() throws {
        let d = try inObjectives()
        let entered = d.time
        #expect(d.engine.timeState(at: entered + 7 * 60) == .onTime)
        #expect(d.engine.timeState(at: entered + 8 * 60) == .warning)
        #expect(d.engine.timeState(at: entered + 10 * 60) == .over)
        #expect(d.engine.status(at: entered + 8 * 60).timeState == .warning)
    }

    @Test func at100PercentTheEngineOffersToParkTheRest() throws {
        let d = try inObjectives()
        let late = d.time + 10 * 60 + 1
        let first = d.engine.next(at: late)
        #expect(first.kind == .parkOffer)
        #expect(first.id == .parkOffer(phase: "objectifs"))
        #expect(first.text.contains("« Objectifs »"))
        #expect(d.engine.next(at: d.time + 60).kind == .question)
    }

    @Test func acceptingTheOfferParksTheRemainingQuestionsAndMovesOn() throws {
        var d = try inObjectives()
        d.send(.parkRest(phase: "objectifs"), after: 11 * 60)
        #expect(d.engine.currentPhase?.id == "gouvernance")
        let doc = d.engine.document(sessionID: "s", client: nil, date: d.engine.today)
        #expect(doc.openQuestions.map(\.question) == ["Quels sont vos objectifs ?"])
        #expect(d.next.id == .step(phase: "gouvernance", step: "sponsor"))
    }

    @Test func decliningTheOfferKeepsGoingAndDoesNotAskAgain() throws {
        var d = try inObjectives()
        d.send(.keepGoing(phase: "objectifs"), after: 11 * 60)
        #expect(d.next.id == .step(phase: "objectifs", step: "objectifs"))
        #expect(d.engine.next(at: d.time + 120).id == .step(phase: "objectifs", step: "objectifs"))
    }

    @Test func advisoryQuestionsAreDroppedFirstWhenBehind() throws {
        var d = try inObjectives()
        let hedged = EngineDriver.objective("On verra bien", indicators: [Record(id: "", fields: ["nom": .text("n"), "cible": .text("3")])])
        // Answered on time: the advisory hedge question is asked.
        var onTime = d
        onTime.answerNext(.records([hedged]), after: 60)
        #expect(onTime.next.rule == "hesitation")
        // Answered past the planned end of the whole agenda (30 min): behind schedule in every
        // phase, so it is not asked, but stays listed as an open gap.
        d.send(.keepGoing(phase: "objectifs"), after: 31 * 60)
        d.answerNext(.records([hedged]), after: 10)
        #expect(d.engine.isBehind(at: d.time))
        #expect(d.next.id == .step(phase: "gouvernance", step: "sponsor"))
        #expect(!d.engine.agenda(at: d.time).contains { $0.rule == "hesitation" })
        #expect(d.engine.openGaps().contains { $0.rule == "hesitation" && $0.weight == .advisory })
    }

    @Test func phaseTimeIsCountedPerPhaseAndPausesDoNotCount() throws {
        var d = try inObjectives()
        d.answerNext(.records([EngineDriver.objective("A", indicators: [Record(id: "", fields: ["nom": .text("n"), "cible": .text("3")])])]), after: 300)
        let doc = d.engine.document(sessionID: "s", client: nil, date: d.engine.today)
        let spent = Dictionary(uniqueKeysWithValues: doc.annex.phases.map { ($0.id, $0.spentSeconds) })
        #expect(spent["ouverture"] == 2)
        #expect(spent["objectifs"] == 300)
        #expect(doc.annex.totalSeconds == 302)
    }
}

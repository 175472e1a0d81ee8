@testable import AtelierCore
import Foundation
import Testing

/// Pre-read answers in the engine: they fill the charter, the step is not asked again, the rules
/// fire on them, undo never takes them back, and a journal with them replays the same.
@Suite struct PrereadEngineTests {
    static let source = """
    atelier: 1
    id: mini-preread
    title: Mini
    language: fr
    duration: 20
    preread:
      due: 24h
      asks: [objectifs/objectifs]
    charter:
      - section: s
        title: S
        fields:
          - { id: contexte, label: Contexte, type: text }
          - id: objectifs
            label: Objectifs
            type: records
            fields:
              - { id: intitule, label: Objectif, type: text }
              - id: indicateurs
                label: Indicateurs
                type: records
                fields: [{ id: nom, label: Nom, type: text }]
    phases:
      - id: ouverture
        title: Ouverture
        timebox: 10
        steps:
          - { ask: contexte, question: "Le contexte ?", preread: true }
      - id: objectifs
        title: Objectifs
        timebox: 10
        steps:
          - { ask: objectifs, question: "Les objectifs ?", fields: [intitule] }
    rules:
      - id: sans-indicateur
        each: o in objectifs
        when: empty(o.indicateurs)
        ask: "Pas encore d'indicateur pour « {o.intitule} »."
        answer: o.indicateurs
        phases: [objectifs]
    """

    static func workshop() throws -> Workshop {
        let result = WorkshopLoader.load(source: source, file: "mini.yaml")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return try #require(result.workshop)
    }

    static let objectives = Value.records([Record(id: "", fields: ["intitule": .text("Réduire les délais")])])

    @Test func bothWaysOfMarkingAQuestionAreRead() throws {
        let workshop = try Self.workshop()
        #expect(workshop.prereadQuestions.map(\.item.description) == ["ouverture/contexte", "objectifs/objectifs"])
        #expect(workshop.preread.dueBefore == 1440)
        #expect(workshop.preread.dueDay(forWorkshopOn: Day(year: 2026, month: 11, day: 24)) == Day(year: 2026, month: 11, day: 23))
    }

    @Test func aPrereadAnswerFillsTheCharterAndTheGapComesFirstInItsPhase() throws {
        var engine = Engine(workshop: try Self.workshop(), today: Day(year: 2026, month: 11, day: 24))
        let changes = engine.apply(Event(.preread(item: .step(phase: "objectifs", step: "objectifs"), value: Self.objectives), at: 0))
        #expect(changes.notices.isEmpty)
        #expect(changes.openedGaps.count == 1)
        #expect(engine.next(at: 0).id == .step(phase: "ouverture", step: "contexte"))
        engine.apply(Event(.answer(item: .step(phase: "ouverture", step: "contexte"), value: .text("ACME")), at: 5))
        let next = engine.next(at: 5)
        #expect(next.kind == .gap)
        #expect(next.text == "Pas encore d'indicateur pour « Réduire les délais ».")
        let answers = engine.prereadAnswers()
        #expect(answers.count == 1)
        #expect(answers.first?.changedInRoom == false)
    }

    @Test func undoNeverTakesBackTheQuestionnaire() throws {
        var engine = Engine(workshop: try Self.workshop(), today: Day(year: 2026, month: 11, day: 24))
        engine.apply(Event(.preread(item: .step(phase: "objectifs", step: "objectifs"), value: Self.objectives), at: 0))
        let changes = engine.apply(Event(.undo, at: 1))
        #expect(changes.notices == [.nothingToUndo])
        #expect(engine.value(at: FieldPath(field: "objectifs")) != nil)
    }

    @Test func aJournalWithPrereadEventsReplaysTheSame() throws {
        let workshop = try Self.workshop()
        let events = [
            Event(.preread(item: .step(phase: "objectifs", step: "objectifs"), value: Self.objectives), at: 0),
            Event(.answer(item: .step(phase: "ouverture", step: "contexte"), value: .text("ACME")), at: 5),
            Event(.edit(path: "objectifs[r1].intitule", value: .text("Réduire les délais de 20 %")), at: 9),
        ]
        let lines = try events.map { try JournalCodec.encode($0) }
        #expect(lines[0].contains("\"type\":\"preread\""))
        let decoded = try lines.map { try JSONDecoder().decode(Event.self, from: Data($0.utf8)) }
        #expect(decoded == events)
        let a = Engine.replaying(events, workshop: workshop, today: Day(year: 2026, month: 11, day: 24)).engine
        let b = Engine.replaying(decoded, workshop: workshop, today: Day(year: 2026, month: 11, day: 24)).engine
        #expect(a.charter == b.charter)
        #expect(a.prereadAnswers().first?.changedInRoom == true, "edited in the room")
    }

    @Test func aQuestionOfTheAnnexCannotGoToTheClient() {
        let bad = Self.source.replacingOccurrences(of: "  - section: s\n    title: S\n", with: "  - section: s\n    title: S\n    facilitator: true\n")
        let result = WorkshopLoader.load(source: bad, file: "mini.yaml")
        #expect(result.diagnostics.contains { $0.message.contains("annexe du consultant") })
    }

    @Test func anUnknownStepInThePrereadListIsLocated() {
        let bad = Self.source.replacingOccurrences(of: "asks: [objectifs/objectifs]", with: "asks: [objectifs/objectif]")
        let result = WorkshopLoader.load(source: bad, file: "mini.yaml")
        let problem = result.diagnostics.first { $0.message.contains("objectifs/objectif") }
        #expect(problem?.location?.line == 8)
        #expect(problem?.message.contains("vouliez-vous dire `objectifs/objectifs`") == true)
    }
}

@testable import AtelierCore
import Foundation
import Testing

/// Follow-ups, migrations to an edited script, the comparison of charters and of scripts' meaning.
@Suite struct CarryTests {
    static let script = """
    atelier: 1
    id: suivi
    title: Suivi
    language: fr
    duration: 20
    charter:
      - section: objectifs
        title: Objectifs
        fields:
          - id: indicateurs
            label: Indicateurs
            type: records
            title: nom
            fields:
              - { id: nom, label: Indicateur, type: text }
              - { id: depart, label: Départ, type: text }
              - { id: cible, label: Cible, type: text }
              - { id: actuel, label: Valeur actuelle, type: text, follow_up: true, trend: { start: depart, target: cible } }
      - section: gouvernance
        title: Gouvernance
        fields:
          - { id: sponsor, label: Sponsor, type: person }
          - { id: cadence, label: Cadence, type: text }
    phases:
      - id: p
        title: Tout
        timebox: 20
        steps:
          - ask: indicateurs
            question: "Quels indicateurs ?"
          - ask: sponsor
            question: "Qui est le sponsor ?"
          - ask: cadence
            question: "Quelle cadence ?"
    rules:
      - id: suivi-indicateur
        each: i in indicateurs
        when: empty(i.actuel)
        ask: "Où en est {i.nom} ?"
        answer: i.actuel
        weight: blocking
    """

    static func workshop(_ source: String = script) throws -> Workshop {
        let loaded = WorkshopLoader.load(source: source, file: "suivi.yaml")
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        return try #require(loaded.workshop)
    }

    static let day = Day(year: 2026, month: 11, day: 24)

    /// An indicator, a sponsor, and the cadence parked ("don't know").
    static let firstEvents: [Event] = [
        Event(.answer(item: .step(phase: "p", step: "indicateurs"), value: .records([
            Record(id: "r1", fields: ["nom": .text("Délai"), "depart": .text("60 jours"), "cible": .text("40 jours")]),
        ])), at: 10),
        Event(.answer(item: .step(phase: "p", step: "sponsor"), value: .text("Isabelle")), at: 20),
        Event(.park(item: .step(phase: "p", step: "cadence"), owner: "Thomas", dontKnow: true), at: 30),
    ]

    static func firstSession(_ workshop: Workshop) -> Engine {
        Engine.replaying(firstEvents, workshop: workshop, today: day).engine
    }

    @Test func aFirstSessionLeavesFollowUpFieldsAndTheirRulesOut() throws {
        let engine = Self.firstSession(try Self.workshop())
        #expect(engine.openGaps().isEmpty, "the review rule does not fire in a first session")
        let document = engine.document(sessionID: "s", client: nil, date: Self.day)
        guard case .records(let model) = document.sections[0].fields[0].model.type else { Issue.record("no records"); return }
        #expect(!model.fields.contains { $0.id == "actuel" })
        #expect(document.progress == nil)
    }

    @Test func aFollowUpAsksTheReviewAndTheOpenQuestionAndShowsProgress() throws {
        let workshop = try Self.workshop()
        let first = Self.firstSession(workshop)
        let start = first.followUpStart(parent: "parent-id", parentDay: Self.day)
        #expect(start.openQuestions.map(\.path) == ["cadence"])
        var events = [Event(.followUp(start), at: 0)]
        var engine = Engine(workshop: workshop, today: Day(year: 2027, month: 2, day: 24))
        engine.apply(events[0])
        // The review of the indicator comes first; the answered steps are not asked again.
        let review = engine.next(at: 1)
        #expect(review.text == "Où en est Délai ?")
        events.append(Event(.answer(item: review.id, value: .text("50 jours")), at: 5))
        engine.apply(events[1])
        #expect(engine.next(at: 6).id == .step(phase: "p", step: "cadence"), "the question left open is asked again")
        events.append(Event(.answer(item: .step(phase: "p", step: "cadence"), value: .text("mensuelle")), at: 10))
        engine.apply(events[2])
        let progress = try #require(engine.document(sessionID: "f", client: nil, date: Self.day).progress)
        #expect(progress.parentSessionID == "parent-id")
        #expect(progress.reviews.map(\.current) == [.text("50 jours")])
        #expect(progress.reviews.first?.direction == .better)
        #expect(progress.reviews.first?.share == 0.5)
        #expect(progress.resolvedQuestions.count == 1 && progress.stillOpen.isEmpty)
        #expect(progress.changes.map(\.path) == ["cadence"])
        // Replaying the journal's events gives the same charter: the follow-up needs no other file.
        let replayed = Engine.replaying(events, workshop: workshop, today: Day(year: 2027, month: 2, day: 24)).engine
        #expect(replayed.document(sessionID: "f", client: nil, date: Self.day) == engine.document(sessionID: "f", client: nil, date: Self.day))
    }

    @Test func theFollowUpEventRoundTripsThroughTheJournal() throws {
        let start = Self.firstSession(try Self.workshop()).followUpStart(parent: "p", parentDay: Self.day)
        let event = Event(.followUp(start), at: 0)
        let data = try JSONEncoder().encode(event)
        #expect(try JSONDecoder().decode(Event.self, from: data) == event)
        let migration = Event(.migrate(ScriptMigration(scriptSource: Self.script, workshopHash: "h", scriptPath: "s.yaml",
                                                       renamed: ["a": "b"])), at: 3)
        #expect(try JSONDecoder().decode(Event.self, from: try JSONEncoder().encode(migration)) == migration)
    }

    @Test func aMigrationCarriesAnswersThroughARenameAndKeepsWhatHasNoPlace() throws {
        let workshop = try Self.workshop()
        var events = Self.firstEvents
        // The edited script renames `depart` (declared) and drops `sponsor`.
        let edited = Self.script
            .replacingOccurrences(of: "{ id: depart, label: Départ", with: "{ id: reference, renamed: depart, label: Départ")
            .replacingOccurrences(of: "start: depart", with: "start: reference")
            .replacingOccurrences(of: "      - { id: sponsor, label: Sponsor, type: person }\n", with: "")
            .replacingOccurrences(of: "      - ask: sponsor\n        question: \"Qui est le sponsor ?\"\n", with: "")
        events.append(Event(.migrate(ScriptMigration(scriptSource: edited, workshopHash: "h", scriptPath: "e.yaml")), at: 40))
        let (engine, notices) = Engine.replaying(events, workshop: workshop, today: Self.day)
        #expect(notices.isEmpty)
        guard case .records(let records)? = engine.charter["indicateurs"] else { Issue.record("no indicators"); return }
        #expect(records.first?.fields["reference"] == .text("60 jours"))
        #expect(engine.charter["sponsor"] == nil)
        let questions = engine.document(sessionID: "s", client: nil, date: Self.day).openQuestions.map(\.question)
        #expect(questions.contains { $0.contains("Sponsor") && $0.contains("Isabelle") }, "never dropped: \(questions)")
        #expect(questions.count == 2, "the one parked before is kept")
        // An undo after the migration never reaches back past it.
        var undone = engine
        undone.apply(Event(.undo, at: 41))
        #expect(undone.charter == engine.charter)
    }

    @Test func aMigrationReportSaysWhatMovedAndWhatIsNew() throws {
        let workshop = try Self.workshop()
        let engine = Self.firstSession(workshop)
        let edited = try Self.workshop(Self.script
            .replacingOccurrences(of: "{ id: depart, label: Départ", with: "{ id: reference, renamed: [depart], label: Départ")
            .replacingOccurrences(of: "start: depart", with: "start: reference")
            .replacingOccurrences(of: "      - { id: cadence, label: Cadence, type: text }\n",
                                  with: "      - { id: cadence, label: Cadence, type: text }\n      - { id: budget, label: Budget, type: text }\n")
            .replacingOccurrences(of: "      - ask: cadence\n", with: "      - ask: budget\n        question: \"Quel budget ?\"\n      - ask: cadence\n"))
        let report = engine.migrated(to: edited, renamed: [:], at: 40).report
        #expect(report.renames == [.init(from: "indicateurs.depart", to: "indicateurs.reference")])
        #expect(report.openQuestions.isEmpty && report.unplaced.isEmpty)
        #expect(report.newQuestions == ["Quel budget ?"])
        #expect(report.carried == 4)
    }

    @Test func aCommentOrLayoutEditMeansTheSameScript() {
        let commented = "# une note\n" + Self.script.replacingOccurrences(of: "duration: 20", with: "duration: 20   # minutes")
        #expect(ScriptMeaning.same(Self.script, commented))
        let requoted = Self.script.replacingOccurrences(of: "title: Suivi", with: "title: \"Suivi\"")
        #expect(ScriptMeaning.same(Self.script, requoted))
        #expect(!ScriptMeaning.same(Self.script, Self.script.replacingOccurrences(of: "title: Suivi", with: "title: Suivi 2")))
    }

    @Test func aDiffNamesAddedChangedAndRemovedAnswers() throws {
        let workshop = try Self.workshop()
        var before = Self.firstSession(workshop)
        var after = before
        after.apply(Event(.edit(path: "sponsor", value: .text("Thomas")), at: 50))
        after.apply(Event(.edit(path: "indicateurs[r1].cible", value: .text("35 jours")), at: 51))
        before.apply(Event(.quit, at: 52))
        let diff = CharterDiff(from: before.document(sessionID: "a", client: nil, date: Self.day),
                               to: after.document(sessionID: "b", client: nil, date: Self.day))
        #expect(diff.fields.map(\.path) == ["indicateurs[r1].cible", "sponsor"])
        #expect(diff.fields.allSatisfy { $0.kind == .changed })
        #expect(diff.fields[0].before == .text("40 jours") && diff.fields[0].after == .text("35 jours"))
        #expect(diff.fields[0].label == "Indicateurs › Délai › Cible")
    }
}

import Testing
@testable import AtelierCore

/// A decision on a hedged next step (« Piste à étudier, pas encore une action ») can hold for the
/// whole step: the engine asks, and when it does, the step's owner and date are not asked.
@Suite struct FlagshipDecisionScopeTests {
    typealias C = CadrageCharter

    static let hedgedStep = "Étudier peut-être un outil de suivi des candidatures"
    static let decision = "Piste à étudier, pas encore une action"

    static var charter: [String: Value] {
        var charter = C.complete
        charter["prochaines_etapes"] = .records([C.nextStep(), ["action": V.t(hedgedStep)]].map { Record(id: "", fields: $0) })
        return charter
    }

    static func isFollowUp(_ item: AgendaItem) -> Bool { ["etape-sans-responsable", "etape-sans-date"].contains(item.rule ?? "") }

    /// Plays the flagship until the hedge on the step is asked, decides it, and returns the walk.
    static func decideTheHedge() throws -> FlagshipSessionWalk {
        var walk = FlagshipSessionWalk(try ShippedScript.cadrageFR.workshop())
        var decided = false
        walk.play(charter, limit: 300) { item, _ in
            guard !decided, item.rule == "reponse-hesitante", item.text.contains(hedgedStep) else { return nil }
            decided = true
            return .decide(item: item.id, text: decision)
        }
        #expect(decided)
        return walk
    }

    @Test func theEngineAsksWhetherTheDecisionHoldsForTheWholeStep() throws {
        var walk = FlagshipSessionWalk(try ShippedScript.cadrageFR.workshop())
        var scope: AgendaItem?
        walk.play(Self.charter, limit: 300) { item, driver in
            guard item.rule == "reponse-hesitante", item.text.contains(Self.hedgedStep) else { return nil }
            driver.send(.decide(item: item.id, text: Self.decision))
            scope = driver.next
            return nil
        }
        let asked = try #require(scope)
        #expect(asked.kind == .decisionScope)
        #expect(asked.text == "Cette décision (« \(Self.decision) ») vaut-elle pour tout « \(Self.hedgedStep) » ? Si oui, on ne demandera plus : Responsable, Date.")
        #expect(asked.field?.type == .yesNo)
        #expect(ItemID(asked.id.description) == asked.id)
        #expect(asked.id.description.hasPrefix("scope:gap:reponse-hesitante[prochaines_etapes[") == false)
        #expect(asked.id.description.hasPrefix("scope:reponse-hesitante[prochaines_etapes["))
    }

    @Test func yesMeansNoOwnerAndNoDateAreAsked() throws {
        var walk = FlagshipSessionWalk(try ShippedScript.cadrageFR.workshop())
        walk.play(Self.charter, limit: 300) { item, driver in
            guard item.rule == "reponse-hesitante", item.text.contains(Self.hedgedStep) else { return nil }
            driver.send(.decide(item: item.id, text: Self.decision))
            return .answer(item: driver.next.id, value: .bool(true))
        }
        #expect(walk.driver.next.kind == .end)
        #expect(!walk.asked.contains(where: Self.isFollowUp))
        #expect(!walk.driver.engine.openGaps().contains { ["etape-sans-responsable", "etape-sans-date"].contains($0.rule) })
        let document = walk.driver.engine.document(sessionID: "s", client: nil, date: walk.driver.engine.today)
        #expect(document.decisions.map(\.text) == [Self.decision])
        #expect(!document.openGaps.contains { $0.rule.hasPrefix("etape-sans") })

        // Undo right after the reply takes it back: the owner and the date are open again.
        let events = walk.driver.events
        let reply = try #require(events.firstIndex { if case .answer(.decisionScope, _) = $0.kind { true } else { false } })
        let workshop = walk.driver.engine.workshop, today = walk.driver.engine.today
        let covered = Engine.replaying(Array(events[...reply]), workshop: workshop, today: today).engine
        #expect(covered.openGaps().filter { $0.rule.hasPrefix("etape-sans") }.isEmpty)
        let undone = Engine.replaying(Array(events[...reply]) + [Event(.undo, at: events[reply].time + 1)], workshop: workshop, today: today).engine
        #expect(undone.openGaps().filter { $0.rule.hasPrefix("etape-sans") }.count == 2)
        #expect(undone.next(at: events[reply].time + 1).kind == .decisionScope)
    }

    @Test func noMeansTheyAreStillAsked() throws {
        let walk = try Self.decideTheHedge()  // the walk declines every scope question
        #expect(walk.asked.contains { $0.kind == .decisionScope })
        #expect(walk.asked.filter(Self.isFollowUp).count == 2)
    }

    @Test func rewritingTheStepVoidsTheDecisionAndWhatItCovered() throws {
        var walk = FlagshipSessionWalk(try ShippedScript.cadrageFR.workshop())
        var path: FieldPath?
        walk.play(Self.charter, limit: 300) { item, driver in
            guard item.rule == "reponse-hesitante", item.text.contains(Self.hedgedStep) else { return nil }
            path = item.target
            driver.send(.decide(item: item.id, text: Self.decision))
            return .answer(item: driver.next.id, value: .bool(true))
        }
        #expect(!walk.driver.engine.openGaps().contains { $0.rule.hasPrefix("etape-sans") })
        let action = try #require(path)
        walk.driver.send(.edit(path: action.description, value: V.t("Choisir un outil de suivi des candidatures")))
        #expect(walk.driver.engine.openGaps().filter { $0.rule.hasPrefix("etape-sans") }.count == 2)
    }

    @Test func aDecisionOnAStepWithNothingElseOpenAsksNothingMore() throws {
        var charter = Self.charter
        charter["prochaines_etapes"] = .records([Record(id: "", fields: ["action": V.t(Self.hedgedStep), "responsable": V.t(C.coordinator),
                                                                         "date": V.day("2026-12-15")])])
        var walk = FlagshipSessionWalk(try ShippedScript.cadrageFR.workshop())
        walk.play(charter, limit: 300) { item, _ in
            item.rule == "reponse-hesitante" ? .decide(item: item.id, text: Self.decision) : nil
        }
        #expect(!walk.asked.contains { $0.kind == .decisionScope })
    }
}

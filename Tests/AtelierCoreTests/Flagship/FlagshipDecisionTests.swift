import Testing
@testable import AtelierCore

/// Explicit decisions in the flagship script: they hold for the one item they are about, and a
/// decision taken at the scripted question already answers the rule that would ask it again.
@Suite struct FlagshipDecisionTests {
    typealias C = CadrageCharter

    @Test func decisionHoldsForItsObjectiveOnly() throws {
        var charter = C.complete
        charter["objectifs"] = V.records(C.objective("Améliorer l'image employeur", indicators: nil),
                                         C.objective("Fiabiliser l'intégration", indicators: nil))
        var driver = ScriptedInterview.play(try ShippedScript.cadrageFR.workshop(), charter: charter).driver
        let first = driver.next
        #expect(first.text.contains("« Améliorer l'image employeur »"))
        driver.send(.decide(item: first.id, text: "Pas d'indicateur pour celui-ci"))
        let second = driver.next
        #expect(second.rule == "objectif-sans-indicateur")
        #expect(second.id != first.id)
        #expect(second.text.contains("« Fiabiliser l'intégration »"))
        #expect(driver.engine.openGaps().map(\.item) == [second.id])
        let decisions = driver.engine.document(sessionID: "s", client: nil, date: driver.engine.today).decisions
        #expect(decisions.map(\.text) == ["Pas d'indicateur pour celui-ci"])
        #expect(decisions.first?.section == "objectifs")
    }

    @Test(arguments: [("gouvernance/sponsor", "pas-de-sponsor"), ("perimetre/exclus", "pas-de-hors-perimetre"),
                      ("risques/budget", "budget-non-defini"), ("gouvernance/escalade", "pas-escalade")])
    func decisionAtTheScriptedQuestionIsNotAskedAgainAtTheEnd(_ item: String, _ rule: String) throws {
        let workshop = try ShippedScript.cadrageFR.workshop()
        let field = try #require(item.split(separator: "/").last.map(String.init))
        var charter = C.complete
        charter[field] = nil
        var driver = ScriptedInterview.play(workshop, charter: charter).driver
        #expect(driver.next.rule == rule)
        // The same session, but the client decides when the scripted question is put.
        driver = EngineDriver(workshop)
        for phase in workshop.phases {
            for step in phase.steps {
                let id = ItemID.step(phase: phase.id, step: step.id)
                switch step.kind {
                case .say: driver.send(.said(item: id), after: 1)
                case .check: driver.send(.checkpoint(item: id, ok: true), after: 1)
                case .ask(let q):
                    if id.description == item {
                        driver.send(.decide(item: id, text: "Décidé : rien pour l'instant"), after: 1)
                    } else if let value = charter[q.field] {
                        driver.send(.answer(item: id, value: value), after: 1)
                    }
                }
            }
        }
        #expect(driver.next.kind == .end)
        #expect(driver.engine.openGaps().isEmpty)
        let decisions = driver.engine.document(sessionID: "s", client: nil, date: driver.engine.today).decisions
        #expect(decisions.map(\.path) == [field])
    }

    /// A decision on one gap closes that gap only; writing its field again voids it, so what is
    /// typed later is checked by every rule again.
    @Test func decisionOnAFieldDoesNotSilenceOtherRulesOnIt() throws {
        var charter = C.complete
        charter["objectifs"] = V.records(C.objective(indicators: [C.indicator(cible: nil)]))
        var driver = ScriptedInterview.play(try ShippedScript.cadrageFR.workshop(), charter: charter).driver
        let gap = driver.next
        #expect(gap.rule == "indicateur-sans-cible")
        let path = try #require(gap.target)
        driver.send(.decide(item: gap.id, text: "Pas de cible chiffrée"))
        driver.send(.edit(path: path.description, value: .text("beaucoup plus court, je pense")))
        #expect(driver.engine.openGaps().map(\.rule) == ["cible-non-mesurable", "reponse-hesitante"])
    }

    /// The same issue without any later write: the three "role outside the stakeholders" rules all
    /// answer into `parties_prenantes`, so deciding on the sponsor hides the project lead too.
    @Test func decisionOnTheSponsorDoesNotHideTheProjectLead() throws {
        var charter = C.complete
        charter["sponsor"] = V.t("Anne Lefèvre")
        charter["chef_de_projet"] = V.t("Marc Petit")
        var driver = ScriptedInterview.play(try ShippedScript.cadrageFR.workshop(), charter: charter).driver
        #expect(driver.engine.openGaps().map(\.rule) == ["sponsor-hors-parties-prenantes", "chef-de-projet-hors-parties-prenantes"])
        let gap = driver.next
        #expect(gap.rule == "sponsor-hors-parties-prenantes")
        driver.send(.decide(item: gap.id, text: "Anne Lefèvre reste hors de l'équipe projet"))
        #expect(driver.engine.openGaps().map(\.rule) == ["chef-de-projet-hors-parties-prenantes"])
        #expect(driver.next.rule == "chef-de-projet-hors-parties-prenantes")
    }
}

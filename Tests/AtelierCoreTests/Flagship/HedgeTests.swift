import Testing
@testable import AtelierCore

/// A hedge PRODUCT.md names, said in an answer of a flagship script.
struct HedgeCase: Sendable, CustomTestStringConvertible {
    var script: ShippedScript
    var hedge: String
    var testDescription: String { "\(script.rawValue) › \(hedge)" }

    static let all: [HedgeCase] =
        ["je pense", "peut-être", "a priori", "on verra", "normalement", "à voir", "I think", "maybe", "probably", "TBD"]
            .map { HedgeCase(script: .cadrageFR, hedge: $0) }
        + ["I think", "maybe", "probably", "TBD", "je pense", "peut-être", "a priori"]
            .map { HedgeCase(script: .scopingEN, hedge: $0) }
}

@Suite struct HedgeTests {
    /// The answer holding the hedge, and the rule that locks it.
    static func setUp(_ h: HedgeCase) -> (field: String, answer: String, rule: String) {
        switch h.script {
        case .cadrageFR: ("budget", "80 000 euros, \(h.hedge), validé en janvier", "reponse-hesitante")
        case .scopingEN: ("budget", "80,000 euros, \(h.hedge), signed off in January", "hedging-answer")
        }
    }

    @Test(arguments: HedgeCase.all)
    func hedgeIsQuotedAndLocked(_ h: HedgeCase) throws {
        let (field, answer, rule) = Self.setUp(h)
        var charter = CompleteCharter.of(h.script)
        charter[field] = .text(answer)
        var driver = ScriptedInterview.play(try h.script.workshop(), charter: charter).driver
        let asked = driver.next
        #expect(driver.engine.openGaps().map(\.rule) == [rule])
        #expect(asked.rule == rule)
        let quote: (String) -> String = h.script == .cadrageFR ? { "« \($0) »" } : { "“\($0)”" }
        #expect(asked.text.contains(quote(answer)))
        #expect(asked.text.contains(quote(h.hedge)))
        #expect(asked.target == FieldPath(field: field))
        driver.send(.answer(item: asked.id, value: .text("80 000 euros")))
        #expect(driver.engine.value(at: FieldPath(field: field)) == .text("80 000 euros"))
        #expect(driver.engine.openGaps().isEmpty)
    }

    /// Wherever the hedge is (a nested record field, a list item, a stakeholder's availability),
    /// the question quotes it with its field's label and the answer replaces it in place.
    @Test(arguments: [
        ("objectifs", V.records(CadrageCharter.objective(indicators: [CadrageCharter.indicator(cible: "30 jours, je pense")])),
         "Cible (Délai moyen de recrutement)", "30 jours, je pense", "30 jours"),
        ("exclus", V.list("La paie", "peut-être la formation"), "Hors périmètre", "peut-être la formation", "La formation"),
        ("parties_prenantes", CadrageCharter.stakeholders(sponsorAvailability: "normalement une heure par mois"),
         "Disponibilité (Michel Durand)", "normalement une heure par mois", "Une heure par mois"),
    ])
    func hedgeIsLockedWhereItWasSaid(_ field: String, _ value: Value, _ label: String, _ said: String, _ locked: String) throws {
        var charter = CompleteCharter.of(.cadrageFR)
        charter[field] = value
        var driver = ScriptedInterview.play(try ShippedScript.cadrageFR.workshop(), charter: charter).driver
        let asked = driver.next
        #expect(driver.engine.openGaps().map(\.rule) == ["reponse-hesitante"])
        #expect(asked.text.hasPrefix("Pour « \(label) », vous avez dit : « \(said) ». Ce « "))
        let target = try #require(asked.target)
        #expect(target.rootField == field)
        #expect(driver.engine.value(at: target) == .text(said))
        #expect(driver.send(.answer(item: asked.id, value: .text(locked))).isEmpty)
        #expect(driver.engine.value(at: target) == .text(locked))
        #expect(driver.engine.openGaps().isEmpty)
    }

    /// Context and stakes are the client's story: a "je pense" there is not a commitment to lock.
    @Test(arguments: ShippedScript.allCases)
    func storyFieldsMayHedge(_ script: ShippedScript) throws {
        var charter = CompleteCharter.of(script)
        let story = script == .cadrageFR ? ("contexte", "Je pense que tout a commencé en 2024.") : ("context", "I think it all started in 2024.")
        charter[story.0] = .text(story.1)
        let driver = ScriptedInterview.play(try script.workshop(), charter: charter).driver
        #expect(driver.engine.openGaps().isEmpty)
    }
}

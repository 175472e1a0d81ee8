import Testing
@testable import AtelierCore

/// Every rule of the flagship scripts is shown by a `RuleCase`, and every rule PRODUCT.md asks for
/// is carried by both scripts: a rule added later without a test fails here.
@Suite struct FlagshipCoverageTests {
    @Test(arguments: ShippedScript.allCases)
    func everyRuleOfTheScriptHasACase(_ script: ShippedScript) throws {
        // A first session's rules; those of follow-ups are FlagshipFollowUpTests'.
        let rules = try script.workshop().firstSession().rules.map(\.id)
        let covered = RuleCase.all.filter { $0.script == script }.map(\.rule)
        #expect(rules.filter { !covered.contains($0) } == [], "rules without a test")
        #expect(covered.filter { !rules.contains($0) } == [], "cases for rules the script does not have")
        #expect(Set(covered).count == covered.count, "one case per rule")
    }

    @Test(arguments: ProductRule.all)
    func productRuleIsCarriedByBothScripts(_ product: ProductRule) throws {
        for (script, ids) in [(ShippedScript.cadrageFR, product.fr), (.scopingEN, product.en)] {
            let workshop = try script.workshop()
            #expect(!ids.isEmpty)
            for id in ids {
                #expect(workshop.rule(id) != nil, "\(script) carries \(id)")
                #expect(RuleCase.all.contains { $0.script == script && $0.rule == id }, "\(id) has a test")
            }
        }
    }

    @Test func bothScriptsCarryTheSameRulesInTheSameOrder() throws {
        let fr = try ShippedScript.cadrageFR.workshop().rules
        let en = try ShippedScript.scopingEN.workshop().rules
        #expect(fr.count == en.count)
        #expect(fr.map(\.weight) == en.map(\.weight))
        let frIDs = ProductRule.all.flatMap(\.fr), enIDs = ProductRule.all.flatMap(\.en)
        let frPositions = frIDs.compactMap { id in fr.firstIndex { $0.id == id } }
        let enPositions = enIDs.compactMap { id in en.firstIndex { $0.id == id } }
        #expect(frPositions == enPositions, "the English rule sits where its French twin does")
    }
}

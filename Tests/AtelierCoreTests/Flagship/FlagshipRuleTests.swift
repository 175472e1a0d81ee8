import Testing
@testable import AtelierCore

/// Each rule of the flagship scripts fires on the gap it names, asks a question that quotes the
/// client, closes once the gap is filled, and is not asked again after an explicit decision.
@Suite struct FlagshipRuleTests {
    @Test(arguments: ShippedScript.allCases)
    func completeCharterLeavesNoGap(_ script: ShippedScript) throws {
        let (driver, notices) = ScriptedInterview.play(try script.workshop(), charter: CompleteCharter.of(script))
        #expect(notices.isEmpty)
        #expect(driver.engine.openGaps().map(\.rule) == [])
        #expect(driver.next.kind == .end)
        #expect(driver.engine.readiness().overall == 1)
    }

    @Test(arguments: RuleCase.all)
    func ruleFiresOnItsGapQuotingTheClient(_ c: RuleCase) throws {
        let workshop = try c.script.workshop()
        let rule = try #require(workshop.rule(c.rule))
        let (driver, notices) = ScriptedInterview.play(workshop, charter: c.charter)
        #expect(notices.isEmpty)
        let gaps = driver.engine.openGaps()
        #expect(gaps.map(\.rule) == [c.rule], "exactly the gap the rule names")
        let asked = driver.next
        #expect(asked.kind == .gap)
        #expect(asked.rule == c.rule)
        #expect(asked.id == gaps.first?.item)
        #expect(asked.text == c.question)
        for words in c.quotes {
            #expect(asked.text.contains(c.quoted(words)), "quotes the client's « \(words) »")
        }
        #expect(!rule.bindings.isEmpty ? !c.quotes.isEmpty : true, "a rule about one item quotes it")
        #expect(asked.why?.isEmpty == false)
        if let phase = Self.firstPhase(of: rule, in: workshop) {
            #expect(asked.phase == phase, "asked in the first phase the rule may fire in")
        }
    }

    @Test(arguments: RuleCase.all)
    func gapClosesWhenFilled(_ c: RuleCase) throws {
        var driver = ScriptedInterview.play(try c.script.workshop(), charter: c.charter).driver
        let gap = driver.next
        try #require(gap.rule == c.rule)
        #expect(driver.send(.answer(item: gap.id, value: c.fill)).isEmpty)
        #expect(!driver.engine.openGaps().contains { $0.item == gap.id })
        #expect(driver.engine.openGaps().map(\.rule) == [])
        #expect(driver.next.kind == .end)
        #expect(driver.engine.readiness().overall == 1)
    }

    @Test(arguments: RuleCase.all)
    func explicitDecisionIsRecordedAndNotAskedAgain(_ c: RuleCase) throws {
        let workshop = try c.script.workshop()
        var driver = ScriptedInterview.play(workshop, charter: c.charter).driver
        let gap = driver.next
        try #require(gap.rule == c.rule)
        let decision = workshop.language == .fr ? "Décidé : on s'en passe pour cette mission" : "Decided: we go without it"
        #expect(driver.send(.decide(item: gap.id, text: decision)).isEmpty)
        #expect(!driver.engine.openGaps().contains { $0.item == gap.id })
        #expect(!driver.engine.agenda(at: driver.time).contains { $0.id == gap.id })
        // Not asked again later either: not in the final review, where every rule may fire.
        let last = try #require(workshop.phases.last?.id)
        #expect(driver.send(.goto(phase: last), after: 60).isEmpty)
        #expect(!driver.engine.agenda(at: driver.time).contains { $0.id == gap.id || $0.rule == c.rule })
        #expect(driver.next.kind == .end)
        #expect(driver.engine.readiness().overall == 1)
        let document = driver.engine.document(sessionID: "s", client: nil, date: driver.engine.today)
        #expect(document.decisions.map(\.text) == [decision])
        #expect(document.decisions.first?.question == c.question)
        #expect(document.openGaps.isEmpty)
    }

    /// Where a rule is first asked: the first phase of its scope, the last phase for "at end".
    static func firstPhase(of rule: Rule, in workshop: Workshop) -> String? {
        switch rule.scope {
        case .phases(let ids): ids.first
        case .atEnd: workshop.phases.last?.id
        case .anyPhase: nil
        }
    }
}

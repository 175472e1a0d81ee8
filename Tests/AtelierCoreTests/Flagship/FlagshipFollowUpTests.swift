import Testing
@testable import AtelierCore

/// The follow-up review of both flagship scripts: a first session leaves it out; a follow-up of a
/// complete charter asks about every indicator, next step and risk, quoting them, and is complete
/// once each is answered.
@Suite struct FlagshipFollowUpTests {
    /// The follow-up rules of each script, in order: indicators, next steps, risks.
    static let rules: [ShippedScript: [String]] = [
        .cadrageFR: ["suivi-indicateur", "suivi-etape", "suivi-risque"],
        .scopingEN: ["review-indicator", "review-next-step", "review-risk"],
    ]

    @Test(arguments: ShippedScript.allCases)
    func theFollowUpRulesAreLeftOutOfAFirstSession(_ script: ShippedScript) throws {
        let workshop = try script.workshop()
        let followUp = workshop.rules.filter(workshop.fillsFollowUpField).map(\.id)
        #expect(followUp == Self.rules[script])
        #expect(workshop.firstSession().rules.count == workshop.rules.count - followUp.count)
    }

    @Test(arguments: ShippedScript.allCases)
    func aFollowUpOfACompleteCharterReviewsEachIndicatorStepAndRisk(_ script: ShippedScript) throws {
        let workshop = try script.workshop()
        let first = ScriptedInterview.play(workshop, charter: CompleteCharter.of(script)).driver.engine
        #expect(first.readiness().overall == 1)
        let start = first.followUpStart(parent: "p", parentDay: first.today)
        var followUp = EngineDriver(workshop)
        #expect(followUp.send(.followUp(start), after: 0).isEmpty)
        let gaps = followUp.engine.openGaps()
        let expected = try #require(Self.rules[script])
        #expect(Set(gaps.map(\.rule)) == Set(expected))
        // One gap per indicator, next step and risk of the charter.
        func count(_ values: Value?) -> Int { if case .records(let r)? = values { r.count } else { 0 } }
        let indicators: Int = {
            guard case .records(let objectives)? = start.charter[script == .cadrageFR ? "objectifs" : "objectives"] else { return 0 }
            return objectives.map { count($0.fields[script == .cadrageFR ? "indicateurs" : "indicators"]) }.reduce(0, +)
        }()
        #expect(gaps.filter { $0.rule == expected[0] }.count == indicators)
        #expect(gaps.filter { $0.rule == expected[1] }.count == count(start.charter[script == .cadrageFR ? "prochaines_etapes" : "next_steps"]))
        #expect(gaps.filter { $0.rule == expected[2] }.count == count(start.charter[script == .cadrageFR ? "risques" : "risks"]))
        // The review comes first, quoting the indicator; nothing answered last time is asked again.
        let asked = followUp.next
        #expect(asked.rule == expected[0])
        #expect(asked.why?.isEmpty == false)
        // Each answered: the follow-up is complete.
        let answers: [String: Value] = [
            expected[0]: .text("45"), expected[1]: .text(script == .cadrageFR ? "faite" : "done"),
            expected[2]: .text(script == .cadrageFR ? "clos" : "closed"),
        ]
        while followUp.next.kind == .gap, let rule = followUp.next.rule, let value = answers[rule] {
            #expect(followUp.answerNext(value).isEmpty)
        }
        #expect(followUp.engine.openGaps().isEmpty)
        #expect(followUp.engine.readiness().overall == 1)
        let progress = try #require(followUp.engine.document(sessionID: "f", client: nil, date: first.today).progress)
        #expect(progress.reviews.count == gaps.count)
        #expect(progress.changes.isEmpty, "the follow-up fields apart, nothing changed")
    }
}

@testable import AtelierCore

/// Every rule of `mission-scoping.en.yaml`, each on a charter that misses exactly what it names.
enum ScopingRuleCases {
    typealias C = ScopingCharter
    static let en = ShippedScript.scopingEN
    static let objective = "Cut the time to hire"
    static let indicator = "Average time to hire"

    static let all: [RuleCase] = objectives + scope + governance + risks + wrapUp

    // MARK: Objectives and indicators, hedging

    static let objectives: [RuleCase] = [
        RuleCase(en, "no-objectives",
                 question: "We haven't set any objective yet. If the mission succeeds, what will have changed for you?",
                 fill: V.records(C.objective())) { $0["objectives"] = nil },
        RuleCase(en, "objective-without-indicator",
                 question: "You don't have an indicator for “Make onboarding reliable” yet. What could it look like?",
                 quotes: ["Make onboarding reliable"],
                 fill: V.records(C.indicator(name: "Departures during probation", target: "under 5%"))) {
            $0["objectives"] = V.records(C.objective(), C.objective("Make onboarding reliable", indicators: nil))
        },
        RuleCase(en, "indicator-without-target",
                 question: "For “\(indicator)”, what value would tell you that “\(objective)” is reached?",
                 quotes: [indicator, objective], fill: V.t("30 days")) {
            $0["objectives"] = V.records(C.objective(indicators: [C.indicator(target: nil)]))
        },
        RuleCase(en, "target-not-measurable",
                 question: "You are aiming for “much shorter” on “\(indicator)”. When the day comes, how will we know it is reached: a number, a threshold, a date?",
                 quotes: ["much shorter", indicator], fill: V.t("30 days by June 2027")) {
            $0["objectives"] = V.records(C.objective(indicators: [C.indicator(target: "much shorter")]))
        },
        RuleCase(en, "indicator-without-frequency",
                 question: "How often would you like to look at “\(indicator)”: every week, every month, at each milestone?",
                 quotes: [indicator], fill: V.t("monthly")) {
            $0["objectives"] = V.records(C.objective(indicators: [C.indicator(frequency: nil)]))
        },
        RuleCase(en, "indicator-without-owner",
                 question: "Who will track “\(indicator)”, and where will the data come from?",
                 quotes: [indicator], fill: V.t("Daniel Osei, from the HR system")) {
            $0["objectives"] = V.records(C.objective(indicators: [C.indicator(owner: nil)]))
        },
        RuleCase(en, "no-proud-if",
                 question: "Let's picture the end of the mission: what would make you say “we are proud of what we did”?",
                 fill: V.list("Managers hire without waiting for HR")) { $0["proud_if"] = nil },
        RuleCase(en, "hedging-answer",
                 question: "For “Budget”, you said: “80,000 euros, maybe”. That “maybe” leaves a door open: what would let us write it down without reservation, or who can confirm it?",
                 quotes: ["Budget", "80,000 euros, maybe", "maybe"], fill: V.t("80,000 euros")) {
            $0["budget"] = V.t("80,000 euros, maybe")
        },
    ]

    // MARK: Scope, deliverables and milestones

    static let scope: [RuleCase] = [
        RuleCase(en, "no-out-of-scope",
                 question: "What, deliberately, will not be part of the mission?",
                 fill: V.list("Hiring of interns")) { $0["out_of_scope"] = nil },
        RuleCase(en, "deliverable-without-owner",
                 question: "Who, on your side or ours, will own “Skills framework”?",
                 quotes: ["Skills framework"], fill: V.t(C.lead)) {
            $0["deliverables"] = V.records(C.deliverable(owner: nil))
        },
        RuleCase(en, "deliverable-without-due-date",
                 question: "For “Skills framework”, when would it be useful to have it in your hands?",
                 quotes: ["Skills framework"], fill: V.day("2027-03-01")) {
            $0["deliverables"] = V.records(C.deliverable(due: nil))
        },
        RuleCase(en, "due-date-passed",
                 question: "The due date of “Skills framework” (2026-10-01) has already passed. Is it already delivered, or should the date move?",
                 quotes: ["Skills framework"], fill: V.day("2027-03-01")) {
            $0["deliverables"] = V.records(C.deliverable(due: "2026-10-01"))
        },
        // Without milestones: with the end before the start, any milestone would fall outside the mission.
        RuleCase(en, "end-before-start",
                 question: "The mission ends (2026-12-15) before it starts (2027-01-04). What is the right end date?",
                 fill: V.day("2027-06-30")) {
            $0["mission_end"] = V.day("2026-12-15")
            $0["milestones"] = nil
        },
        RuleCase(en, "milestones-out-of-order",
                 question: "The milestone “Interim review” (2027-03-01) falls before “Review” (2027-06-15), which comes first in the list. Which order is right?",
                 quotes: ["Interim review", "Review"], fill: V.day("2027-06-20")) {
            $0["milestones"] = .records((C.milestones + [C.milestone("Interim review", "2027-03-01")]).map { Record(id: "", fields: $0) })
        },
        RuleCase(en, "milestone-before-start",
                 question: "The milestone “Preparation” (2026-12-15) falls before the mission starts (2027-01-04). Should the milestone move, or the start?",
                 quotes: ["Preparation"], fill: V.day("2027-01-04")) {
            $0["milestones"] = .records(([C.milestone("Preparation", "2026-12-15")] + C.milestones).map { Record(id: "", fields: $0) })
        },
        RuleCase(en, "milestone-after-end",
                 question: "The milestone “Lessons learned” (2027-09-15) falls after the mission ends (2027-06-30). Should it come earlier, or the mission run longer?",
                 quotes: ["Lessons learned"], fill: V.day("2027-06-30")) {
            $0["milestones"] = .records((C.milestones + [C.milestone("Lessons learned", "2027-09-15")]).map { Record(id: "", fields: $0) })
        },
    ]
}

@testable import AtelierCore

extension ScopingRuleCases {
    static let newcomer = "Anne Fletcher"

    // MARK: Roles and governance

    static let governance: [RuleCase] = [
        RuleCase(en, "no-sponsor",
                 question: "Who, at leadership level, carries this mission and can arbitrate when needed?",
                 fill: V.t(C.sponsor)) { $0["sponsor"] = nil },
        RuleCase(en, "no-project-lead",
                 question: "Who will own the substance, the person who decides on content?",
                 fill: V.t(C.lead)) { $0["project_lead"] = nil },
        RuleCase(en, "no-coordinator",
                 question: "Who will keep the pace and the alerts day to day? Is it the same person as the project lead?",
                 fill: V.t(C.coordinator)) { $0["coordinator"] = nil },
        RuleCase(en, "sponsor-not-a-stakeholder",
                 question: "“\(newcomer)” carries the mission but is not among the stakeholders yet. Let's add them: which organisation, and how can we reach them?",
                 quotes: [newcomer], fill: V.records(C.stakeholder(newcomer, role: "sponsor"))) {
            $0["sponsor"] = V.t(newcomer)
        },
        RuleCase(en, "project-lead-not-a-stakeholder",
                 question: "“\(newcomer)” will lead the project but is not among the stakeholders yet. Let's add them: which organisation, and how much time can they give?",
                 quotes: [newcomer], fill: V.records(C.stakeholder(newcomer, role: "project lead"))) {
            $0["project_lead"] = V.t(newcomer)
        },
        RuleCase(en, "coordinator-not-a-stakeholder",
                 question: "“\(newcomer)” will coordinate the mission but is not among the stakeholders yet. Let's add them: which organisation, and how much time can they give?",
                 quotes: [newcomer], fill: V.records(C.stakeholder(newcomer, role: "coordinator"))) {
            $0["coordinator"] = V.t(newcomer)
        },
        RuleCase(en, "sponsor-availability-unknown",
                 question: "How can we reach “\(C.sponsor)”, and how often? Should we go through their assistant?",
                 quotes: [C.sponsor], fill: V.t("One hour a month, through her assistant")) {
            $0["stakeholders"] = C.stakeholders(sponsorAvailability: nil)
        },
        RuleCase(en, "contributor-availability-unknown",
                 question: "How much time can “Tom Baker” give the mission: one morning a week, a few hours a month?",
                 quotes: ["Tom Baker"], fill: V.t("Two days a month")) {
            $0["stakeholders"] = C.stakeholders(extra: [C.stakeholder("Tom Baker", role: "contributor", availability: nil)])
        },
        RuleCase(en, "no-steering-committee",
                 question: "Where will the important decisions of the mission be made? Who would sit on that steering committee?",
                 fill: V.t("Margaret Hale and Daniel Osei")) { $0["steering_committee"] = nil },
        RuleCase(en, "no-cadence",
                 question: "How often would you like us to meet: as a project team, as a steering committee?",
                 fill: V.t("Every Thursday morning")) { $0["cadence"] = nil },
        RuleCase(en, "no-escalation",
                 question: "If a problem blocks the team, who do we turn to, and how quickly?",
                 fill: V.t("Margaret Hale, within 48 hours")) { $0["escalation"] = nil },
        RuleCase(en, "no-reporting",
                 question: "In what form would you like to follow progress, and who should receive it?",
                 fill: V.t("Monthly PDF export")) { $0["reporting"] = nil },
    ]

    // MARK: Risks, resources and dependencies

    static let risks: [RuleCase] = [
        RuleCase(en, "risk-without-mitigation",
                 question: "Faced with “Managers too busy”, what could secure it?",
                 quotes: ["Managers too busy"], fill: V.t("Book the slots in January")) {
            $0["risks"] = V.records(C.risk(mitigation: nil))
        },
        RuleCase(en, "risk-without-owner",
                 question: "Who will keep an eye on “Managers too busy” and raise the alarm if it happens?",
                 quotes: ["Managers too busy"], fill: V.t(C.coordinator)) {
            $0["risks"] = V.records(C.risk(owner: nil))
        },
        RuleCase(en, "dependency-without-owner",
                 question: "Who will follow “HR system migration” and keep the link with the other team?",
                 quotes: ["HR system migration"], fill: V.t(C.lead)) {
            $0["dependencies"] = V.records(C.dependency(owner: nil))
        },
        RuleCase(en, "no-budget",
                 question: "What budget is planned for the mission? If it is not settled yet, who can confirm it, and when?",
                 fill: V.t("80,000 euros")) { $0["budget"] = nil },
        RuleCase(en, "no-resources",
                 question: "Who will be dedicated to the mission, on your side and ours, and for how much time?",
                 fill: V.t("Daniel Osei half time")) { $0["resources"] = nil },
        RuleCase(en, "no-method",
                 question: "How would you like us to work: in successive stages, or in short iterations?",
                 fill: V.t("agile")) { $0["method"] = nil },
    ]

    // MARK: Wrap-up and next steps

    static let wrapUp: [RuleCase] = [
        RuleCase(en, "no-success-factors",
                 question: "In your view, what will make this mission work?",
                 fill: V.list("Managers who take part")) { $0["success_factors"] = nil },
        RuleCase(en, "no-next-steps",
                 question: "Before we leave: what is the very first thing to do, who takes it, and by when?",
                 fill: V.records(C.nextStep())) { $0["next_steps"] = nil },
        RuleCase(en, "next-step-without-owner",
                 question: "Who takes “Send the signed charter”?",
                 quotes: ["Send the signed charter"], fill: V.t(C.coordinator)) {
            $0["next_steps"] = V.records(C.nextStep(owner: nil))
        },
        RuleCase(en, "next-step-without-date",
                 question: "For “Send the signed charter”, which date can we commit to?",
                 quotes: ["Send the signed charter"], fill: V.day("2026-11-26")) {
            $0["next_steps"] = V.records(C.nextStep(due: nil))
        },
        RuleCase(en, "next-step-date-passed",
                 question: "The date set for “Send the signed charter” (2026-11-20) has already passed. Which new date can we hold?",
                 quotes: ["Send the signed charter"], fill: V.day("2026-11-27")) {
            $0["next_steps"] = V.records(C.nextStep(due: "2026-11-20"))
        },
    ]
}

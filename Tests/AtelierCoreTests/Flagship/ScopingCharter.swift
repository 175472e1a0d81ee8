@testable import AtelierCore

/// A complete charter for `mission-scoping.en.yaml`: no rule of the script fires on it (the
/// session's day is 2026-11-24, see `EngineDriver`). Builders take nil for "not answered".
enum ScopingCharter {
    static let sponsor = "Margaret Hale"
    static let lead = "Daniel Osei"
    static let coordinator = "Priya Nair"

    static func indicator(name: String = "Average time to hire", target: String? = "30 days",
                          frequency: String? = "monthly", owner: String? = lead) -> [String: Value] {
        fields(["name": V.t(name), "baseline": V.t("60 days"), "target": target.map(V.t),
                "frequency": frequency.map(V.t), "owner": owner.map(V.t)])
    }

    static func objective(_ title: String = "Cut the time to hire",
                          indicators: [[String: Value]]? = [indicator()]) -> [String: Value] {
        fields(["title": V.t(title), "indicators": indicators.map { .records($0.map { Record(id: "", fields: $0) }) }])
    }

    static func deliverable(owner: String? = lead, due: String? = "2027-03-01") -> [String: Value] {
        fields(["deliverable": V.t("Skills framework"), "owner": owner.map(V.t), "due_date": due.map(V.day)])
    }

    static func milestone(_ name: String, _ date: String) -> [String: Value] {
        ["milestone": V.t(name), "date": V.day(date), "checkpoints": V.t("Every month at the project board")]
    }

    static let milestones = [milestone("Kick-off", "2027-01-04"), milestone("Review", "2027-06-15")]

    static func stakeholder(_ name: String, role: String, availability: String? = "One morning a week") -> [String: Value] {
        fields(["name": V.t(name), "organisation": V.t("Human resources"), "role": V.t(role),
                "email": V.t("contact@client.example"), "availability": availability.map(V.t)])
    }

    static func stakeholders(sponsorAvailability: String? = "One hour a month, through her assistant",
                             extra: [[String: Value]] = []) -> Value {
        .records(([stakeholder(sponsor, role: "sponsor", availability: sponsorAvailability),
                   stakeholder(lead, role: "project lead"),
                   stakeholder(coordinator, role: "coordinator")] + extra).map { Record(id: "", fields: $0) })
    }

    static func risk(mitigation: String? = "Book the slots in January", owner: String? = coordinator) -> [String: Value] {
        fields(["risk": V.t("Managers too busy"), "mitigation": mitigation.map(V.t), "owner": owner.map(V.t)])
    }

    static func dependency(owner: String? = lead) -> [String: Value] {
        fields(["dependency": V.t("HR system migration"), "owner": owner.map(V.t)])
    }

    static func nextStep(owner: String? = coordinator, due: String? = "2026-11-26") -> [String: Value] {
        fields(["action": V.t("Send the signed charter"), "owner": owner.map(V.t), "due": due.map(V.day)])
    }

    static let complete: [String: Value] = [
        "context": V.t("Time to hire has doubled in two years."),
        "stakes": V.t("Keeping the best candidates, who go to our competitors."),
        "objectives": V.records(objective()),
        "proud_if": V.list("Managers hire without waiting for HR"),
        "in_scope": V.list("Hiring of managers"),
        "out_of_scope": V.list("Hiring of interns"),
        "mission_start": V.day("2027-01-04"),
        "mission_end": V.day("2027-06-30"),
        "deliverables": V.records(deliverable()),
        "milestones": .records(milestones.map { Record(id: "", fields: $0) }),
        "stakeholders": stakeholders(),
        "sponsor": V.t(sponsor),
        "project_lead": V.t(lead),
        "coordinator": V.t(coordinator),
        "steering_committee": V.t("Margaret Hale, Daniel Osei and Priya Nair: sets the priorities"),
        "cadence": V.t("Project team every Thursday morning, steering committee monthly"),
        "reporting": V.t("Monthly PDF export for everyone"),
        "escalation": V.t("Priya Nair, then Margaret Hale within 48 hours"),
        "risks": V.records(risk()),
        "dependencies": V.records(dependency()),
        "budget": V.t("80,000 euros"),
        "resources": V.t("Daniel Osei half time, two consultants"),
        "method": V.t("agile"),
        "tools": V.list("Jira", "Teams"),
        "success_factors": V.list("Managers who take part"),
        "next_steps": V.records(nextStep()),
    ]
}

/// What a script says about its pre-read questionnaire beyond which questions it holds: the
/// introduction the client reads first, and how long before the workshop the answers are due.
public struct PrereadSettings: Sendable, Hashable {
    /// The introduction at the top of the questionnaire (the script's own words); nil: Atelier's.
    public var intro: String?
    /// How long before the workshop the answers are due, in minutes (`due: 24h` is 1440); nil: no rule.
    public var dueBefore: Int?

    public init(intro: String? = nil, dueBefore: Int? = nil) {
        self.intro = intro
        self.dueBefore = dueBefore
    }

    /// The day the answers are due for a workshop on `workshopDay`: the rule counted in whole days
    /// back from it (24 h before a workshop on the 24th is the 23rd).
    public func dueDay(forWorkshopOn workshopDay: Day) -> Day? {
        guard let dueBefore else { return nil }
        let days = (dueBefore + 1439) / 1440
        return Day(ordinal: workshopDay.ordinal - days)
    }
}

extension Workshop {
    /// The pre-read questions, in script order: each ask step marked `preread`, with its item id.
    package var prereadQuestions: [(item: ItemID, question: Question)] {
        phases.flatMap { phase in
            phase.steps.compactMap { step -> (item: ItemID, question: Question)? in
                guard case .ask(let q) = step.kind, q.preread else { return nil }
                return (ItemID.step(phase: phase.id, step: step.id), q)
            }
        }
    }

    /// True when the script has a pre-read questionnaire.
    public var hasPreread: Bool { !prereadQuestions.isEmpty }
}

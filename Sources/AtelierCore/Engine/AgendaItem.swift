/// One thing the engine proposes to do next: say something, ask a question, check a point.
public struct AgendaItem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A scripted `say` step: show it to the room.
        case say
        /// A scripted question that fills a field.
        case question
        /// A facilitator checkpoint (yes/no, not shown to the client).
        case checkpoint
        /// A gap raised by a rule, asked in co-construction wording.
        case gap
        /// "Who will answer this?" after a parked or "don't know" answer.
        case ownerFollowUp
        /// The timebox is spent: park the rest of the phase to finish on time?
        case parkOffer
        /// Does the decision just taken hold for the whole item (yes/no)? If so, its other
        /// questions (an owner, a date…) are no longer asked.
        case decisionScope
        /// Nothing left to ask: the workshop is complete.
        case end
    }

    /// What it is, as events name it.
    public var id: ItemID
    public var kind: Kind
    /// The phase it belongs to.
    public var phase: String
    /// The text to show, with the client's words quoted.
    public var text: String
    public var hint: String?
    /// Why the question is asked, shown on demand.
    public var why: String?
    /// The field the answer fills and so the kind of answer expected (nil: no answer, or yes/no).
    public var field: FieldModel?
    /// For a records field: the record fields to ask in turn.
    public var recordFields: [FieldModel]
    /// Where the answer goes.
    var target: FieldPath?
    /// For gaps: the rule that raised it and its weight.
    var rule: String?
    public var weight: Rule.Weight?
    /// True when `back` reopened it.
    public var reopened: Bool

    public init(id: ItemID, kind: Kind, phase: String, text: String, hint: String? = nil, why: String? = nil,
                field: FieldModel? = nil, recordFields: [FieldModel] = [], target: FieldPath? = nil,
                rule: String? = nil, weight: Rule.Weight? = nil, reopened: Bool = false) {
        self.id = id
        self.kind = kind
        self.phase = phase
        self.text = text
        self.hint = hint
        self.why = why
        self.field = field
        self.recordFields = recordFields
        self.target = target
        self.rule = rule
        self.weight = weight
        self.reopened = reopened
    }
}

/// How the clock stands against the timebox.
public enum TimeState: String, Sendable, Hashable {
    case onTime
    /// Past 80% of the phase's timebox.
    case warning
    /// Past 100%: the engine offers to park the rest.
    case over
}

/// Where the workshop stands, for the prompt and `/status`.
public struct SessionStatus: Sendable, Hashable {
    public var phase: Phase
    public var phaseNumber: Int
    public var phaseCount: Int
    /// Seconds spent in the current phase (earlier stays included).
    public var phaseElapsed: Double
    /// Seconds since the start of the workshop (pauses excluded).
    public var totalElapsed: Double
    public var plannedMinutes: Int
    public var timeState: TimeState
    /// Gaps not yet filled nor decided (parked ones included), blocking and advisory.
    public var openGaps: Int
    public var openBlockingGaps: Int
    /// Share of blocking gaps closed, 0…1.
    public var readiness: Double
}

/// Everything the engine knows, as plain values: a fold of the events over the script.
struct EngineState: Sendable, Hashable {
    /// What undo restores.
    var content = Content()
    /// What undo never rewinds: time spent is time spent.
    var timing = Timing()

    struct Content: Sendable, Hashable {
        var charter: [String: Value] = [:]
        var nextRecord = 1
        var nextOpenQuestion = 1
        var phaseIndex = 0
        /// Scripted item id -> what happened to it.
        var items: [String: ItemStatus] = [:]
        /// Items answered, skipped or parked, oldest first, for `back`.
        var done = ChunkedLog<DoneItem>()
        /// Items `back` reopened, most recent last; asked before anything else.
        var reopened: [String] = []
        var gaps = ShardedMap<GapState>()
        var gapKeysByRule: [Int: Set<String>] = [:]
        /// For rules evaluated answer by answer: rule index -> top-level field -> its gap keys.
        var answerGapKeys: [Int: [String: Set<String>]] = [:]
        var openQuestions: [OpenQuestionState] = []
        var decisions: [DecisionState] = []
        /// Field paths a decision was taken on: gaps aimed at them are not asked.
        var decidedPaths: Set<FieldPath> = []
        var checkpoints: [String: CheckpointState] = [:]
        var notes = ChunkedLog<NoteState>()
        var locked: Set<String> = []
        var lockChanges: [LockChange] = []
        /// Phase id -> the facilitator's reply to "park the rest to finish on time?".
        var parkOffers: [String: Bool] = [:]
    }

    struct Timing: Sendable, Hashable {
        var phaseEntered: Double = 0
        /// Seconds spent in each phase, not counting the current stay.
        var spent: [String: Double] = [:]
        var lastTime: Double = 0
    }
}

enum ItemStatus: Sendable, Hashable {
    case answered, skipped, parked, said, decided
    case checked(Bool)
}

struct DoneItem: Sendable, Hashable {
    var item: String
    var phaseIndex: Int
}

struct GapState: Sendable, Hashable {
    var key: String
    var ruleIndex: Int
    /// Enumeration order of its binding at the last evaluation (stable agenda order).
    var ordinal: Int
    var question: String
    var target: FieldPath?
    var open: Bool
    var asked: Bool = false
    var decided: Bool = false
    var parked: Bool = false
    /// The phase where it was asked (for `back`).
    var askedInPhase: Int?
}

struct OpenQuestionState: Sendable, Hashable {
    var id: String
    var item: String
    var question: String
    var owner: String?
    var dontKnow: Bool
    var section: String?
    var time: Double
    /// True once "who will answer?" was put (answered or skipped).
    var ownerAsked: Bool
}

struct DecisionState: Sendable, Hashable {
    var item: String
    var question: String
    var text: String
    var section: String
    var path: String
    var time: Double
}

struct CheckpointState: Sendable, Hashable {
    var ok: Bool
    var time: Double
}

struct NoteState: Sendable, Hashable {
    var text: String
    var time: Double
}

/// A change made to a section after it was locked: kept, and flagged.
public struct LockChange: Sendable, Hashable {
    public var section: String
    public var path: String
    /// Workshop seconds.
    public var time: Double
    /// What the change replaced; nil when it added to a list or to records rather than replacing.
    public var replaced: Value?
    /// What was written (the items added, for a list or records).
    public var value: Value?

    package init(section: String, path: String, time: Double, replaced: Value? = nil, value: Value? = nil) {
        self.section = section
        self.path = path
        self.time = time
        self.replaced = replaced
        self.value = value
    }
}

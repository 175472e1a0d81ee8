import HashTreeCollections

/// Everything the engine knows, as plain values: a fold of the events over the script.
///
/// Undo restores a checkpoint of `content` and `timing` and applies the events since, without the
/// one taken back. What only ever grows (`logs`) is restored by cutting it back to its length at
/// the checkpoint, so a checkpoint never copies a long session's notes or answers.
struct EngineState: Sendable, Hashable {
    var content = Content()
    var timing = Timing()
    var logs = Logs()

    struct Content: Sendable, Hashable {
        var charter: [String: Value] = [:]
        var nextRecord = 1
        var nextOpenQuestion = 1
        var phaseIndex = 0
        /// What happened to each scripted step, by phase then step position (nil: not yet done).
        var steps: [[ItemStatus?]] = []
        /// The last item answered, skipped, parked or decided (an index into `logs.done`), for `back`.
        var lastDone: Int?
        /// Items `back` reopened, most recent last; asked before anything else.
        var reopened: [ItemID] = []
        /// The gaps of each rule (by rule index), whether open or closed.
        var gaps: [RuleGaps] = []
        var openQuestions: [OpenQuestionState] = []
        var decisions: [DecisionState] = []
        /// Field paths a decision was taken on: gaps aimed at them are not asked.
        var decidedPaths: Set<FieldPath> = []
        var checkpoints: [ItemID: CheckpointState] = [:]
        var locked: Set<String> = []
        /// Phase id -> the facilitator's reply to "park the rest to finish on time?".
        var parkOffers: [String: Bool] = [:]
        /// Item id -> the lines of its answer typed so far (`line` events), until the answer closes.
        var drafts: [ItemID: [DraftLine]] = [:]
        /// Pre-read question -> the value the client's questionnaire gave it (`preread` events), to
        /// show where each answer came from and whether the room changed it since.
        var preread: [ItemID: Value] = [:]
        /// In a follow-up workshop: the session it started from.
        var origin: FollowUpOrigin?
        /// Open questions carried from the previous session and answered since, oldest first.
        var resolved: [ResolvedQuestion] = []
        /// Gaps decided inside an item that has other questions open, whose decision's scope is
        /// still to ask (`ItemID.decisionScope`), in the order they were decided.
        var scopeQuestions: [GapID] = []
    }

    struct Timing: Sendable, Hashable {
        var phaseEntered: Double = 0
        /// Seconds spent in each phase, not counting the current stay.
        var spent: [String: Double] = [:]
        var lastTime: Double = 0
    }

    /// Appended to, never changed in place.
    struct Logs: Sendable, Hashable {
        /// Items answered, skipped, parked or decided, each pointing at the one done before it:
        /// `back` moves `Content.lastDone` to the previous one, the entries stay.
        var done: [DoneItem] = []
        var notes: [NoteState] = []
        var lockChanges: [LockChange] = []
        /// Where the live board was opened (`Event.Kind.board`). Undo never takes one back: a
        /// `board` event is not undoable, so it is applied again after the checkpoint is restored.
        var boards: [NoteState] = []

        /// How long each log is: what a checkpoint keeps of them.
        typealias Lengths = (done: Int, notes: Int, lockChanges: Int, boards: Int)

        var lengths: Lengths { (done.count, notes.count, lockChanges.count, boards.count) }

        mutating func cut(to lengths: Lengths) {
            done.removeSubrange(lengths.done...)
            notes.removeSubrange(lengths.notes...)
            lockChanges.removeSubrange(lengths.lockChanges...)
            boards.removeSubrange(lengths.boards...)
        }
    }
}

enum ItemStatus: Sendable, Hashable {
    case answered, skipped, parked, said, decided
    case checked(Bool)
}

struct DoneItem: Sendable, Hashable {
    var item: ItemID
    var phaseIndex: Int
    /// The item done before it (an index into the same log).
    var previous: Int?
}

/// The gaps one rule raised, and the first of them to ask (so that what to ask next does not look
/// at every gap a long list raised). A rule evaluated record by record (or answer by answer) also
/// knows which gaps each part of the charter gave, to close those a changed part no longer raises.
struct RuleGaps: Sendable, Hashable {
    /// Tables that share their structure with their copies: a long list raises as many gaps as
    /// it has items, and writing one of them after a checkpoint copies a few nodes, not the table.
    var all: TreeDictionary<GapID, GapState> = [:]
    var first: GapID?
    var byPart: TreeDictionary<CharterPart, Set<GapID>> = [:]
}

struct GapState: Sendable, Hashable {
    var id: GapID
    var ruleIndex: Int
    /// Where its binding comes in a full enumeration of the rule (stable agenda order).
    var ordinal: GapOrdinal
    var question: String
    var target: FieldPath?
    var open: Bool
    var asked: Bool = false
    var decided: Bool = false
    var parked: Bool = false
    /// The phase where it was asked (for `back`).
    var askedInPhase: Int?
    /// The decided gap whose decision holds for the whole item this gap is about: not asked.
    var coveredBy: GapID?
}

/// The position of a gap's binding among all the rule's bindings, compared part by part: for a
/// rule over a whole field, (enumeration index); record by record, (record position, index within
/// it); answer by answer, (field position, record or item position, answer within it).
struct GapOrdinal: Sendable, Hashable, Comparable {
    var major: Int
    var minor: Int = 0
    var inner: Int = 0

    static func < (a: GapOrdinal, b: GapOrdinal) -> Bool { (a.major, a.minor, a.inner) < (b.major, b.minor, b.inner) }
}

struct OpenQuestionState: Sendable, Hashable {
    var id: String
    var item: ItemID
    var question: String
    var owner: String?
    var dontKnow: Bool
    var section: String?
    var time: Double
    /// True once "who will answer?" was put (answered or skipped).
    var ownerAsked: Bool
    /// Carried from the previous session (a follow-up) or from the script before an edit: resolved
    /// once `carriedPath` holds an answer.
    var carried = false
    var carriedPath: FieldPath?
}

/// The session a follow-up started from, as its `follow_up` event recorded it.
struct FollowUpOrigin: Sendable, Hashable {
    var parent: String
    var parentDay: Day
    /// The previous charter, as it was (follow-up fields included: "last time").
    var charter: [String: Value]
}

/// An open question of the previous session answered in this one.
struct ResolvedQuestion: Sendable, Hashable {
    var question: String
    var path: FieldPath?
    var time: Double
}

struct DecisionState: Sendable, Hashable {
    var item: ItemID
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

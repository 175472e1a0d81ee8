/// What moved since the previous session, in a follow-up workshop's charter: the "since last
/// time" section of its exports.
public struct CharterProgress: Sendable, Hashable {
    /// The previous session's id and the day it was held.
    public var parentSessionID: String
    public var parentDate: Day
    /// Each follow-up answer (an indicator's current value, a next step's status…), with last
    /// time's, the start and the target when the script names them (`trend:`).
    public var reviews: [Review]
    /// The answers added, changed or removed since the previous session (follow-up fields apart).
    public var changes: [CharterDiff.FieldChange]
    /// The previous session's open questions answered in this one.
    public var resolvedQuestions: [String]
    /// The previous session's open questions still open.
    public var stillOpen: [String]

    public init(parentSessionID: String, parentDate: Day, reviews: [Review], changes: [CharterDiff.FieldChange],
                resolvedQuestions: [String], stillOpen: [String]) {
        self.parentSessionID = parentSessionID
        self.parentDate = parentDate
        self.reviews = reviews
        self.changes = changes
        self.resolvedQuestions = resolvedQuestions
        self.stillOpen = stillOpen
    }

    /// Which way a value moved, measured against its target.
    public enum Direction: String, Sendable, Hashable {
        /// Closer to the target than last time (or than the start, at the first follow-up).
        case better
        /// Further from it.
        case worse
        /// As far as before.
        case steady
    }

    public struct Review: Sendable, Hashable {
        /// The charter section's title.
        public var section: String
        /// What the record is (its title: the indicator's name, the step's action).
        public var item: String
        /// The follow-up field's label ("Valeur actuelle", "Statut").
        public var label: String
        public var path: String
        /// Its value at the previous follow-up, if there was one.
        public var previous: Value?
        public var current: Value?
        public var start: Value?
        public var target: Value?
        /// Set when the current, earlier and target values all carry a number.
        public var direction: Direction?
        /// How much of the way from the start to the target is done (0.5 = half), when all are numbers.
        public var share: Double?
    }
}

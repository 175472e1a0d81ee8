import Foundation

/// The workshop engine: a value-type state machine. Given a workshop script, the events so far and
/// a time, it says what the charter holds and what to ask next. It never reads a clock, a terminal
/// or a file: the same script, events and times give the same agenda and charter, byte for byte.
public struct Engine: Sendable {
    /// The session's date, for `today()` in rules (from the session clock, injected).
    public let today: Day
    /// The script, as this session runs it (a first session leaves out follow-up fields; a
    /// `migrate` event switches to the edited script).
    var script: EngineScript
    var state = EngineState()
    /// The events undo can take back, and the checkpoints it restores.
    var history: UndoHistory
    /// The gaps the event being applied changed so far, with how they stood before it.
    var touchedGaps: [GapID: GapState?] = [:]
    /// How many events undo can take back.
    static let undoDepth = 100

    package init(workshop: Workshop, today: Day) {
        self.init(script: EngineScript(workshop: workshop, followUp: false), today: today)
    }

    /// An engine at the start of a session run with `script`.
    init(script: EngineScript, today: Day) {
        let workshop = script.workshop
        self.today = today
        self.script = script
        self.history = UndoHistory(fixedSize: workshop.rules.count + workshop.charter.allFields.count)
        state.content.steps = workshop.phases.map { Array(repeating: nil, count: $0.steps.count) }
        state.content.gaps = Array(repeating: RuleGaps(), count: workshop.rules.count)
        evaluateRules(changed: nil)
        refreshFirstPending()
        settle(at: 0)
        touchedGaps = [:]
    }

    public var workshop: Workshop { script.workshop }
    var plan: RulePlan { script.plan }
    var answerMemo: AnswerRuleMemo { script.answerMemo }

    /// An engine that has applied `events` in order (a replay), and what it said back about them.
    package static func replaying(_ events: [Event], workshop: Workshop, today: Day) -> (engine: Engine, notices: [EngineNotice]) {
        var engine = Engine(workshop: workshop, today: today)
        var notices: [EngineNotice] = []
        for event in events { notices += engine.apply(event).notices }
        return (engine, notices)
    }

    /// What the charter holds: top-level field id -> value.
    package var charter: [String: Value] { state.content.charter }

    /// The phase the workshop is in.
    public var currentPhase: Phase? {
        workshop.phases.indices.contains(state.content.phaseIndex) ? workshop.phases[state.content.phaseIndex] : nil
    }

    /// Workshop time of the latest event.
    package var lastEventTime: Double { state.timing.lastTime }

    /// Sections locked so far.
    var lockedSections: Set<String> { state.content.locked }

    /// Changes made to sections after they were locked.
    var lockChanges: [LockChange] { state.logs.lockChanges }

    /// Everyone named so far (person fields), for Tab completion; sorted, no duplicates.
    public var people: [String] { PeopleCollector.people(in: state.content.charter, model: workshop.charter).map(\.name) }

    /// True when `text` says "I don't know" (the script's `dont_know` lexicon, or the language's own list).
    public func isDontKnow(_ text: String) -> Bool {
        let phrases = workshop.lexicons["dont_know"] ?? EngineMessages.defaultDontKnow(workshop.language)
        let folded = TextFolding.fold(text).trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        return phrases.contains { TextFolding.fold($0) == folded }
    }

    /// The value at a field path, if any.
    public func value(at path: FieldPath) -> Value? { CharterPaths.value(at: path, in: state.content.charter) }

    /// The declaration of the field a path ends on.
    public func fieldModel(at path: FieldPath) -> FieldModel? { CharterPaths.fieldModel(at: path, in: workshop.charter) }

    /// A path typed by a user (`objectifs[2].intitule`, positions from 1) with record ids, or nil.
    public func resolve(userPath: String) -> FieldPath? {
        CharterPaths.resolve(userPath: userPath, in: state.content.charter, model: workshop.charter)
    }

    /// Every answered field path, in charter order, with its label — for `/edit` from a numbered list.
    public func answeredPaths() -> [(path: FieldPath, label: String, value: Value)] {
        CharterPaths.answered(in: state.content.charter, model: workshop.charter)
    }
}

/// What an engine knows of its script, worked out once and shared by every copy of the engine
/// (a copy of an engine is taken at every step of the pending walk).
final class EngineScript: Sendable {
    /// The script as this session runs it.
    let workshop: Workshop
    /// The whole script, follow-up fields and their rules included.
    let full: Workshop
    /// True in a follow-up workshop (the session started from a previous one).
    let followUp: Bool
    let plan: RulePlan
    /// What each rule over `answers` made of each answer.
    let answerMemo = AnswerRuleMemo()
    /// `Workshop.reviewPoint`, worked out once.
    let reviewPoint: Int

    init(workshop: Workshop, followUp: Bool) {
        self.full = workshop
        self.followUp = followUp
        self.workshop = followUp ? workshop : workshop.firstSession()
        self.plan = RulePlan(workshop: self.workshop)
        self.reviewPoint = self.workshop.reviewPoint
    }
}

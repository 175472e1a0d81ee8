import Foundation

/// The workshop engine: a value-type state machine. Given a workshop script, the events so far and
/// a time, it says what the charter holds and what to ask next. It never reads a clock, a terminal
/// or a file: the same script, events and times give the same agenda and charter, byte for byte.
public struct Engine: Sendable {
    public let workshop: Workshop
    /// The session's date, for `today()` in rules (from the session clock, injected).
    public let today: Day
    let plan: RulePlan
    /// What each rule over `answers` made of each answer (shared by the copies of this engine).
    let answerMemo = AnswerRuleMemo()
    var state = EngineState()
    /// Snapshots taken before each undoable event, newest last.
    var undoStack = UndoStack(depth: Engine.undoDepth)
    /// How many events undo can take back.
    static let undoDepth = 100

    package init(workshop: Workshop, today: Day) {
        self.workshop = workshop
        self.today = today
        self.plan = RulePlan(workshop: workshop)
        evaluateRules(changed: nil)
        settle(at: 0)
    }

    /// An engine that has applied `events` in order (a replay).
    package static func replaying(_ events: [Event], workshop: Workshop, today: Day) -> (engine: Engine, notices: [EngineNotice]) {
        var engine = Engine(workshop: workshop, today: today)
        var notices: [EngineNotice] = []
        for event in events { notices += engine.apply(event) }
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
    var lockChanges: [LockChange] { state.content.lockChanges }

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
        var out: [(FieldPath, String, Value)] = []
        func walk(_ value: Value, _ field: FieldModel, _ path: FieldPath, _ label: String) {
            switch (field.type, value) {
            case (.records(let m), .records(let records)):
                for (n, r) in records.enumerated() {
                    for sub in m.fields {
                        guard let v = r.fields[sub.id] else { continue }
                        walk(v, sub, path.appending(record: r.id).appending(field: sub.id), "\(label) \(n + 1) › \(sub.label)")
                    }
                }
            default:
                out.append((path, label, value))
            }
        }
        for field in workshop.charter.allFields {
            if let v = state.content.charter[field.id] { walk(v, field, FieldPath(field: field.id), field.label) }
        }
        return out.map { (path: $0.0, label: $0.1, value: $0.2) }
    }
}

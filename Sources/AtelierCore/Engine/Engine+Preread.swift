/// Answers from the pre-read questionnaire: they fill the charter before the workshop starts, the
/// rules fire on them from the first minute, and the engine keeps where they came from.
extension Engine {
    /// A `preread` event: the client's answer to a scripted question, written in place of whatever
    /// the field held; the step is done (not asked again), and the value is kept as the client gave it.
    mutating func preread(_ item: ItemID, _ value: Value, at t: Double, changed: inout [String: FieldChange]) -> [EngineNotice] {
        guard case .ask(let question)? = scriptedStep(item)?.kind else { return [.unknownItem(item.description)] }
        let path = FieldPath(field: question.field)
        guard let field = CharterPaths.fieldModel(at: path, in: workshop.charter) else { return [.pathGone(path.description)] }
        guard CharterPaths.fits(value, field.type) else { return [.valueDoesNotFit(item.description)] }
        let notices = write(value, at: path, appending: false, at: t, changed: &changed)
        guard !notices.contains(where: \.rejectsEvent) else { return notices }
        setStatus(of: item, .answered)
        state.content.preread[item] = CharterPaths.value(at: path, in: state.content.charter) ?? value
        return notices
    }

    /// The answers that came from the pre-read questionnaire, in script order (only those of
    /// `phase` when given): the question, its field, what the client wrote, and whether the room
    /// has changed it since.
    public func prereadAnswers(phase: String? = nil) -> [PrereadAnswer] {
        guard !state.content.preread.isEmpty else { return [] }
        return workshop.prereadQuestions.compactMap { entry in
            guard let value = state.content.preread[entry.item],
                  case .step(let phaseID, _) = entry.item, phase == nil || phase == phaseID,
                  let field = workshop.charter.field(entry.question.field) else { return nil }
            let now = CharterPaths.value(at: FieldPath(field: field.id), in: state.content.charter)
            return PrereadAnswer(item: entry.item, phase: phaseID, question: render(entry.question.text), field: field,
                                 value: value, changedInRoom: now != value)
        }
    }
}

/// One answer the client gave in the pre-read questionnaire.
public struct PrereadAnswer: Sendable, Hashable {
    /// The scripted question it answered.
    public var item: ItemID
    /// The phase that asks it in the workshop.
    public var phase: String
    /// The question as the client read it.
    public var question: String
    public var field: FieldModel
    /// What the client wrote (records with the ids the session gave them).
    public var value: Value
    /// True when the field no longer holds exactly that (edited, added to, or undone in the room).
    public var changedInRoom: Bool
}

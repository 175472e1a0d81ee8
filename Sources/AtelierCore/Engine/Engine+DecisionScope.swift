/// A decision on a gap about one item of a list (a next step, a deliverable…) may settle the whole
/// item: « Piste à étudier, pas encore une action » means the step needs no owner and no date.
/// When the item has other questions open, the engine asks whether the decision holds for all of
/// it (`ItemID.decisionScope`, yes/no); if so, those questions are covered and no longer asked.
extension Engine {
    /// After a decision on gap `id`: ask about its scope when its item has other questions open.
    mutating func offerDecisionScope(_ id: GapID) {
        guard !coverable(by: id).isEmpty, !state.content.scopeQuestions.contains(id) else { return }
        state.content.scopeQuestions.append(id)
    }

    /// The open gaps, other than `id`, about the item (record) gap `id`'s answer belongs to.
    func coverable(by id: GapID) -> [GapState] {
        guard let record = gap(id).flatMap({ Self.enclosingRecord(of: $0.target) }) else { return [] }
        return sortedGaps(state.content.gaps.flatMap { rule in
            rule.all.values.filter { $0.id != id && isOpenGap($0) && $0.target.map { Self.path($0, startsWith: record) } == true }
        })
    }

    /// The reply to « does this decision hold for the whole item? ».
    mutating func answerDecisionScope(_ id: GapID, covers: Bool) -> [EngineNotice] {
        guard let index = state.content.scopeQuestions.firstIndex(of: id) else {
            return [.unknownItem(ItemID.decisionScope(id).description)]
        }
        state.content.scopeQuestions.remove(at: index)
        guard covers, gap(id)?.decided == true else { return [] }
        for other in coverable(by: id) { updateGap(other.id) { $0.coveredBy = id } }
        return []
    }

    /// The decision on gap `id` no longer stands (voided, or reopened by `back`): the gaps it
    /// covered are asked again, and its scope is no longer a question.
    mutating func uncover(by id: GapID) {
        state.content.scopeQuestions.removeAll { $0 == id }
        let covered = state.content.gaps.flatMap { $0.all.values.filter { $0.coveredBy == id }.map(\.id) }
        for other in covered { updateGap(other) { $0.coveredBy = nil } }
    }

    /// The agenda item that asks the scope of the decision taken on gap `id`.
    func decisionScopeItem(_ id: GapID, phase: String) -> AgendaItem? {
        guard state.content.scopeQuestions.contains(id), let decided = gap(id),
              let record = Self.enclosingRecord(of: decided.target) else { return nil }
        let language = workshop.language
        let decision = state.content.decisions.last { $0.item == .gap(id) }?.text ?? ""
        let others = coverable(by: id)
        var labels: [String] = []
        for other in others {
            if let label = other.target.flatMap({ fieldModel(at: $0)?.label }), !labels.contains(label) { labels.append(label) }
        }
        let text = CoreMessage.decisionScope.text(language, [
            "decision": decision, "item": recordTitle(record) ?? record.description, "fields": labels.joined(separator: ", "),
        ])
        return AgendaItem(id: .decisionScope(id), kind: .decisionScope, phase: phase, text: text,
                          field: FieldModel(id: "scope", label: CoreMessage.decisionScopeLabel.text(language), type: .yesNo))
    }

    /// What names a record: its title field's value, in words.
    private func recordTitle(_ record: FieldPath) -> String? {
        guard case .records(let model)? = fieldModel(at: FieldPath(Array(record.components.dropLast())))?.type,
              let title = model.titleField, let value = self.value(at: record.appending(field: title)) else { return nil }
        return ValueText.plain(value, workshop.language)
    }

    /// The path of the innermost record a path goes through (`prochaines_etapes[r5]` for
    /// `prochaines_etapes[r5].action`); nil for a path outside any record.
    static func enclosingRecord(of path: FieldPath?) -> FieldPath? {
        guard let path, let last = path.components.lastIndex(where: { if case .record = $0 { true } else { false } }) else { return nil }
        return FieldPath(Array(path.components[...last]))
    }

    static func path(_ path: FieldPath, startsWith prefix: FieldPath) -> Bool {
        path.components.count >= prefix.components.count && Array(path.components.prefix(prefix.components.count)) == prefix.components
    }
}

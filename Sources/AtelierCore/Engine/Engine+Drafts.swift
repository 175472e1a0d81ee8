/// Answers still being typed: each acknowledged line of a long text, a list or a record is a `line`
/// event, kept as the item's draft until the answer that closes it replaces it. A draft never
/// reaches the charter and never wakes a rule: replaying a journal gives the same charter whether
/// its lines were journaled one by one or not.
extension Engine {
    /// The lines typed so far for `item`'s answer, oldest first (empty when none).
    public func draft(for item: String) -> [DraftLine] { state.content.drafts[item] ?? [] }

    /// Every item with an answer under way, and its lines.
    public var drafts: [String: [DraftLine]] { state.content.drafts }

    /// The item whose answer is under way in phase `p`, still due: it is finished before anything
    /// else is asked (the park offer, a gap, the next step), unless `back` reopened an earlier item.
    /// A draft left in another phase (after `goto`) waits until its phase comes back.
    func answerUnderWay(phase p: Int) -> AgendaItem? {
        guard !state.content.drafts.isEmpty, state.content.reopened.isEmpty else { return nil }
        for id in state.content.drafts.keys.sorted() {
            if id.hasPrefix("gap:") {
                guard let gap = state.content.gaps[id], !gap.asked, !gap.decided, !gap.parked else { continue }
            } else {
                guard let step = scriptedStep(id), step.phase == p, state.content.items[id] == nil else { continue }
            }
            if let item = item(for: id, reopened: false) { return item }
        }
        return nil
    }

    mutating func addDraftLine(_ item: String, _ line: DraftLine) -> [EngineNotice] {
        guard let target = answerTarget(of: item) else { return [.unknownItem(item)] }
        guard let field = CharterPaths.fieldModel(at: target, in: workshop.charter) else { return [.pathGone(target.description)] }
        switch (field.type, line.record, line.field) {
        case (.list(let type), nil, nil):
            guard let value = line.value, CharterPaths.fits(value, type) else { return [.valueDoesNotFit(item)] }
        case (.longText, nil, nil):
            guard case .text? = line.value else { return [.valueDoesNotFit(item)] }
        case (.records(let model), _?, let id?):
            guard let sub = model.field(id) else { return [.pathGone("\(target.description).\(id)")] }
            if let value = line.value, !CharterPaths.fits(value, sub.type) { return [.valueDoesNotFit(item)] }
        default:
            return [.valueDoesNotFit(item)]
        }
        state.content.drafts[item, default: []].append(line)
        return []
    }
}

/// Answers still being typed: each acknowledged line of a long text, a list or a record is a `line`
/// event, kept as the item's draft until the answer that closes it replaces it. A draft never
/// reaches the charter and never wakes a rule: replaying a journal gives the same charter whether
/// its lines were journaled one by one or not.
///
/// Drafts live in `EngineState.Content`: undoing a `line` restores the checkpoint before it and
/// applies the events since without it, like any other event (undo ≡ replay without it).
extension Engine {
    /// The lines typed so far for `item`'s answer, oldest first (empty when none).
    public func draft(for item: ItemID) -> [DraftLine] { state.content.drafts[item] ?? [] }

    /// Every item with an answer under way, and its lines.
    package var drafts: [ItemID: [DraftLine]] { state.content.drafts }

    /// The item whose answer is under way in phase `p`, still due: it is finished before anything
    /// else is asked (the park offer, a gap, the next step), unless `back` reopened an earlier item.
    /// A draft left in another phase (after `goto`) waits until its phase comes back. The first
    /// stage of `PendingItems`' walk.
    func answerUnderWay(phase p: Int) -> ItemID? {
        guard !state.content.drafts.isEmpty, state.content.reopened.isEmpty else { return nil }
        // By text form: the order does not depend on how the dictionary hashes its keys.
        for id in state.content.drafts.keys.sorted(by: { $0.description < $1.description }) {
            switch id {
            case .gap(let gapID):
                guard let gap = gap(gapID), !gap.asked, !gap.decided, !gap.parked else { continue }
            case .step:
                guard let position = plan.step(id), position.phase == p,
                      state.content.steps[position.phase][position.step] == nil else { continue }
            case .ownerFollowUp, .parkOffer, .decisionScope, .end:
                continue
            }
            return id
        }
        return nil
    }

    /// The answer the lines typed so far for `item` make (what would close it now), or nil.
    func draftValue(for item: ItemID) -> Value? {
        let lines = draft(for: item)
        guard !lines.isEmpty, let target = answerTarget(of: item),
              let field = CharterPaths.fieldModel(at: target, in: workshop.charter) else { return nil }
        return Self.value(of: lines, as: field.type)
    }

    /// The answer `lines` make for a field of `type`: a long text's lines joined, a list's items,
    /// records grouped by their number (a record is the fields given a value); nil when empty.
    public static func value(of lines: [DraftLine], as type: FieldType) -> Value? {
        switch type {
        case .longText:
            let texts = lines.compactMap { if case .text(let s)? = $0.value { s } else { nil } }
            return texts.isEmpty ? nil : .text(texts.joined(separator: "\n"))
        case .list:
            let values = lines.compactMap(\.value)
            return values.isEmpty ? nil : .list(values)
        case .records:
            var order: [Int] = []
            var fields: [Int: [String: Value]] = [:]
            for line in lines {
                guard let number = line.record, let id = line.field else { continue }
                if fields[number] == nil { order.append(number); fields[number] = [:] }
                if let value = line.value { fields[number]?[id] = value }
            }
            let records = order.compactMap { fields[$0].flatMap { $0.isEmpty ? nil : Record(id: "", fields: $0) } }
            return records.isEmpty ? nil : .records(records)
        default:
            return nil
        }
    }

    /// The charter with every answer under way written in as its closing answer would be: what a
    /// document shows of a session that stopped in the middle of a list (the rules never see it).
    func charterWithDrafts() -> [String: Value] {
        var charter = state.content.charter
        var number = 0
        for item in state.content.drafts.keys.sorted(by: { $0.description < $1.description }) {
            guard let value = draftValue(for: item), let target = answerTarget(of: item) else { continue }
            let fresh: Value
            if case .records(let records) = value {
                fresh = .records(records.map { record in
                    number += 1
                    return Record(id: "d\(number)", fields: record.fields)
                })
            } else {
                fresh = value
            }
            _ = CharterPaths.write(fresh, at: target, appending: true, in: &charter)
        }
        return charter
    }

    mutating func addDraftLine(_ item: ItemID, _ line: DraftLine) -> [EngineNotice] {
        guard let target = answerTarget(of: item) else { return [.unknownItem(item.description)] }
        guard let field = CharterPaths.fieldModel(at: target, in: workshop.charter) else { return [.pathGone(target.description)] }
        switch (field.type, line.record, line.field) {
        case (.list(let type), nil, nil):
            guard let value = line.value, CharterPaths.fits(value, type) else { return [.valueDoesNotFit(item.description)] }
        case (.longText, nil, nil):
            guard case .text? = line.value else { return [.valueDoesNotFit(item.description)] }
        case (.records(let model), _?, let id?):
            guard let sub = model.field(id) else { return [.pathGone("\(target.description).\(id)")] }
            if let value = line.value, !CharterPaths.fits(value, sub.type) { return [.valueDoesNotFit(item.description)] }
        default:
            return [.valueDoesNotFit(item.description)]
        }
        state.content.drafts[item, default: []].append(line)
        return []
    }

    /// The item is answered, skipped, parked or decided: its lines typed so far go (the closing
    /// answer holds them). No write when there is no draft: a write would copy the table a
    /// checkpoint shares.
    mutating func clearDraft(of item: ItemID) {
        guard state.content.drafts.index(forKey: item) != nil else { return }
        state.content.drafts[item] = nil
    }
}

/// Applying one event. An event that no longer fits (an item the script no longer has, a record
/// since removed) changes nothing and yields a notice: never a crash, never a silent change.
extension Engine {
    @discardableResult
    public mutating func apply(_ event: Event) -> [EngineNotice] {
        let t = max(event.time, state.timing.lastTime)
        state.timing.lastTime = t
        if Self.isUndoable(event.kind) {
            undoStack.push(state.content)
        }
        var notices: [EngineNotice] = []
        var changed: Set<String>? = []
        switch event.kind {
        case let .answer(item, value): notices = answer(item, value, at: t, changed: &changed)
        case let .said(item): notices = mark(item, .said)
        case let .skip(item): notices = skip(item)
        case let .decide(item, text): notices = decide(item, text, at: t)
        case let .park(item, owner, dontKnow): notices = park(item, owner: owner, dontKnow: dontKnow, at: t)
        case let .assignOwner(id, owner): notices = assignOwner(id, owner)
        case let .checkpoint(item, ok):
            notices = mark(item, .checked(ok))
            if notices.isEmpty { state.content.checkpoints[item] = CheckpointState(ok: ok, time: t) }
        case let .note(text): state.content.notes.append(NoteState(text: text, time: t))
        case let .edit(pathText, value): notices = edit(pathText, value, at: t, changed: &changed)
        case .back: notices = back(at: t)
        case let .goto(phase):
            if let index = workshop.phases.firstIndex(where: { $0.id == phase }) {
                switchPhase(to: index, at: t)
            } else {
                notices = [.unknownPhase(phase)]
            }
        case let .lock(section):
            if workshop.charter.sections.contains(where: { $0.id == section }) {
                state.content.locked.insert(section)
            } else {
                notices = [.unknownSection(section)]
            }
        case .undo:
            let before = state.content.charter
            notices = undo(at: t)
            changed = Self.changedFields(before, state.content.charter)
        case let .parkRest(phase): notices = parkRest(phase, at: t)
        case let .keepGoing(phase): state.content.parkOffers[phase] = false
        case .resume, .quit: break
        }
        if !notices.isEmpty && Self.isUndoable(event.kind), notices.contains(where: \.rejectsEvent) {
            _ = undoStack.pop()
        }
        if changed == nil || !(changed ?? []).isEmpty { evaluateRules(changed: changed) }
        settle(at: t)
        return notices
    }

    /// The top-level fields whose values differ. An undo restores gaps evaluated for the restored
    /// charter, so only the rules reading a field the undo changed need evaluating again.
    static func changedFields(_ a: [String: Value], _ b: [String: Value]) -> Set<String> {
        var changed = Set<String>()
        for (key, value) in a where b[key] != value { changed.insert(key) }
        for key in b.keys where a[key] == nil { changed.insert(key) }
        return changed
    }

    static func isUndoable(_ kind: Event.Kind) -> Bool {
        switch kind {
        case .said, .undo, .resume, .quit: false
        default: true
        }
    }

    // MARK: - Answers

    private mutating func answer(_ item: String, _ value: Value, at t: Double, changed: inout Set<String>?) -> [EngineNotice] {
        if item.hasPrefix("owner:") {
            guard case .text(let name) = value else { return [.valueDoesNotFit(item)] }
            return assignOwner(String(item.dropFirst("owner:".count)), name)
        }
        if item.hasPrefix("offer:") {
            let phase = String(item.dropFirst("offer:".count))
            if case .bool(true) = value { return parkRest(phase, at: t) }
            state.content.parkOffers[phase] = false
            return []
        }
        guard let target = answerTarget(of: item) else { return [.unknownItem(item)] }
        guard let field = CharterPaths.fieldModel(at: target, in: workshop.charter) else { return [.pathGone(target.description)] }
        guard CharterPaths.fits(value, field.type) else { return [.valueDoesNotFit(item)] }
        let notices = write(value, at: target, field: field, at: t, changed: &changed)
        guard notices.allSatisfy({ !$0.rejectsEvent }) else { return notices }
        if item.hasPrefix("gap:") {
            state.content.gaps[item]?.asked = true
            state.content.gaps[item]?.askedInPhase = state.content.phaseIndex
        } else {
            state.content.items[item] = .answered
        }
        state.content.reopened.removeAll { $0 == item }
        state.content.done.append(DoneItem(item: item, phaseIndex: state.content.phaseIndex))
        return notices
    }

    /// Records get fresh ids; lists and records are appended to, other values replace.
    private mutating func write(_ value: Value, at path: FieldPath, field: FieldModel, at t: Double,
                                changed: inout Set<String>?) -> [EngineNotice] {
        let fresh = assignIDs(value)
        var replaced: Value?
        let ok = CharterPaths.update(path, in: &state.content.charter) { old in
            switch (old, fresh) {
            case (.records(let a)?, .records(let b)): return .records(a + b)
            case (.list(let a)?, .list(let b)): return .list(a + b)
            default:
                replaced = old
                return fresh
            }
        }
        guard ok else { return [.pathGone(path.description)] }
        if let root = path.rootField { changed?.insert(root) }
        forgetDecisions(on: path)
        return flagIfLocked(path, replaced: replaced, value: fresh, at: t)
    }

    mutating func assignIDs(_ value: Value) -> Value {
        guard case .records(let records) = value else { return value }
        return .records(records.map { r in
            let id = "r\(state.content.nextRecord)"
            state.content.nextRecord += 1
            return Record(id: id, fields: r.fields.mapValues { assignIDs($0) })
        })
    }

    mutating func flagIfLocked(_ path: FieldPath, replaced: Value?, value: Value, at t: Double) -> [EngineNotice] {
        guard let root = path.rootField, let section = workshop.charter.section(ofField: root),
              state.content.locked.contains(section.id) else { return [] }
        state.content.lockChanges.append(LockChange(section: section.id, path: path.description, time: t,
                                                    replaced: replaced, value: value))
        return [.lockedSectionChanged(section: section.title)]
    }

    /// The field path an item's answer goes to.
    func answerTarget(of item: String) -> FieldPath? {
        if item.hasPrefix("gap:") { return state.content.gaps[item]?.target }
        guard let step = scriptedStep(item), case .ask(let q) = step.step.kind else { return nil }
        return FieldPath(field: q.field)
    }

    /// The scripted step an item id names (`phase/step`).
    func scriptedStep(_ item: String) -> (phase: Int, step: Step)? {
        guard let slash = item.firstIndex(of: "/") else { return nil }
        let phaseID = item[..<slash], stepID = item[item.index(after: slash)...]
        guard let p = workshop.phases.firstIndex(where: { $0.id == phaseID }),
              let step = workshop.phases[p].steps.first(where: { $0.id == stepID }) else { return nil }
        return (p, step)
    }
}

/// Applying one event. An event that no longer fits (an item the script no longer has, a record
/// since removed) changes nothing and yields a notice: never a crash, never a silent change.
extension Engine {
    /// Applies `event` and says what it changed: the notices, and the gaps it opened and closed.
    @discardableResult
    public mutating func apply(_ event: Event) -> EngineChanges {
        touchedGaps = [:]
        if case .undo = event.kind { return undo(event) }
        let decidedBefore = state.content.decidedPaths
        let hadDraft: Bool = if case .answer(let item, _) = event.kind { state.content.drafts[item] != nil } else { false }
        let notices = record(event, counts: true)
        var result = changes(notices, candidates: touchedGaps, decidedBefore: decidedBefore)
        if !result.rejected { result.readBack = readBack(of: event.kind, hadDraft: hadDraft) }
        return result
    }

    /// Applies an event other than undo and keeps it for undo, with a checkpoint before it when due.
    mutating func record(_ event: Event, counts: Bool) -> [EngineNotice] {
        let undoable = Self.isUndoable(event.kind)
        if undoable { history.checkpointIfDue(state) }
        let notices = fold(event)
        history.append(event, undoable: undoable && !notices.contains(where: \.rejectsEvent), counts: counts, gaps: Array(touchedGaps.keys))
        return notices
    }

    /// What undo can take back: every event that changes the workshop, a `line` of an answer under
    /// way included (its draft is in `EngineState.Content`, restored with the checkpoint); not an
    /// `input`, a line that changed nothing and only moves the clock, nor a `board`, where the room's
    /// board was opened (applied again after an undo, it stays), nor a `preread` answer: the client
    /// wrote it before the workshop, the room did not type it, so `/annuler` at the first question
    /// never erases the questionnaire (it is corrected with `/modifier`, like any answer).
    static func isUndoable(_ kind: Event.Kind) -> Bool {
        switch kind {
        case .said, .undo, .board, .resume, .quit, .input, .preread, .followUp, .migrate: false
        default: true
        }
    }

    /// What one event (other than undo) does to the state.
    private mutating func fold(_ event: Event) -> [EngineNotice] {
        let t = max(event.time, state.timing.lastTime)
        state.timing.lastTime = t
        let decidedBefore = state.content.decidedPaths
        var changed: [String: FieldChange] = [:]
        var notices: [EngineNotice] = []
        switch event.kind {
        case let .answer(item, value): notices = answer(item, value, at: t, changed: &changed)
        case let .preread(item, value): notices = preread(item, value, at: t, changed: &changed)
        case let .said(item): notices = mark(item, .said)
        case let .skip(item): notices = skip(item)
        case let .decide(item, text): notices = decide(item, text, at: t)
        case let .park(item, owner, dontKnow): notices = park(item, owner: owner, dontKnow: dontKnow, at: t)
        case let .assignOwner(id, owner): notices = assignOwner(id, owner)
        case let .checkpoint(item, ok):
            notices = mark(item, .checked(ok))
            if notices.isEmpty { state.content.checkpoints[item] = CheckpointState(ok: ok, time: t) }
        case let .note(text): state.logs.notes.append(NoteState(text: text, time: t))
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
        case let .parkRest(phase): notices = parkRest(phase, at: t)
        case let .keepGoing(phase): state.content.parkOffers[phase] = false
        case let .line(item, line): notices = addDraftLine(item, line)
        case let .board(url): state.logs.boards.append(NoteState(text: url, time: t))
        case let .followUp(start): return startFollowUp(start, at: t)
        case let .migrate(migration): return migrate(migration, at: t)
        case .undo, .resume, .quit, .input: break  // an undo is taken care of before; here, only its time counts
        }
        evaluateRules(changed: changed)
        for gap in gapsAimed(atDecisionsChangedSince: decidedBefore) { touch(gap.id, before: gap) }
        refreshFirstPending()
        settle(at: t)
        return notices
    }

    // MARK: - Answers

    private mutating func answer(_ item: ItemID, _ value: Value, at t: Double, changed: inout [String: FieldChange]) -> [EngineNotice] {
        switch item {
        case .ownerFollowUp(let id):
            guard case .text(let name) = value else { return [.valueDoesNotFit(item.description)] }
            return assignOwner(id, name)
        case .parkOffer(let phase):
            if case .bool(true) = value { return parkRest(phase, at: t) }
            state.content.parkOffers[phase] = false
            return []
        case .decisionScope(let id):
            guard case .bool(let covers) = value else { return [.valueDoesNotFit(item.description)] }
            return answerDecisionScope(id, covers: covers)
        case .step, .gap, .end:
            break
        }
        guard let target = answerTarget(of: item) else { return [.unknownItem(item.description)] }
        guard let field = CharterPaths.fieldModel(at: target, in: workshop.charter) else { return [.pathGone(target.description)] }
        guard CharterPaths.fits(value, field.type) else { return [.valueDoesNotFit(item.description)] }
        let notices = write(value, at: target, appending: true, at: t, changed: &changed)
        guard !notices.contains(where: \.rejectsEvent) else { return notices }
        clearDraft(of: item)
        markAnswered(item)
        return notices
    }

    /// An answered (or skipped) item: a gap was asked, in this phase (for `back`); a step is answered.
    mutating func markAnswered(_ item: ItemID) {
        if case .gap(let id) = item {
            let phase = state.content.phaseIndex
            updateGap(id) { $0.asked = true; $0.askedInPhase = phase }
        } else {
            setStatus(of: item, .answered)
        }
        markDone(item)
    }

    /// Writes a value where an answer or an edit puts it: records get fresh ids; lists and records
    /// are appended to when `appending`, other values replace.
    mutating func write(_ value: Value, at path: FieldPath, appending: Bool, at t: Double, changed: inout [String: FieldChange]) -> [EngineNotice] {
        let fresh = assignIDs(value)
        // In a locked section the change is shown with what it replaced: read it before writing.
        let before = lockedSection(of: path) == nil ? nil : CharterPaths.value(at: path, in: state.content.charter)
        guard let root = path.rootField, let change = CharterPaths.write(fresh, at: path, appending: appending, in: &state.content.charter) else {
            return [.pathGone(path.description)]
        }
        changed[root] = changed[root].map { $0.merged(with: change) } ?? change
        history.noteWrite(size: CharterPaths.length(of: state.content.charter[root]) ?? 1)
        forgetDecisions(on: path)
        let replaced: Value? = switch (appending, before, fresh) {
        case (true, .list?, .list), (true, .records?, .records): nil  // added to, nothing replaced
        default: before
        }
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

    /// The locked section a path writes into, if any.
    func lockedSection(of path: FieldPath) -> SectionModel? {
        guard let root = path.rootField, let section = workshop.charter.section(ofField: root),
              state.content.locked.contains(section.id) else { return nil }
        return section
    }

    mutating func flagIfLocked(_ path: FieldPath, replaced: Value?, value: Value, at t: Double) -> [EngineNotice] {
        guard let section = lockedSection(of: path) else { return [] }
        state.logs.lockChanges.append(LockChange(section: section.id, path: path.description, time: t,
                                                 replaced: replaced, value: value))
        return [.lockedSectionChanged(section: section.title)]
    }

    /// The field path an item's answer goes to.
    func answerTarget(of item: ItemID) -> FieldPath? {
        if case .gap(let id) = item { return gap(id)?.target }
        guard case .ask(let q)? = scriptedStep(item)?.kind else { return nil }
        return FieldPath(field: q.field)
    }

    /// Changes a gap, noting its state before the change.
    mutating func updateGap(_ id: GapID, _ change: (inout GapState) -> Void) {
        guard let index = plan.ruleIndex[id.rule], let before = state.content.gaps[index].all[id] else { return }
        touch(id, before: before)
        var gap = before
        change(&gap)
        state.content.gaps[index].all[id] = gap
    }

    /// Records what happened to a scripted step.
    mutating func setStatus(of item: ItemID, _ status: ItemStatus?) {
        guard let position = plan.step(item) else { return }
        state.content.steps[position.phase][position.step] = status
    }

    /// The item was answered, skipped, parked or decided: it is no longer reopened, and `back` returns to it.
    mutating func markDone(_ item: ItemID) {
        state.content.reopened.removeAll { $0 == item }
        state.logs.done.append(DoneItem(item: item, phaseIndex: state.content.phaseIndex, previous: state.content.lastDone))
        state.content.lastDone = state.logs.done.count - 1
    }
}

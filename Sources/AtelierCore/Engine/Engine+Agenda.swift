/// What to ask next: an answer under way first (it is finished before anything else), then the
/// park offer when the timebox is spent and questions remain, then the rest of what
/// `PendingItems` walks in order; when nothing is left, the end-of-workshop item.
extension Engine {
    func agenda(at time: Double) -> [AgendaItem] {
        guard let pending = pendingItems(at: time) else { return [endItem()] }
        let entries = Array(pending)
        let underWay = entries.prefix { $0.underWay }
        let items = underWay.compactMap { item(for: $0.id, reopened: $0.reopened) }
            + (offer(at: time, pending).map { [$0] } ?? [])
            + entries.dropFirst(underWay.count).compactMap { item(for: $0.id, reopened: $0.reopened) }
        return items.isEmpty ? [endItem()] : items
    }

    /// The first item of the agenda, without working out the rest of it.
    public func next(at time: Double) -> AgendaItem {
        guard let pending = pendingItems(at: time) else { return endItem() }
        let first = pending.first
        if let first, first.underWay, let due = item(for: first.id, reopened: first.reopened) { return due }
        if let offer = offer(at: time, pending) { return offer }
        return first.flatMap { item(for: $0.id, reopened: $0.reopened) } ?? endItem()
    }

    /// What is pending in the current phase (advisory gaps only when on time); nil past the last phase.
    func pendingItems(at time: Double) -> PendingItems? {
        guard workshop.phases.indices.contains(state.content.phaseIndex) else { return nil }
        return PendingItems(engine: self, phase: state.content.phaseIndex, includeAdvisory: !isBehind(at: time))
    }

    /// "Park the rest to finish on time?", once the timebox is spent, while questions remain (other
    /// than the answer under way, which is finished first).
    private func offer(at time: Double, _ pending: PendingItems) -> AgendaItem? {
        let phase = workshop.phases[pending.phase]
        guard timeState(at: time) == .over, state.content.parkOffers[phase.id] == nil,
              pending.contains(where: { !$0.underWay && isQuestion($0.id) }) else { return nil }
        return item(for: .parkOffer(phase: phase.id), reopened: false)
    }

    /// True for the items that take a charter answer: scripted questions and gaps.
    func isQuestion(_ id: ItemID) -> Bool {
        switch id {
        case .gap: return true
        case .step: if case .ask? = scriptedStep(id)?.kind { return true } else { return false }
        default: return false
        }
    }

    /// What an item id stands for right now (its question, quoting the client's current words).
    public func describe(item id: ItemID) -> AgendaItem? { item(for: id, reopened: false) }

    /// The agenda item for an item id, as it stands now.
    func item(for id: ItemID, reopened: Bool) -> AgendaItem? {
        let phaseID = currentPhase?.id ?? ""
        let language = workshop.language
        switch id {
        case .gap(let gapID):
            guard let gap = gap(gapID) else { return nil }
            let rule = workshop.rules[gap.ruleIndex]
            let field = gap.target.flatMap { CharterPaths.fieldModel(at: $0, in: workshop.charter) }
            return AgendaItem(id: id, kind: .gap, phase: phaseID, text: gap.question, hint: field?.hint, why: rule.why,
                              field: field, recordFields: Self.askableFields(of: field, only: nil), target: gap.target,
                              rule: rule.id, weight: rule.weight, reopened: reopened)
        case .step:
            guard let position = plan.step(id) else { return nil }
            let owner = workshop.phases[position.phase].id
            let step = workshop.phases[position.phase].steps[position.step]
            switch step.kind {
            case .say(let text):
                return AgendaItem(id: id, kind: .say, phase: owner, text: text, reopened: reopened)
            case .check(let c):
                return AgendaItem(id: id, kind: .checkpoint, phase: owner, text: c.text, why: c.why,
                                  field: FieldModel(id: step.id, label: c.text, type: .yesNo), reopened: reopened)
            case .ask(let q):
                let field = workshop.charter.field(q.field)
                return AgendaItem(id: id, kind: .question, phase: owner, text: render(q.text), hint: q.hint ?? field?.hint,
                                  why: q.why, field: field, recordFields: Self.askableFields(of: field, only: q.recordFields),
                                  target: FieldPath(field: q.field), reopened: reopened)
            }
        case .ownerFollowUp(let openQuestion):
            guard let oq = state.content.openQuestions.first(where: { $0.id == openQuestion }) else { return nil }
            return AgendaItem(id: id, kind: .ownerFollowUp, phase: phaseID, text: EngineMessages.whoWillAnswer(currentQuestion(of: oq), language),
                              field: FieldModel(id: "owner", label: EngineMessages.ownerLabel(language), type: .person))
        case .decisionScope(let gapID):
            return decisionScopeItem(gapID, phase: phaseID)
        case .parkOffer(let phaseID):
            guard let phase = workshop.phase(phaseID) else { return nil }
            return AgendaItem(id: id, kind: .parkOffer, phase: phase.id, text: EngineMessages.parkOffer(phase.title, language))
        case .end:
            return endItem()
        }
    }

    /// The scripted step an item id names.
    func scriptedStep(_ id: ItemID) -> Step? {
        plan.step(id).map { workshop.phases[$0.phase].steps[$0.step] }
    }

    /// The record fields asked in turn: the script's choice, or every field that is not a list.
    static func askableFields(of field: FieldModel?, only: [String]?) -> [FieldModel] {
        guard case .records(let model)? = field?.type else { return [] }
        if let only { return only.compactMap { model.field($0) } }
        return model.fields.filter {
            switch $0.type {
            case .records, .list: false
            default: true
            }
        }
    }

    private func endItem() -> AgendaItem {
        AgendaItem(id: .end, kind: .end, phase: workshop.phases.last?.id ?? "", text: EngineMessages.finished(workshop.language))
    }

    // MARK: - Time

    func phaseElapsed(at time: Double) -> Double {
        guard let phase = currentPhase else { return 0 }
        return state.timing.spent[phase.id, default: 0] + max(0, time - state.timing.phaseEntered)
    }

    public func timeState(at time: Double) -> TimeState {
        guard let phase = currentPhase, phase.timebox > 0 else { return .onTime }
        let share = phaseElapsed(at: time) / Double(phase.timebox * 60)
        return share >= 1 ? .over : share >= 0.8 ? .warning : .onTime
    }

    /// Behind schedule: past 80% of the phase's timebox, or past the planned end of this phase.
    func isBehind(at time: Double) -> Bool {
        guard currentPhase != nil else { return false }
        let plannedEnd = workshop.phases.prefix(state.content.phaseIndex + 1).reduce(0) { $0 + $1.timebox } * 60
        return timeState(at: time) != .onTime || time > Double(plannedEnd)
    }

    /// Where the workshop stands, for the prompt and `/status` (it does not work out what comes next).
    public func status(at time: Double) -> SessionStatus {
        var open = 0, blocking = 0
        for (index, bucket) in state.content.gaps.enumerated() {
            let count = bucket.all.values.reduce(0) { $0 + (isOpenGap($1) ? 1 : 0) }
            open += count
            if workshop.rules[index].weight == .blocking { blocking += count }
        }
        let fallback = Phase(id: "", title: "", timebox: 0, steps: [])
        return SessionStatus(phase: currentPhase ?? fallback, phaseNumber: state.content.phaseIndex + 1,
                             phaseCount: workshop.phases.count, phaseElapsed: phaseElapsed(at: time), totalElapsed: time,
                             plannedMinutes: workshop.duration, timeState: timeState(at: time), openGaps: open,
                             openBlockingGaps: blocking, readiness: readiness().overall)
    }
}

/// What to ask next, in a stable, explainable order: the park offer when the timebox is spent,
/// items reopened by `back`, "who will answer?" follow-ups, the gaps the rules raised (blocking
/// before advisory, in rule order, then in the order of the items they are about), then the
/// phase's remaining scripted steps; in the last phase, the end-of-workshop review.
extension Engine {
    func agenda(at time: Double) -> [AgendaItem] {
        let p = state.content.phaseIndex
        guard workshop.phases.indices.contains(p) else { return [endItem()] }
        let phase = workshop.phases[p]
        var items: [AgendaItem] = []
        let pending = pendingItems(phase: p, at: time, includeAdvisory: !isBehind(at: time))
        if timeState(at: time) == .over, state.content.parkOffers[phase.id] == nil,
           pending.contains(where: { $0.kind == .question || $0.kind == .gap }) {
            items.append(AgendaItem(id: "offer:\(phase.id)", kind: .parkOffer, phase: phase.id,
                                    text: EngineMessages.parkOffer(phase.title, workshop.language)))
        }
        items += pending
        return items.isEmpty ? [endItem()] : items
    }

    /// The first item of the agenda (`agenda(at:).first`, without building the rest of it).
    public func next(at time: Double) -> AgendaItem {
        let p = state.content.phaseIndex
        guard workshop.phases.indices.contains(p) else { return endItem() }
        if timeState(at: time) == .over, state.content.parkOffers[workshop.phases[p].id] == nil {
            return agenda(at: time).first ?? endItem()
        }
        return firstPendingItem(phase: p, includeAdvisory: !isBehind(at: time)) ?? endItem()
    }

    /// The first of `pendingItems(phase:…)`, looking at each gap once instead of sorting them all.
    private func firstPendingItem(phase p: Int, includeAdvisory: Bool) -> AgendaItem? {
        for id in state.content.reopened.reversed() {
            if let item = item(for: id, reopened: true) { return item }
        }
        let phase = workshop.phases[p]
        if let oq = state.content.openQuestions.first(where: { $0.owner == nil && !$0.ownerAsked }) {
            return AgendaItem(id: "owner:\(oq.id)", kind: .ownerFollowUp, phase: phase.id,
                              text: EngineMessages.whoWillAnswer(oq.question, workshop.language),
                              field: FieldModel(id: "owner", label: EngineMessages.ownerLabel(workshop.language), type: .person))
        }
        let firstStep = phase.steps.first { state.content.items["\(phase.id)/\($0.id)"] == nil }
        let atEnd = p == workshop.phases.count - 1 && firstStep == nil
        if let gap = firstPendingGap(phase: phase, atEnd: atEnd, includeAdvisory: includeAdvisory) {
            return item(for: gap.key, reopened: false)
        }
        return firstStep.flatMap { item(for: "\(phase.id)/\($0.id)", reopened: false) }
    }

    /// The first pending gap in agenda order: rules in agenda order, the first rule with a pending
    /// gap gives it (its gaps in binding order); the gaps of other rules are not looked at.
    private func firstPendingGap(phase: Phase, atEnd: Bool, includeAdvisory: Bool) -> GapState? {
        for index in plan.agendaOrder {
            guard ruleInScope(index, phase: phase, atEnd: atEnd, includeAdvisory: includeAdvisory),
                  let keys = state.content.gapKeysByRule[index] else { continue }
            var best: GapState?
            for key in keys {
                guard let gap = state.content.gaps[key], isPendingGap(gap, phase: phase, atEnd: atEnd, includeAdvisory: includeAdvisory) else { continue }
                if let b = best, !gapPrecedes(gap, b) { continue }
                best = gap
            }
            if let best { return best }
        }
        return nil
    }

    /// True when `pendingItems(phase:…)` would not be empty, without building it.
    func hasPendingItems(phase p: Int, includeAdvisory: Bool) -> Bool {
        let phase = workshop.phases[p]
        if state.content.reopened.contains(where: { item(for: $0, reopened: true) != nil }) { return true }
        if state.content.openQuestions.contains(where: { $0.owner == nil && !$0.ownerAsked }) { return true }
        let stepsDone = phase.steps.allSatisfy { state.content.items["\(phase.id)/\($0.id)"] != nil }
        if !stepsDone { return true }
        let atEnd = p == workshop.phases.count - 1
        return firstPendingGap(phase: phase, atEnd: atEnd, includeAdvisory: includeAdvisory) != nil
    }

    /// Everything still to do in phase `p` (reopened items, follow-ups, gaps, scripted steps).
    func pendingItems(phase p: Int, at time: Double, includeAdvisory: Bool) -> [AgendaItem] {
        let phase = workshop.phases[p]
        let reopened = state.content.reopened.reversed().compactMap { item(for: $0, reopened: true) }
        let followUps = state.content.openQuestions.filter { $0.owner == nil && !$0.ownerAsked }.map { oq in
            AgendaItem(id: "owner:\(oq.id)", kind: .ownerFollowUp, phase: phase.id,
                       text: EngineMessages.whoWillAnswer(oq.question, workshop.language),
                       field: FieldModel(id: "owner", label: EngineMessages.ownerLabel(workshop.language), type: .person))
        }
        let steps = phase.steps.filter { state.content.items["\(phase.id)/\($0.id)"] == nil }
            .compactMap { item(for: "\(phase.id)/\($0.id)", reopened: false) }
        let isLast = p == workshop.phases.count - 1
        let scriptedDone = steps.isEmpty
        let gaps = pendingGaps(phase: phase, atEnd: isLast && scriptedDone, includeAdvisory: includeAdvisory)
        return reopened + followUps + gaps + steps
    }

    private func pendingGaps(phase: Phase, atEnd: Bool, includeAdvisory: Bool) -> [AgendaItem] {
        state.content.gaps.values.filter { isPendingGap($0, phase: phase, atEnd: atEnd, includeAdvisory: includeAdvisory) }
            .sorted(by: gapPrecedes)
            .compactMap { item(for: $0.key, reopened: false) }
    }

    /// A gap to ask in `phase`: open, not yet asked, decided, parked or reopened, its rule in scope.
    private func isPendingGap(_ gap: GapState, phase: Phase, atEnd: Bool, includeAdvisory: Bool) -> Bool {
        guard gap.open, !gap.asked, !gap.decided, !gap.parked,
              ruleInScope(gap.ruleIndex, phase: phase, atEnd: atEnd, includeAdvisory: includeAdvisory) else { return false }
        if let target = gap.target, state.content.decidedPaths.contains(target) { return false }
        return !state.content.reopened.contains(gap.key)
    }

    /// True when the rule's gaps may be asked now (its phases, and advisory ones only when on time).
    private func ruleInScope(_ index: Int, phase: Phase, atEnd: Bool, includeAdvisory: Bool) -> Bool {
        if workshop.rules[index].weight == .advisory && !includeAdvisory { return false }
        switch workshop.rules[index].scope {
        case .anyPhase: return true
        case .phases(let ids): return ids.contains(phase.id)
        case .atEnd: return atEnd
        }
    }

    /// Agenda order of gaps: blocking before advisory, then rule order, then binding order.
    private func gapPrecedes(_ a: GapState, _ b: GapState) -> Bool {
        let wa = workshop.rules[a.ruleIndex].weight == .blocking ? 0 : 1
        let wb = workshop.rules[b.ruleIndex].weight == .blocking ? 0 : 1
        return (wa, a.ruleIndex, a.ordinal, a.key) < (wb, b.ruleIndex, b.ordinal, b.key)
    }

    /// What an item id stands for right now (its question, quoting the client's current words).
    public func describe(item id: String) -> AgendaItem? {
        let phaseID = currentPhase?.id ?? ""
        if id.hasPrefix("owner:"), let oq = state.content.openQuestions.first(where: { "owner:\($0.id)" == id }) {
            return AgendaItem(id: id, kind: .ownerFollowUp, phase: phaseID, text: EngineMessages.whoWillAnswer(oq.question, workshop.language))
        }
        if id.hasPrefix("offer:"), let phase = workshop.phase(String(id.dropFirst("offer:".count))) {
            return AgendaItem(id: id, kind: .parkOffer, phase: phase.id, text: EngineMessages.parkOffer(phase.title, workshop.language))
        }
        return item(for: id, reopened: false)
    }

    /// The agenda item for an item id, as it stands now.
    func item(for id: String, reopened: Bool) -> AgendaItem? {
        let phaseID = currentPhase?.id ?? ""
        if id.hasPrefix("gap:") {
            guard let gap = state.content.gaps[id] else { return nil }
            let rule = workshop.rules[gap.ruleIndex]
            let field = gap.target.flatMap { CharterPaths.fieldModel(at: $0, in: workshop.charter) }
            return AgendaItem(id: id, kind: .gap, phase: phaseID, text: gap.question, hint: field?.hint, why: rule.why,
                              field: field, recordFields: Self.askableFields(of: field, only: nil), target: gap.target,
                              rule: rule.id, weight: rule.weight, reopened: reopened)
        }
        guard let (p, step) = scriptedStep(id) else { return nil }
        let owner = workshop.phases[p].id
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
        AgendaItem(id: "end", kind: .end, phase: workshop.phases.last?.id ?? "", text: EngineMessages.finished(workshop.language))
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

    public func status(at time: Double) -> SessionStatus {
        let open = state.content.gaps.values.filter { isOpenGap($0) }
        let blocking = open.filter { workshop.rules[$0.ruleIndex].weight == .blocking }
        let next = next(at: time)
        let fallback = Phase(id: "", title: "", timebox: 0, steps: [])
        return SessionStatus(phase: currentPhase ?? fallback, phaseNumber: state.content.phaseIndex + 1,
                             phaseCount: workshop.phases.count, phaseElapsed: phaseElapsed(at: time), totalElapsed: time,
                             plannedMinutes: workshop.duration, timeState: timeState(at: time), openGaps: open.count,
                             openBlockingGaps: blocking.count, readiness: readiness().overall, finished: next.kind == .end)
    }

    /// A gap that still needs the client: open, not decided (parked ones count: they are not answered).
    func isOpenGap(_ gap: GapState) -> Bool {
        guard gap.open, !gap.decided else { return false }
        if let target = gap.target, state.content.decidedPaths.contains(target) { return false }
        return true
    }
}

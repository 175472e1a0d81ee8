import Foundation

/// The facilitator's commands: skip, decide, park, edit, back, finishing a phase on time.
extension Engine {
    mutating func mark(_ item: ItemID, _ status: ItemStatus) -> [EngineNotice] {
        guard plan.step(item) != nil else { return [.unknownItem(item.description)] }
        setStatus(of: item, status)
        if case .said = status {
            state.content.reopened.removeAll { $0 == item }
        } else {
            markDone(item)
        }
        return []
    }

    mutating func skip(_ item: ItemID) -> [EngineNotice] {
        switch item {
        case .ownerFollowUp(let id):
            guard let i = state.content.openQuestions.firstIndex(where: { $0.id == id }) else { return [.unknownItem(item.description)] }
            state.content.openQuestions[i].ownerAsked = true
            return []
        case .parkOffer(let phase):
            state.content.parkOffers[phase] = false
            return []
        case .decisionScope(let id):
            return answerDecisionScope(id, covers: false)
        case .gap(let id):
            guard gap(id) != nil else { return [.unknownItem(item.description)] }
            clearDraft(of: item)
            markAnswered(item)
            return []
        case .step, .end:
            clearDraft(of: item)
            return mark(item, .skipped)
        }
    }

    mutating func decide(_ item: ItemID, _ text: String, at t: Double) -> [EngineNotice] {
        guard let asked = asked(item) else { return [.unknownItem(item.description)] }
        clearDraft(of: item)
        if case .gap(let id) = item {
            // A decision on a gap closes that gap only, not others aimed at the same field.
            updateGap(id) { $0.decided = true; $0.asked = true }
        } else {
            setStatus(of: item, .decided)
            // A decision at a scripted question covers the gaps aimed at that field, until it is written.
            if let path = asked.path { state.content.decidedPaths.insert(path) }
        }
        state.content.decisions.append(DecisionState(item: item, question: asked.question, text: text, section: asked.section ?? "",
                                                     path: asked.path?.description ?? "", time: t))
        if case .gap(let id) = item { offerDecisionScope(id) }
        markDone(item)
        return []
    }

    mutating func park(_ item: ItemID, owner: String?, dontKnow: Bool, at t: Double) -> [EngineNotice] {
        guard let asked = asked(item) else { return [.unknownItem(item.description)] }
        clearDraft(of: item)
        if case .gap(let id) = item { updateGap(id) { $0.parked = true; $0.asked = true } } else { setStatus(of: item, .parked) }
        let id = "oq\(state.content.nextOpenQuestion)"
        state.content.nextOpenQuestion += 1
        let clean = owner.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        state.content.openQuestions.append(OpenQuestionState(id: id, item: item, question: asked.question, owner: clean, dontKnow: dontKnow,
                                                             section: asked.section, time: t, ownerAsked: clean != nil))
        markDone(item)
        return []
    }

    /// What a gap or a scripted question asks, the section it belongs to and where its answer
    /// goes; nil for any other item.
    private func asked(_ item: ItemID) -> (question: String, section: String?, path: FieldPath?)? {
        if case .gap(let id) = item { return gap(id).map { ($0.question, section(of: $0), $0.target) } }
        guard case .ask(let q)? = scriptedStep(item)?.kind else { return nil }
        return (render(q.text), workshop.charter.section(ofField: q.field)?.id, FieldPath(field: q.field))
    }

    mutating func assignOwner(_ id: String, _ owner: String) -> [EngineNotice] {
        guard let i = state.content.openQuestions.firstIndex(where: { $0.id == id }) else {
            return [.unknownItem(ItemID.ownerFollowUp(openQuestion: id).description)]
        }
        state.content.openQuestions[i].owner = owner
        state.content.openQuestions[i].ownerAsked = true
        return []
    }

    mutating func edit(_ pathText: String, _ value: Value, at t: Double, changed: inout [String: FieldChange]) -> [EngineNotice] {
        guard let path = FieldPath(parsing: pathText), let field = CharterPaths.fieldModel(at: path, in: workshop.charter) else {
            return [.pathGone(pathText)]
        }
        guard CharterPaths.fits(value, field.type) else { return [.valueDoesNotFit(pathText)] }
        let notices = write(value, at: path, appending: false, at: t, changed: &changed)
        return notices.contains(where: \.rejectsEvent) ? [.pathGone(pathText)] : notices
    }

    /// Reopens the last item answered, skipped, parked or decided; it is asked again first.
    mutating func back(at t: Double) -> [EngineNotice] {
        guard let last = state.content.lastDone else { return [.nothingToGoBackTo] }
        let done = state.logs.done[last]
        state.content.lastDone = done.previous
        if case .gap(let id) = done.item {
            updateGap(id) { $0.asked = false; $0.parked = false; $0.decided = false }
            uncover(by: id)
        } else {
            setStatus(of: done.item, nil)
        }
        state.content.openQuestions.removeAll { $0.item == done.item }
        state.content.decisions.removeAll { $0.item == done.item }
        state.content.decidedPaths = Set(state.content.decisions.compactMap { decision in
            if case .gap = decision.item { return nil }
            return FieldPath(parsing: decision.path)
        })
        state.content.reopened.append(done.item)
        if done.phaseIndex != state.content.phaseIndex { switchPhase(to: done.phaseIndex, at: t) }
        return []
    }

    /// "Finir à l'heure": what remains of the phase goes to the open questions.
    mutating func parkRest(_ phaseID: String, at t: Double) -> [EngineNotice] {
        guard let p = workshop.phases.firstIndex(where: { $0.id == phaseID }) else { return [.unknownPhase(phaseID)] }
        state.content.parkOffers[phaseID] = true
        for entry in Array(PendingItems(engine: self, phase: p, includeAdvisory: true)) {
            if isQuestion(entry.id) {
                _ = park(entry.id, owner: nil, dontKnow: false, at: t)
                if let i = state.content.openQuestions.indices.last { state.content.openQuestions[i].ownerAsked = true }
            } else if case .step = entry.id {
                _ = mark(entry.id, .skipped)
            }
        }
        return []
    }

    mutating func switchPhase(to index: Int, at t: Double) {
        let old = state.content.phaseIndex
        guard index != old, workshop.phases.indices.contains(index) else { return }
        if workshop.phases.indices.contains(old) {
            state.timing.spent[workshop.phases[old].id, default: 0] += max(0, t - state.timing.phaseEntered)
        }
        state.timing.phaseEntered = t
        state.content.phaseIndex = index
    }

    /// Moves on to the next phase while the current one has nothing left to ask.
    mutating func settle(at t: Double) {
        while state.content.phaseIndex < workshop.phases.count - 1,
              PendingItems(engine: self, phase: state.content.phaseIndex, includeAdvisory: !isBehind(at: t)).isEmpty {
            switchPhase(to: state.content.phaseIndex + 1, at: t)
        }
    }

    func render(_ text: InterpolatedText) -> String {
        Interpolator.render(text, in: evaluationContext())
    }

    /// A field written again voids the decisions taken on it (they were about the old value) and
    /// answers the open questions that were waiting for it.
    mutating func forgetDecisions(on path: FieldPath) {
        // An open question about a gap follows the gap instead: it stands, quoting the new wording,
        // while the gap is still raised, and goes when the gap closes (`standingOpenQuestions`).
        // One the previous session left open is answered once the field it was about is written.
        let waiting = state.content.openQuestions.filter {
            if $0.carried, $0.carriedPath == path { return true }
            if case .gap = $0.item { return false }
            return answerTarget(of: $0.item) == path
        }
        if !waiting.isEmpty {
            let answered = Set(waiting.map(\.id))
            state.content.openQuestions.removeAll { answered.contains($0.id) }
            // A question the previous session left open, answered now: "since last time".
            for question in waiting where question.carried {
                state.content.resolved.append(ResolvedQuestion(question: question.question, path: path, time: state.timing.lastTime))
            }
        }
        state.content.decidedPaths.remove(path)
        guard state.content.decisions.contains(where: { if case .gap = $0.item { $0.path == path.description } else { false } }) else { return }
        let voided = state.content.gaps.flatMap { $0.all.values.filter { $0.decided && $0.target == path }.map(\.id) }
        for id in voided {
            updateGap(id) { $0.decided = false }
            uncover(by: id)
        }
    }
}

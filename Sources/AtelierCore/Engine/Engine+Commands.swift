import Foundation

/// The facilitator's commands: skip, decide, park, edit, back, undo, finishing a phase on time.
extension Engine {
    mutating func mark(_ item: String, _ status: ItemStatus) -> [EngineNotice] {
        guard scriptedStep(item) != nil else { return [.unknownItem(item)] }
        state.content.items[item] = status
        state.content.reopened.removeAll { $0 == item }
        if case .said = status { return [] }
        state.content.done.append(DoneItem(item: item, phaseIndex: state.content.phaseIndex))
        return []
    }

    mutating func skip(_ item: String) -> [EngineNotice] {
        if item.hasPrefix("owner:") {
            let id = String(item.dropFirst("owner:".count))
            guard let i = state.content.openQuestions.firstIndex(where: { $0.id == id }) else { return [.unknownItem(item)] }
            state.content.openQuestions[i].ownerAsked = true
            return []
        }
        if item.hasPrefix("offer:") {
            state.content.parkOffers[String(item.dropFirst("offer:".count))] = false
            return []
        }
        if item.hasPrefix("gap:") {
            guard state.content.gaps[item] != nil else { return [.unknownItem(item)] }
            state.content.gaps[item]?.asked = true
            state.content.gaps[item]?.askedInPhase = state.content.phaseIndex
            state.content.reopened.removeAll { $0 == item }
            state.content.done.append(DoneItem(item: item, phaseIndex: state.content.phaseIndex))
            return []
        }
        return mark(item, .skipped)
    }

    mutating func decide(_ item: String, _ text: String, at t: Double) -> [EngineNotice] {
        let question: String
        let section: String
        let path: FieldPath?
        let recordedPath: FieldPath?
        if item.hasPrefix("gap:") {
            guard let gap = state.content.gaps[item] else { return [.unknownItem(item)] }
            // A decision on a gap closes that gap only, not others aimed at the same field.
            state.content.gaps[item]?.decided = true
            state.content.gaps[item]?.asked = true
            question = gap.question
            section = self.section(of: gap)
            path = gap.target
            recordedPath = nil
        } else {
            guard let step = scriptedStep(item), case .ask(let q) = step.step.kind else { return [.unknownItem(item)] }
            state.content.items[item] = .decided
            question = render(q.text)
            section = workshop.charter.section(ofField: q.field)?.id ?? ""
            path = FieldPath(field: q.field)
            recordedPath = path
        }
        // A decision at a scripted question covers the gaps aimed at that field, until it is written.
        if let recordedPath { state.content.decidedPaths.insert(recordedPath) }
        state.content.reopened.removeAll { $0 == item }
        state.content.decisions.append(DecisionState(item: item, question: question, text: text, section: section,
                                                     path: path?.description ?? "", time: t))
        state.content.done.append(DoneItem(item: item, phaseIndex: state.content.phaseIndex))
        return []
    }

    mutating func park(_ item: String, owner: String?, dontKnow: Bool, at t: Double) -> [EngineNotice] {
        let question: String
        let section: String?
        if item.hasPrefix("gap:") {
            guard let gap = state.content.gaps[item] else { return [.unknownItem(item)] }
            state.content.gaps[item]?.parked = true
            state.content.gaps[item]?.asked = true
            question = gap.question
            section = self.section(of: gap)
        } else {
            guard let step = scriptedStep(item), case .ask(let q) = step.step.kind else { return [.unknownItem(item)] }
            state.content.items[item] = .parked
            question = render(q.text)
            section = workshop.charter.section(ofField: q.field)?.id
        }
        addOpenQuestion(item: item, question: question, owner: owner, dontKnow: dontKnow, section: section, at: t)
        state.content.reopened.removeAll { $0 == item }
        state.content.done.append(DoneItem(item: item, phaseIndex: state.content.phaseIndex))
        return []
    }

    mutating func addOpenQuestion(item: String, question: String, owner: String?, dontKnow: Bool, section: String?, at t: Double) {
        let id = "oq\(state.content.nextOpenQuestion)"
        state.content.nextOpenQuestion += 1
        let clean = owner.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        state.content.openQuestions.append(OpenQuestionState(id: id, item: item, question: question, owner: clean,
                                                             dontKnow: dontKnow, section: section, time: t,
                                                             ownerAsked: clean != nil))
    }

    mutating func assignOwner(_ id: String, _ owner: String) -> [EngineNotice] {
        guard let i = state.content.openQuestions.firstIndex(where: { $0.id == id }) else { return [.unknownItem("owner:\(id)")] }
        state.content.openQuestions[i].owner = owner
        state.content.openQuestions[i].ownerAsked = true
        return []
    }

    mutating func edit(_ pathText: String, _ value: Value, at t: Double, changed: inout Set<String>?) -> [EngineNotice] {
        guard let path = FieldPath(parsing: pathText), let field = CharterPaths.fieldModel(at: path, in: workshop.charter) else {
            return [.pathGone(pathText)]
        }
        guard CharterPaths.fits(value, field.type) else { return [.valueDoesNotFit(pathText)] }
        let fresh = assignIDs(value)
        var replaced: Value?
        guard CharterPaths.update(path, in: &state.content.charter, { old in
            replaced = old
            return fresh
        }) else { return [.pathGone(pathText)] }
        if let root = path.rootField { changed?.insert(root) }
        forgetDecisions(on: path)
        return flagIfLocked(path, replaced: replaced, value: fresh, at: t)
    }

    /// Reopens the last item answered, skipped, parked or decided; it is asked again first.
    mutating func back(at t: Double) -> [EngineNotice] {
        guard let last = state.content.done.popLast() else { return [.nothingToGoBackTo] }
        if last.item.hasPrefix("gap:") {
            state.content.gaps[last.item]?.asked = false
            state.content.gaps[last.item]?.parked = false
            state.content.gaps[last.item]?.decided = false
        } else {
            state.content.items[last.item] = nil
        }
        state.content.openQuestions.removeAll { $0.item == last.item }
        state.content.decisions.removeAll { $0.item == last.item }
        state.content.decidedPaths = Set(state.content.decisions.filter { !$0.item.hasPrefix("gap:") }
            .compactMap { FieldPath(parsing: $0.path) })
        state.content.reopened.append(last.item)
        if last.phaseIndex != state.content.phaseIndex { switchPhase(to: last.phaseIndex, at: t) }
        return []
    }

    mutating func undo(at t: Double) -> [EngineNotice] {
        guard let previous = undoStack.pop() else { return [.nothingToUndo] }
        let phaseNow = state.content.phaseIndex
        state.content = previous
        if previous.phaseIndex != phaseNow {
            state.content.phaseIndex = phaseNow
            switchPhase(to: previous.phaseIndex, at: t)
        }
        return []
    }

    /// "Finir à l'heure": what remains of the phase goes to the open questions.
    mutating func parkRest(_ phaseID: String, at t: Double) -> [EngineNotice] {
        guard let p = workshop.phases.firstIndex(where: { $0.id == phaseID }) else { return [.unknownPhase(phaseID)] }
        state.content.parkOffers[phaseID] = true
        for item in pendingItems(phase: p, at: t, includeAdvisory: true) {
            switch item.kind {
            case .question, .gap:
                _ = park(item.id, owner: nil, dontKnow: false, at: t)
                if let i = state.content.openQuestions.indices.last { state.content.openQuestions[i].ownerAsked = true }
            case .say, .checkpoint:
                _ = mark(item.id, .skipped)
            case .ownerFollowUp, .parkOffer, .end:
                break
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
              !hasPendingItems(phase: state.content.phaseIndex, includeAdvisory: !isBehind(at: t)) {
            switchPhase(to: state.content.phaseIndex + 1, at: t)
        }
    }

    func render(_ text: InterpolatedText) -> String {
        Interpolator.render(text, in: evaluationContext())
    }

    /// A field written again voids the decisions taken on it (they were about the old value) and
    /// answers the open questions that were waiting for it.
    mutating func forgetDecisions(on path: FieldPath) {
        let answered = Set(state.content.openQuestions.filter { answerTarget(of: $0.item) == path }.map(\.id))
        if !answered.isEmpty { state.content.openQuestions.removeAll { answered.contains($0.id) } }
        state.content.decidedPaths.remove(path)
        guard state.content.decisions.contains(where: { $0.item.hasPrefix("gap:") && $0.path == path.description }) else { return }
        for gap in state.content.gaps where gap.decided && gap.target == path {
            state.content.gaps[gap.key]?.decided = false
        }
    }
}

/// What is still to do in a phase, in agenda order, worked out only as far as it is read: `first`
/// and `isEmpty` look no further than the first item, and a rule's gaps after its first pending
/// one (`RuleGaps.first`) are sorted only when the walk goes past it.
///
/// The order: the answer under way (an item whose lines are partly typed, see `answerUnderWay`;
/// only when `back` reopened nothing), items reopened by `back` (latest first), the scope of a
/// decision just taken (`Engine.offerDecisionScope`), "who will answer?" follow-ups, the gaps the rules raised (rules in agenda order, each rule's gaps in the
/// order of their bindings), then the phase's scripted steps not done yet. An item comes once:
/// the answer under way is not walked again later. Rules scoped to the end fire once the last
/// phase's steps up to its review point are done (`Workshop.reviewPoint`), so before its closing
/// words and checks; advisory rules only when the workshop is on time (`includeAdvisory`).
struct PendingItems: Sequence {
    struct Entry: Sendable, Hashable {
        var id: ItemID
        var reopened: Bool
        /// The answer under way: asked before the park offer too.
        var underWay = false
    }

    let engine: Engine
    let phase: Int
    let includeAdvisory: Bool

    var first: Entry? { makeIterator().next() }

    var isEmpty: Bool { first == nil }

    func makeIterator() -> AnyIterator<Entry> {
        let (engine, p, includeAdvisory) = (self.engine, self.phase, self.includeAdvisory)
        let content = engine.state.content, phase = engine.workshop.phases[p]
        let atEnd = p == engine.workshop.phases.count - 1 && !content.steps[p].prefix(engine.script.reviewPoint + 1).contains(nil)
        let underWay = engine.answerUnderWay(phase: p)
        var underWayDue = underWay != nil
        var reopened = content.reopened.reversed().lazy.filter { engine.exists($0) }.makeIterator()
        var scopes = content.scopeQuestions.makeIterator()
        var followUps = content.openQuestions.lazy.filter { $0.owner == nil && !$0.ownerAsked && engine.isStanding($0) }.makeIterator()
        var gaps = engine.plan.agendaOrder.lazy
            .filter { content.gaps[$0].first != nil && engine.ruleInScope($0, phase: phase, atEnd: atEnd, includeAdvisory: includeAdvisory) }
            .flatMap { engine.pendingGaps(ofRule: $0) }.makeIterator()
        var steps = content.steps[p].indices.lazy.filter { content.steps[p][$0] == nil }.makeIterator()
        return AnyIterator {
            if underWayDue, let id = underWay {
                underWayDue = false
                return Entry(id: id, reopened: false, underWay: true)
            }
            if let id = reopened.next() { return Entry(id: id, reopened: true) }
            if let id = scopes.next() { return Entry(id: .decisionScope(id), reopened: false) }
            if let oq = followUps.next() { return Entry(id: .ownerFollowUp(openQuestion: oq.id), reopened: false) }
            while let id = gaps.next() {
                if ItemID.gap(id) != underWay { return Entry(id: .gap(id), reopened: false) }
            }
            while let index = steps.next() {
                let id = ItemID.step(phase: phase.id, step: phase.steps[index].id)
                if id != underWay { return Entry(id: id, reopened: false) }
            }
            return nil
        }
    }
}

extension Engine {
    /// A rule's gaps to ask now, in agenda order: its first pending gap, then (only if read that
    /// far) the others, sorted.
    func pendingGaps(ofRule index: Int) -> UnfoldSequence<GapID, GapID?> {
        let gaps = state.content.gaps[index]
        var rest: ArraySlice<GapID>?
        return sequence(state: gaps.first) { first -> GapID? in
            if let id = first {
                first = nil
                return id
            }
            if rest == nil { rest = sortedGaps(gaps.all.values.filter { isPending($0) }).map(\.id).dropFirst() }
            return rest?.popFirst()
        }
    }

    /// True when the rule's gaps may be asked now (its phases, and advisory ones only when on time).
    func ruleInScope(_ index: Int, phase: Phase, atEnd: Bool, includeAdvisory: Bool) -> Bool {
        if workshop.rules[index].weight == .advisory && !includeAdvisory { return false }
        switch workshop.rules[index].scope {
        case .anyPhase: return true
        case .phases(let ids): return ids.contains(phase.id)
        case .atEnd: return atEnd
        }
    }

    /// True when an item id names a step of the script or a gap raised so far.
    func exists(_ id: ItemID) -> Bool {
        switch id {
        case .step: plan.step(id) != nil
        case .gap(let gap): self.gap(gap) != nil
        default: false
        }
    }
}

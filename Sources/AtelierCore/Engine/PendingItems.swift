/// What is still to do in a phase, in agenda order, worked out only as far as it is read: `first`
/// and `isEmpty` look no further than the first item, and a rule's gaps after its first pending
/// one (`RuleGaps.first`) are sorted only when the walk goes past it.
///
/// The order: items reopened by `back` (latest first), "who will answer?" follow-ups, the gaps the
/// rules raised (rules in agenda order, each rule's gaps in the order of their bindings), then the
/// phase's scripted steps not done yet. Rules scoped to the end fire once the last phase's steps
/// are done; advisory rules only when the workshop is on time (`includeAdvisory`).
struct PendingItems: Sequence {
    struct Entry: Sendable, Hashable {
        var id: ItemID
        var reopened: Bool
    }

    let engine: Engine
    let phase: Int
    let includeAdvisory: Bool

    var first: Entry? {
        var iterator = makeIterator()
        return iterator.next()
    }
    var isEmpty: Bool { first == nil }

    func makeIterator() -> FlattenSequence<[AnySequence<Entry>]>.Iterator {
        let (engine, p) = (self.engine, self.phase)
        let content = engine.state.content, phase = engine.workshop.phases[p]
        let atEnd = p == engine.workshop.phases.count - 1 && !content.steps[p].contains(nil)
        let reopened = content.reopened.reversed().lazy.filter { engine.exists($0) }.map { Entry(id: $0, reopened: true) }
        let followUps = content.openQuestions.lazy.filter { $0.owner == nil && !$0.ownerAsked }
            .map { Entry(id: .ownerFollowUp(openQuestion: $0.id), reopened: false) }
        let gaps = engine.plan.agendaOrder.lazy
            .filter { [includeAdvisory] in engine.ruleInScope($0, phase: phase, atEnd: atEnd, includeAdvisory: includeAdvisory) }
            .flatMap { engine.pendingGaps(ofRule: $0) }.map { Entry(id: .gap($0), reopened: false) }
        let steps = content.steps[p].indices.lazy.filter { content.steps[p][$0] == nil }
            .map { Entry(id: .step(phase: phase.id, step: phase.steps[$0].id), reopened: false) }
        return [AnySequence(reopened), AnySequence(followUps), AnySequence(gaps), AnySequence(steps)].joined().makeIterator()
    }
}

extension Engine {
    /// A rule's gaps to ask now, in agenda order: its first pending gap, then (only if read that
    /// far) the others, sorted.
    func pendingGaps(ofRule index: Int) -> some Sequence<GapID> {
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

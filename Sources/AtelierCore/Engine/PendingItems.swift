/// What is still to do in a phase, in agenda order, worked out as it is read: `first` looks at
/// the first non-empty group only, and a rule's gaps are sorted only when the walk reaches them.
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

    func makeIterator() -> Iterator { Iterator(walk: self) }

    struct Iterator: IteratorProtocol {
        private enum Stage {
            /// At a rule: its first pending gap is known (`RuleGaps.first`); the rest are sorted
            /// only when the walk goes on past it.
            case reopened(Int), followUps(Int), gaps(rank: Int, rest: ArraySlice<GapID>?), steps(Int), done
        }

        private let walk: PendingItems
        private let atEnd: Bool
        private var stage = Stage.reopened(0)

        init(walk: PendingItems) {
            self.walk = walk
            let content = walk.engine.state.content
            let isLast = walk.phase == walk.engine.workshop.phases.count - 1
            atEnd = isLast && !content.steps[walk.phase].contains(nil)
        }

        mutating func next() -> Entry? {
            let engine = walk.engine
            let content = engine.state.content
            while true {
                switch stage {
                case .reopened(let n):
                    guard n < content.reopened.count else { stage = .followUps(0); continue }
                    stage = .reopened(n + 1)
                    let id = content.reopened[content.reopened.count - 1 - n]
                    if engine.exists(id) { return Entry(id: id, reopened: true) }
                case .followUps(let n):
                    guard let i = content.openQuestions[n...].firstIndex(where: { $0.owner == nil && !$0.ownerAsked }) else {
                        stage = .gaps(rank: -1, rest: [])
                        continue
                    }
                    stage = .followUps(i + 1)
                    return Entry(id: .ownerFollowUp(openQuestion: content.openQuestions[i].id), reopened: false)
                case .gaps(let rank, nil):
                    stage = .gaps(rank: rank, rest: pendingGaps(ofRule: engine.plan.agendaOrder[rank]).dropFirst())
                case .gaps(let rank, var rest?):
                    if let id = rest.popFirst() {
                        stage = .gaps(rank: rank, rest: rest)
                        return Entry(id: .gap(id), reopened: false)
                    }
                    let next = rank + 1
                    guard next < engine.plan.agendaOrder.count else { stage = .steps(0); continue }
                    let index = engine.plan.agendaOrder[next]
                    guard inScope(index), let first = content.gaps[index].first else {
                        stage = .gaps(rank: next, rest: [])
                        continue
                    }
                    stage = .gaps(rank: next, rest: nil)
                    return Entry(id: .gap(first), reopened: false)
                case .steps(let n):
                    let statuses = content.steps[walk.phase]
                    guard let s = statuses[n...].firstIndex(where: { $0 == nil }) else { stage = .done; continue }
                    stage = .steps(s + 1)
                    let phase = engine.workshop.phases[walk.phase]
                    return Entry(id: .step(phase: phase.id, step: phase.steps[s].id), reopened: false)
                case .done:
                    return nil
                }
            }
        }

        private func inScope(_ index: Int) -> Bool {
            walk.engine.ruleInScope(index, phase: walk.engine.workshop.phases[walk.phase], atEnd: atEnd,
                                    includeAdvisory: walk.includeAdvisory)
        }

        /// A rule's gaps to ask now, in agenda order (see `Engine.isPending`).
        private func pendingGaps(ofRule index: Int) -> ArraySlice<GapID> {
            let engine = walk.engine
            return engine.sortedGaps(engine.state.content.gaps[index].all.values.filter { engine.isPending($0) }).map(\.id)[...]
        }
    }
}

extension Engine {
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

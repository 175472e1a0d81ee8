/// The gaps of one rule still to ask, first in agenda order at the top (a binary heap), so that
/// "what to ask next" does not look at every gap a long list raised. An entry goes stale when its
/// gap is asked, closed or moves; after each event the engine drops stale entries from the top
/// (`Engine.refreshQueues`), so the top is always the rule's first pending gap.
struct GapQueue: Sendable, Hashable {
    struct Entry: Sendable, Hashable {
        var ordinal: GapOrdinal
        var id: GapID

        func precedes(_ other: Entry) -> Bool {
            ordinal != other.ordinal ? ordinal < other.ordinal : id < other.id
        }
    }

    private(set) var entries: [Entry] = []

    var top: Entry? { entries.first }

    /// A queue holding exactly `entries`, in order (a sorted array is a heap).
    init(_ entries: [Entry] = []) {
        self.entries = entries.sorted { $0.precedes($1) }
    }

    mutating func push(_ entry: Entry) {
        entries.append(entry)
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].precedes(entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    mutating func popTop() {
        guard !entries.isEmpty else { return }
        entries.swapAt(0, entries.count - 1)
        entries.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var first = parent
            if left < entries.count, entries[left].precedes(entries[first]) { first = left }
            if right < entries.count, entries[right].precedes(entries[first]) { first = right }
            guard first != parent else { return }
            entries.swapAt(parent, first)
            parent = first
        }
    }
}

extension Engine {
    /// A gap to ask when its rule is in scope: open, not yet asked, decided, parked or reopened,
    /// not aimed at a decided field.
    func isPending(_ gap: GapState) -> Bool {
        guard gap.open, !gap.asked, !gap.decided, !gap.parked else { return false }
        if let target = gap.target, state.content.decidedPaths.contains(target) { return false }
        return !state.content.reopened.contains(.gap(gap.id))
    }

    /// After an event: the gaps it made pending join their rule's queue, and each queue it may have
    /// changed drops its stale entries from the top. A decision taken or voided on a field changes
    /// every gap aimed at it.
    mutating func refreshQueues(decidedBefore: Set<FieldPath>) {
        let decided = state.content.decidedPaths
        // (Nothing to do must not even begin a write: that would copy the table a checkpoint shares.)
        guard !tracker.gaps.isEmpty || decided != decidedBefore else { return }
        var touched = Array(tracker.gaps.keys)
        if decided != decidedBefore {
            let moved = decided.symmetricDifference(decidedBefore)
            touched += state.content.gaps.flatMap { $0.all.values.filter { $0.target.map(moved.contains) == true }.map(\.id) }
        }
        var rules = Set<Int>()
        var pending: [GapState] = []
        for id in touched {
            guard let index = plan.ruleIndex[id.rule] else { continue }
            rules.insert(index)
            if let gap = state.content.gaps[index].all[id], isPending(gap) { pending.append(gap) }
        }
        // In agenda order, not in the order of a hashed table: the same in every run.
        for gap in sortedGaps(pending) {
            state.content.gaps[gap.ruleIndex].queue.push(GapQueue.Entry(ordinal: gap.ordinal, id: gap.id))
        }
        // Stale entries below the top stay until they reach it: past twice the rule's gaps, the
        // queue is built again from its pending gaps (so it never costs more than the gaps do).
        for index in rules where state.content.gaps[index].queue.entries.count > 2 * state.content.gaps[index].all.count + 8 {
            let pending = state.content.gaps[index].all.values.filter { isPending($0) }
            state.content.gaps[index].queue = GapQueue(pending.map { GapQueue.Entry(ordinal: $0.ordinal, id: $0.id) })
        }
        for index in rules {
            while let top = state.content.gaps[index].queue.top {
                if let gap = state.content.gaps[index].all[top.id], gap.ordinal == top.ordinal, isPending(gap) { break }
                state.content.gaps[index].queue.popTop()
            }
        }
    }
}

/// What applying one event changed, for the front end: what to say back, and which gaps opened or
/// closed, so a session can say "this point is settled" without listing every gap around each event.
public struct EngineChanges: Sendable, Hashable {
    /// What the engine says back about the event (an item the script no longer has, a locked section…).
    public var notices: [EngineNotice] = []
    /// Gaps open after the event and not before (new, or raised again), in agenda order.
    public var openedGaps: [GapInfo] = []
    /// Gaps open before the event and not after (filled, decided, no longer raised), in agenda
    /// order, as they stood before it.
    public var closedGaps: [GapInfo] = []

    /// True when the event was not applied (see `EngineNotice.rejectsEvent`).
    public var rejected: Bool { notices.contains(where: \.rejectsEvent) }
}

/// The gaps the event being applied touched, each with its state before the event (nil: it did
/// not exist yet).
struct ChangeTracker: Sendable {
    private(set) var gaps: [GapID: GapState?] = [:]

    mutating func touch(_ id: GapID, before: GapState?) {
        if gaps.index(forKey: id) == nil { gaps[id] = .some(before) }
    }
}

extension Engine {
    /// The gaps whose openness changed among `candidates` (id -> state before), `decidedBefore`
    /// being the decided paths before the event: a decision taken or voided on a field opens or
    /// closes every gap aimed at it, so those are candidates too.
    func changes(_ notices: [EngineNotice], candidates: [GapID: GapState?], decidedBefore: Set<FieldPath>) -> EngineChanges {
        let decided = state.content.decidedPaths
        guard !candidates.isEmpty || decided != decidedBefore else { return EngineChanges(notices: notices) }
        var candidates = candidates
        if decided != decidedBefore {
            let moved = decided.symmetricDifference(decidedBefore)
            for bucket in state.content.gaps {
                for gap in bucket.all.values where gap.target.map(moved.contains) == true && candidates.index(forKey: gap.id) == nil {
                    candidates[gap.id] = .some(gap)
                }
            }
        }
        var result = EngineChanges(notices: notices)
        var opened: [GapState] = [], closed: [GapState] = []
        for (id, before) in candidates {
            let wasOpen = before.map { isOpenGap($0, decided: decidedBefore) } ?? false
            let now = gap(id)
            let isOpen = now.map { isOpenGap($0, decided: decided) } ?? false
            if wasOpen, !isOpen, let before { closed.append(before) }
            if isOpen, !wasOpen, let now { opened.append(now) }
        }
        result.openedGaps = sortedGaps(opened).map { info($0) }
        result.closedGaps = sortedGaps(closed).map { info($0) }
        return result
    }
}

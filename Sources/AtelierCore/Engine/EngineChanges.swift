/// What applying one event changed, for the front end: what to say back, and which gaps opened or
/// closed, so a session can say "this point is settled" without listing every gap around each event.
public struct EngineChanges: Sendable, Hashable {
    /// What the engine says back about the event (an item the script no longer has, a locked section…).
    public var notices: [EngineNotice] = []
    /// Gaps open after the event and not before (new, or raised again), in agenda order.
    package var openedGaps: [GapInfo] = []
    /// Gaps open before the event and not after (filled, decided, no longer raised), in agenda
    /// order, as they stood before it.
    public var closedGaps: [GapInfo] = []
    /// The values to read back to the client, in words: the dates an answer, a line or an edit
    /// wrote (« 13 octobre 2026 », « fin mars 2027 »), a choice kept in the client's words.
    public var readBack: [ReadBack] = []

    /// True when the event was not applied (see `EngineNotice.rejectsEvent`).
    package var rejected: Bool { notices.contains(where: \.rejectsEvent) }
}

extension Engine {
    /// Notes that the event being applied changes a gap, and how it stood before (nil: new).
    mutating func touch(_ id: GapID, before: GapState?) {
        if touchedGaps.index(forKey: id) == nil { touchedGaps[id] = .some(before) }
    }

    /// The gaps aimed at a field whose decision was taken or voided since `before`: their
    /// openness may have changed with it.
    func gapsAimed(atDecisionsChangedSince before: Set<FieldPath>) -> [GapState] {
        let moved = state.content.decidedPaths.symmetricDifference(before)
        guard !moved.isEmpty else { return [] }
        return state.content.gaps.flatMap { $0.all.values.filter { $0.target.map(moved.contains) == true } }
    }

    /// The gaps whose openness changed among `candidates` (id -> state before), `decidedBefore`
    /// being the decided paths before.
    func changes(_ notices: [EngineNotice], candidates: [GapID: GapState?], decidedBefore: Set<FieldPath>) -> EngineChanges {
        var result = EngineChanges(notices: notices)
        var opened: [GapState] = [], closed: [GapState] = []
        for (id, before) in candidates {
            let wasOpen = before.map { isOpenGap($0, decided: decidedBefore) } ?? false
            let now = gap(id)
            let isOpen = now.map { isOpenGap($0, decided: state.content.decidedPaths) } ?? false
            if wasOpen, !isOpen, let before { closed.append(before) }
            if isOpen, !wasOpen, let now { opened.append(now) }
        }
        result.openedGaps = sortedGaps(opened).map { info($0) }
        result.closedGaps = sortedGaps(closed).map { info($0) }
        return result
    }
}

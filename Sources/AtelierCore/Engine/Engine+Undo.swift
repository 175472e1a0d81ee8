/// Undo takes back the last event that changed something, as if it had never been applied: it
/// restores the last checkpoint before that event and applies the events since, without it. So
/// undo and a replay without the event give the same state, by construction.
extension Engine {
    /// The undo itself stays in the history as a tick of the clock (nothing else), so that taking
    /// back an earlier event later replays the same moves from phase to phase.
    mutating func undo(_ event: Event) -> EngineChanges {
        let decidedBefore = state.content.decidedPaths
        guard let takeBack = history.takeBack() else {
            _ = record(event, counts: true)
            return changes([.nothingToUndo], candidates: touchedGaps, decidedBefore: decidedBefore)
        }
        // What was before, to say which gaps the undo opened or closed (not the logs: they are cut in place).
        let previous = state.content
        state.content = takeBack.checkpoint.content
        state.timing = takeBack.checkpoint.timing
        state.logs.cut(to: takeBack.checkpoint.logs)
        var touched = Set(takeBack.touched)
        for entry in takeBack.replay.map(\.event) + [event] {
            touchedGaps = [:]
            _ = record(entry, counts: false)
            touched.formUnion(touchedGaps.keys)
        }
        touched.formUnion(gapsAimed(atDecisionsChangedSince: previous.decidedPaths).map(\.id))
        var candidates: [GapID: GapState?] = [:]
        for id in touched { candidates[id] = .some(plan.ruleIndex[id.rule].flatMap { previous.gaps[$0].all[id] }) }
        return changes([], candidates: candidates, decidedBefore: previous.decidedPaths)
    }
}

/// The events undo can take back and the checkpoints it restores. A checkpoint is taken before
/// an event undo could take back: before each of them in a script of the flagship's size, every
/// few of them when there are many rules or long lists, so that what a checkpoint costs (the
/// first write after it copies the tables it shares) stays the same per event whatever their size.
struct UndoHistory: Sendable {
    struct Entry: Sendable {
        var event: Event
        /// Undo can take it back (it was applied, and is not `said`, `resume`, `quit` or an undo).
        var undoable: Bool
        /// The gaps it touched when it was applied (to say which ones an undo opens or closes).
        var gaps: [GapID]
    }

    struct Checkpoint: Sendable {
        /// How many entries came before it.
        var position: Int
        var content: EngineState.Content
        var timing: EngineState.Timing
        var logs: EngineState.Logs.Lengths
    }

    /// The size of the tables every checkpoint has copied after it (charter fields, rules).
    let fixedSize: Int
    private(set) var entries: [Entry] = []
    private(set) var checkpoints: [Checkpoint] = []
    /// How many events undo can take back now: at most `Engine.undoDepth`.
    private var available = 0
    private var undoableSinceCheckpoint = 0
    /// The longest list of the charter written since the last checkpoint.
    private var largestWrite = 0

    init(fixedSize: Int) { self.fixedSize = fixedSize }

    mutating func noteWrite(size: Int) { largestWrite = max(largestWrite, size) }

    /// Before an event undo could take back: a checkpoint once applying the events since the
    /// last one again would cost about what a checkpoint's copies cost (one event for every 256
    /// entries of the tables written after it).
    mutating func checkpointIfDue(_ state: EngineState) {
        guard checkpoints.isEmpty || undoableSinceCheckpoint >= (fixedSize + largestWrite) / 256 else { return }
        checkpoints.append(Checkpoint(position: entries.count, content: state.content, timing: state.timing, logs: state.logs.lengths))
        undoableSinceCheckpoint = 0
        largestWrite = 0
    }

    /// `counts`: a new event (not one applied again after an undo) adds one to what undo can reach.
    mutating func append(_ event: Event, undoable: Bool, counts: Bool, gaps: [GapID]) {
        entries.append(Entry(event: event, undoable: undoable, gaps: gaps))
        guard undoable else { return }
        undoableSinceCheckpoint += 1
        if counts { available = min(available + 1, Engine.undoDepth) }
        if entries.count % 16 == 0 { dropWhatUndoCannotReach() }
    }

    /// The checkpoint to restore, the entries to apply again (those since it, without the last
    /// undoable one), and the gaps those entries touched; nil when there is nothing to undo.
    mutating func takeBack() -> (checkpoint: Checkpoint, replay: [Entry], touched: [GapID])? {
        guard available > 0, let last = entries.lastIndex(where: \.undoable),
              let c = checkpoints.lastIndex(where: { $0.position <= last }) else { return nil }
        available -= 1
        let checkpoint = checkpoints[c]
        checkpoints.removeSubrange((c + 1)...)
        var replay = Array(entries[checkpoint.position...])
        entries.removeSubrange(checkpoint.position...)
        let touched = replay.flatMap(\.gaps)
        replay.remove(at: last - checkpoint.position)
        undoableSinceCheckpoint = 0
        largestWrite = 0
        return (checkpoint, replay, touched)
    }

    /// Drops the entries and checkpoints before the checkpoint the oldest event undo can still
    /// reach needs.
    private mutating func dropWhatUndoCannotReach() {
        var oldest = entries.count, reachable = available
        for i in entries.indices.reversed() where entries[i].undoable && reachable > 0 {
            oldest = i
            reachable -= 1
        }
        guard let c = checkpoints.lastIndex(where: { $0.position <= oldest }), c > 0 else { return }
        let dropped = checkpoints[c].position
        entries.removeFirst(dropped)
        checkpoints.removeFirst(c)
        for k in checkpoints.indices { checkpoints[k].position -= dropped }
    }
}

/// Undo takes back the last event that changed something, as if it had never been applied: it
/// restores the last checkpoint before that event and applies the events since, without it. So
/// undo and a replay without the event give the same state, by construction.
extension Engine {
    /// The undo itself stays in the history as a tick of the clock (nothing else), so that taking
    /// back an earlier event later replays the same moves from phase to phase.
    mutating func undo(_ event: Event) -> EngineChanges {
        let decidedBefore = state.content.decidedPaths
        guard let takeBack = history.takeBack() else {
            _ = record(event, frozen: false)
            return changes([.nothingToUndo], candidates: tracker.gaps, decidedBefore: decidedBefore)
        }
        // What was before, to say which gaps the undo opened or closed (not the logs: they are cut in place).
        let previous = state.content
        state.content = takeBack.checkpoint.content
        state.timing = takeBack.checkpoint.timing
        state.logs.cut(to: takeBack.checkpoint.logs)
        var touched = Set(takeBack.touched)
        for entry in takeBack.replay + [UndoHistory.Entry(event: event, role: .kept, gaps: [])] {
            tracker = ChangeTracker()
            _ = record(entry.event, frozen: entry.role == .frozen)
            touched.formUnion(tracker.gaps.keys)
        }
        var candidates: [GapID: GapState?] = [:]
        for id in touched { candidates[id] = .some(plan.ruleIndex[id.rule].flatMap { previous.gaps[$0].all[id] }) }
        return changes([], candidates: candidates, decidedBefore: previous.decidedPaths)
    }
}

/// The events undo can take back and the checkpoints it restores. A checkpoint is taken before
/// an event undo could take back; in a small session before each of them, in a large one (many
/// rules, long lists, many gaps) every few of them, so that what a checkpoint costs (the first
/// write after it copies the tables it shares) stays the same per event whatever their size.
struct UndoHistory: Sendable {
    enum Role: Sendable {
        /// Never taken back: an event that changes nothing undo restores (`said`, `resume`, an undo
        /// itself…), or one that was refused. Applied again after an undo.
        case kept
        /// Undo can take it back.
        case undoable
        /// Further back than `Engine.undoDepth` undoable events: only applied again.
        case frozen
    }

    struct Entry: Sendable {
        var event: Event
        var role: Role
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

    /// What the tables copied after every checkpoint hold whatever the session (the charter's
    /// fields, the rules' gap tables).
    let fixedSize: Int
    private(set) var entries: [Entry] = []
    private(set) var checkpoints: [Checkpoint] = []
    private var undoableSinceCheckpoint = 0
    private var undoableCount = 0
    /// The largest list or gap table written since the last checkpoint.
    private var largestWrite = 0
    /// No undoable entry comes before this index.
    private var oldestUndoable = 0

    init(fixedSize: Int) { self.fixedSize = fixedSize }

    mutating func noteWrite(size: Int) { largestWrite = max(largestWrite, size) }

    /// Before an event undo could take back: a checkpoint once the events since the last one
    /// would cost about as much to apply again as the copies a checkpoint causes — one for every
    /// 256 entries of the tables written after it.
    mutating func checkpointIfDue(_ state: EngineState) {
        guard checkpoints.isEmpty || undoableSinceCheckpoint >= (fixedSize + largestWrite) / 256 else { return }
        checkpoints.append(Checkpoint(position: entries.count, content: state.content, timing: state.timing, logs: state.logs.lengths))
        undoableSinceCheckpoint = 0
        largestWrite = 0
    }

    mutating func append(_ event: Event, role: Role, gaps: [GapID]) {
        entries.append(Entry(event: event, role: role, gaps: gaps))
        guard role == .undoable else { return }
        undoableSinceCheckpoint += 1
        undoableCount += 1
        if undoableCount > Engine.undoDepth { freezeOldest() }
    }

    /// The checkpoint to restore, the entries to apply again (those since it, without the last
    /// undoable one), and the gaps those entries touched; nil when there is nothing to undo.
    mutating func takeBack() -> (checkpoint: Checkpoint, replay: [Entry], touched: [GapID])? {
        guard let last = entries.lastIndex(where: { $0.role == .undoable }),
              let c = checkpoints.lastIndex(where: { $0.position <= last }) else { return nil }
        let checkpoint = checkpoints[c]
        checkpoints.removeSubrange((c + 1)...)
        var replay = Array(entries[checkpoint.position...])
        entries.removeSubrange(checkpoint.position...)
        let touched = replay.flatMap(\.gaps)
        replay.remove(at: last - checkpoint.position)
        undoableCount = entries.count { $0.role == .undoable }
        undoableSinceCheckpoint = 0
        largestWrite = 0
        oldestUndoable = min(oldestUndoable, entries.count)
        return (checkpoint, replay, touched)
    }

    /// The oldest undoable entry can no longer be taken back; what comes before the checkpoint
    /// the remaining ones need is dropped (in batches, not at every event).
    private mutating func freezeOldest() {
        guard let i = entries[oldestUndoable...].firstIndex(where: { $0.role == .undoable }) else { return }
        entries[i].role = .frozen
        undoableCount -= 1
        oldestUndoable = entries[(i + 1)...].firstIndex(where: { $0.role == .undoable }) ?? entries.count
        guard let c = checkpoints.lastIndex(where: { $0.position <= oldestUndoable }), checkpoints[c].position >= 16 else { return }
        let dropped = checkpoints[c].position
        entries.removeFirst(dropped)
        checkpoints.removeFirst(c)
        for k in checkpoints.indices { checkpoints[k].position -= dropped }
        oldestUndoable -= dropped
    }
}

/// The snapshots undo restores, newest last, at most `depth` of them. Dropping the oldest one at
/// every push would move the whole stack each time; the oldest are dropped in bulk instead, and
/// a count keeps what undo may reach exactly `depth` deep.
struct UndoStack: Sendable {
    let depth: Int
    private var snapshots: [EngineState.Content] = []
    /// How many of the newest snapshots undo may restore.
    private(set) var count = 0

    init(depth: Int) { self.depth = depth }

    mutating func push(_ content: EngineState.Content) {
        snapshots.append(content)
        count = min(count + 1, depth)
        if snapshots.count > 2 * depth { snapshots.removeFirst(snapshots.count - count) }
    }

    mutating func pop() -> EngineState.Content? {
        guard count > 0, let last = snapshots.popLast() else { return nil }
        count -= 1
        return last
    }
}

/// The snapshots undo restores, newest last, at most `depth` of them, in a ring: pushing past the
/// depth replaces the oldest in place, so no push moves or frees more than one snapshot.
struct UndoStack: Sendable {
    let depth: Int
    private var ring: [EngineState.Content?]
    private var start = 0
    /// How many snapshots undo may restore.
    private(set) var count = 0

    init(depth: Int) {
        self.depth = depth
        ring = Array(repeating: nil, count: depth)
    }

    mutating func push(_ content: EngineState.Content) {
        guard depth > 0 else { return }
        if count < depth {
            ring[(start + count) % depth] = content
            count += 1
        } else {
            ring[start] = content
            start = (start + 1) % depth
        }
    }

    mutating func pop() -> EngineState.Content? {
        guard count > 0 else { return nil }
        let index = (start + count - 1) % depth
        let content = ring[index]
        ring[index] = nil
        count -= 1
        return content
    }
}

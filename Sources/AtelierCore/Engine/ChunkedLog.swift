/// An append-only list (with `popLast`) kept in chunks, so that appending to a copy shared with an
/// undo snapshot copies one chunk and the chunk table, not the whole list: the engine keeps a
/// snapshot of its state before every event, and a long session's notes and answered items would
/// otherwise be copied in full at each event.
struct ChunkedLog<Element: Sendable & Hashable>: Sendable, Hashable, Sequence {
    private static var chunkSize: Int { 256 }
    private var chunks: [[Element]] = []

    init() {}

    var isEmpty: Bool { chunks.isEmpty }

    mutating func append(_ element: Element) {
        if let last = chunks.indices.last, chunks[last].count < Self.chunkSize {
            chunks[last].append(element)
        } else {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunk.append(element)
            chunks.append(chunk)
        }
    }

    mutating func popLast() -> Element? {
        guard let last = chunks.indices.last else { return nil }
        let element = chunks[last].popLast()
        if chunks[last].isEmpty { chunks.removeLast() }
        return element
    }

    func makeIterator() -> FlattenSequence<[[Element]]>.Iterator { chunks.joined().makeIterator() }
}

import FlyingFox
import FlyingSocks

/// A viewer's messages as the bytes of an HTTP body that never ends (server-sent events): each
/// message is handed to the connection as soon as it is published.
struct EventStreamBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let messages: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(messages: messages.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var messages: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            guard let buffer = await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        /// Up to `count` bytes of the current message; waits for the next message when it is sent.
        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let message = await messages.next() else { return nil }
                pending = message[...]
            }
            let chunk = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(chunk.count)
            return chunk
        }
    }
}

import Foundation

/// The latest snapshot, encoded once as an event-stream message, and the viewers waiting for the
/// next one. Publishing never waits for a viewer: each has a buffer of the two newest messages, and
/// as every message is a whole snapshot, a slow viewer that misses one only skips to the next.
final class BoardHub: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: [UInt8]
    private var snapshot: BoardSnapshot
    private var viewers: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    private var closed = false

    init(first: BoardSnapshot) {
        snapshot = first
        latest = BoardStream.message(first)
    }

    /// The snapshot published last (the page a viewer loads starts from it).
    var latestSnapshot: BoardSnapshot { lock.withLock { snapshot } }

    /// How many viewers are connected.
    var viewerCount: Int { lock.withLock { viewers.count } }

    /// The snapshot every viewer gets next, and any viewer who connects from now on.
    func publish(_ next: BoardSnapshot) {
        let message = BoardStream.message(next)
        let targets = lock.withLock {
            latest = message
            snapshot = next
            return Array(viewers.values)
        }
        for viewer in targets { viewer.yield(message) }
    }

    /// Sent to every viewer without replacing the latest snapshot (a keep-alive comment).
    func broadcast(_ message: [UInt8]) {
        for viewer in lock.withLock({ Array(viewers.values) }) { viewer.yield(message) }
    }

    /// A new viewer's messages: the latest snapshot first, then each one published.
    func subscribe() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(2))
        let id = UUID()
        let first: [UInt8]? = lock.withLock {
            guard !closed else { return nil }
            viewers[id] = continuation
            return latest
        }
        guard let first else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        continuation.yield(first)
        return stream
    }

    /// Ends every viewer's stream; later viewers get an empty one.
    func close() {
        let targets = lock.withLock {
            closed = true
            defer { viewers = [:] }
            return Array(viewers.values)
        }
        for viewer in targets { viewer.finish() }
    }

    private func remove(_ id: UUID) {
        _ = lock.withLock { viewers.removeValue(forKey: id) }
    }
}

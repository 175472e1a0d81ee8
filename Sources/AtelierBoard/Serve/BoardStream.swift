import Foundation

/// The event stream's messages (server-sent events): a whole snapshot each, as one line of JSON.
enum BoardStream {
    /// Milliseconds a viewer's browser waits before connecting again after losing the stream.
    static let retryMilliseconds = 1_000

    /// `id`, `retry` and the snapshot as `data` (JSON has no raw line break, so one line).
    static func message(_ snapshot: BoardSnapshot) -> [UInt8] {
        Array("id: \(snapshot.version)\nretry: \(retryMilliseconds)\ndata: \(json(snapshot))\n\n".utf8)
    }

    /// Every 15 seconds: keeps the connection open through sleeping routers, lets the page see a
    /// stream that went silent (and reconnect), and lets the server see a viewer that left.
    static let keepAlive = Array("event: ping\ndata: \n\n".utf8)

    /// JSON inside the page's `<script type="application/json">`: no `<` at all, so nothing can
    /// close the element (the snapshot's HTML is escaped already; this covers its own tags).
    static func embedded(_ snapshot: BoardSnapshot) -> String {
        json(snapshot).replacingOccurrences(of: "<", with: "\\u003c")
    }

    /// The snapshot as one line of JSON, keys sorted (the same snapshot, the same bytes).
    private static func json(_ snapshot: BoardSnapshot) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(snapshot)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

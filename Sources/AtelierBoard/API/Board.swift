#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AtelierCore
import Foundation

/// The live charter board: a web page, on an address of this computer, showing the client's copy
/// of a session as its journal grows — the charter written so far, the question the room is
/// answering, the phase and its clocks, the open questions, what just changed.
///
/// It follows the journal file, read-only, on a thread of its own: the terminal's engine step and
/// its journaling are untouched, and no viewer can write anything (the server has no endpoint that
/// accepts data). On an address other than loopback, a random token is part of the page's address
/// and anything without it gets 404.
public final class Board: @unchecked Sendable {
    /// The addresses to open the page at (one for loopback; one per network interface otherwise).
    public let urls: [String]
    /// True when the board is reachable from the room's network (and so carries a token).
    public let isOnNetwork: Bool
    private let server: BoardServer
    private let hub: BoardHub
    private let loop: BoardLoop

    /// Starts a board for the session journaled at `path` (recorded with `workshop`, under
    /// `header`) on `address`. `live` tells whether a session is writing the journal right now (its
    /// clocks then tick on); by default, whether some Atelier holds the journal's lock.
    public init(following path: String, header: JournalHeader, workshop: Workshop, address: BoardAddress,
                live: (@Sendable () -> Bool)? = nil) throws(BoardFailure) {
        let follower: JournalFollower
        do { follower = try JournalFollower(path: path) } catch {
            throw .cannotFollow(session: path, reason: error.reason(workshop.language))
        }
        let model = BoardModel(workshop: workshop, header: header, now: Self.monotonic())
        let liveness = live ?? { SessionLiveness.isWritten(path) }
        if case .events(let events) = follower.read() { model.apply(events, readAt: Self.monotonic()) }
        let isLive = liveness()
        let hub = BoardHub(first: model.snapshot(live: isLive, wallNow: Date(), monotonicNow: Self.monotonic()))
        let token = address.isLoopback ? nil : BoardToken.random()
        let (title, client) = model.titles()
        let words = BoardText.of(workshop.language)
        server = try BoardServer(address: address, token: token, hub: hub) { snapshot in
            BoardPage.render(snapshot, title: title, client: client, words: words)
        }
        self.hub = hub
        isOnNetwork = token != nil
        urls = Self.urls(address: address, port: server.port, token: token)
        let loop = BoardLoop(model: model, follower: follower, hub: hub, liveness: liveness, live: isLive)
        self.loop = loop
        let thread = Thread { loop.run() }
        thread.name = "atelier-board"
        thread.start()
    }

    /// How many pages are connected to the event stream now.
    public var viewerCount: Int { hub.viewerCount }

    /// Stops following and serving; every page shows it lost the board (and reconnects when a new
    /// one starts on the same address).
    public func stop() {
        guard loop.stop() else { return }
        hub.close()
        server.stop()
    }

    static func monotonic() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// `http://127.0.0.1:8080/`, or on the room's network `http://192.168.1.20:8080/TOKEN/` for each
    /// address of this computer (a board on 0.0.0.0 answers on all of them).
    static func urls(address: BoardAddress, port: UInt16, token: BoardToken?) -> [String] {
        let path = token.map { "/\($0.value)/" } ?? "/"
        func url(_ host: String) -> String { host.contains(":") ? "http://[\(host)]:\(port)\(path)" : "http://\(host):\(port)\(path)" }
        guard address.host == "0.0.0.0" || address.host == "::" else { return [url(address.host)] }
        let found = NetworkInterfaces.addresses(ipv6: address.host == "::")
        return found.isEmpty ? [url(address.host == "::" ? "::1" : "127.0.0.1")] : found.map(url)
    }
}

#if canImport(Glibc)
import Glibc
#endif
import AtelierCore
import Foundation

/// The board's thread: reads what the journal gained, feeds it to the model, publishes a snapshot
/// when anything the page shows changed (an event, the session starting or stopping), and keeps
/// the viewers' connections alive.
final class BoardLoop: @unchecked Sendable {
    private let model: BoardModel
    private let follower: JournalFollower
    private let hub: BoardHub
    private let liveness: @Sendable () -> Bool
    private var isLive: Bool
    private let lock = NSLock()
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    init(model: BoardModel, follower: JournalFollower, hub: BoardHub, liveness: @escaping @Sendable () -> Bool, live: Bool) {
        self.model = model
        self.follower = follower
        self.hub = hub
        self.liveness = liveness
        isLive = live
    }

    /// How long the board lets the terminal finish its step (fsync, engine) after the journal
    /// changed, before it reads: the room does not see 20 ms, the consultant's prompt would.
    static let settle: UInt32 = 20_000

    /// Runs until `stop()`; on its own thread (it blocks while waiting for the file to change), at
    /// a lower priority than the terminal's.
    func run() {
        Self.yieldToTheTerminal()
        var lastPing = Board.monotonic()
        while !isStopped {
            step()
            if Board.monotonic() - lastPing >= 15 {
                hub.broadcast(BoardStream.keepAlive)
                lastPing = Board.monotonic()
            }
            if follower.wait(timeout: 1) { usleep(Self.settle) }
        }
        // What was written just before the stop (the session's last event) still reaches the viewers.
        step()
        finished.signal()
    }

    /// Reads, applies and publishes what changed since the last step.
    private func step() {
        var changed = false
        switch follower.read() {
        case .events(let events):
            if !events.isEmpty {
                model.apply(events, readAt: Board.monotonic())
                changed = true
            }
        case .restarted(let events):
            model.reset(now: Board.monotonic())
            model.apply(events, readAt: Board.monotonic())
            changed = true
        }
        let nowLive = liveness()
        if nowLive != isLive {
            isLive = nowLive
            changed = true
        }
        if changed { hub.publish(model.snapshot(live: isLive, wallNow: Date(), monotonicNow: Board.monotonic())) }
    }

    /// Ends `run()` and waits for it; false when it was stopped already.
    func stop() -> Bool {
        let first = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard first else { return false }
        follower.interrupt()
        _ = finished.wait(timeout: .now() + 3)
        return true
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Lowers this thread's scheduling priority, so that on a busy laptop the terminal's thread
    /// goes first. On Linux the nice value belongs to each thread, and `who = 0` is the calling one.
    private static func yieldToTheTerminal() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }
}

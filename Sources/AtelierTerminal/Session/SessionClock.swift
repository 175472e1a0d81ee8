import AtelierStore
import Foundation

/// The session clock: workshop seconds of activity. A resumed session starts from the time
/// recorded in its journal, not from the wall time since it began.
public protocol SessionClock: AnyObject {
    /// Workshop seconds now.
    func now() -> Double
    /// Wall-clock time as ISO 8601, for the journal's record.
    func wallTime() -> String
    /// Called after each line typed (a rehearsal clock moves then).
    func lineRead()
}

extension SessionClock {
    public func lineRead() {}
}

/// The real clock: a monotonic stopwatch started at `offset` seconds.
public final class StopwatchClock: SessionClock {
    private let start = ContinuousClock.now
    private let offset: Double

    public init(offset: Double = 0) {
        self.offset = offset
    }

    public func now() -> Double {
        let d = ContinuousClock.now - start
        return offset + Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    public func wallTime() -> String {
        WallClock.iso8601(Date())
    }
}

/// A clock that moves `step` seconds for each line typed: rehearsals and tests get reproducible
/// times (`ATELIER_CLOCK_STEP=60` makes each line of answer take a minute).
public final class SteppingClock: SessionClock {
    private var time: Double
    private let step: Double

    public init(offset: Double = 0, step: Double) {
        self.time = offset
        self.step = step
    }

    public func now() -> Double { time }

    public func lineRead() { time += step }

    public func wallTime() -> String {
        "1970-01-01T00:00:00Z"
    }
}

import Foundation

/// Where the session writes: the terminal, a pipe, or a test's buffer.
public protocol SessionOutput: AnyObject {
    func write(_ text: String)
    /// True when ANSI colour may be used (a terminal, NO_COLOR unset, TERM not dumb).
    var colors: Bool { get }
}

/// Standard output, flushed at each write so a watcher (or a pty test) sees it at once.
public final class StandardOutput: SessionOutput {
    public let colors: Bool

    public init(colors: Bool) {
        self.colors = colors
    }

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// `1:05` for hours:minutes.
func hoursText(_ seconds: Double) -> String {
    let m = max(0, Int(seconds)) / 60
    return "\(m / 60):\(m % 60 < 10 ? "0" : "")\(m % 60)"
}

/// `12:05` for minutes:seconds, `1:02:05` past an hour.
func clockText(_ seconds: Double) -> String {
    let s = max(0, Int(seconds))
    let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
    return s >= 3600 ? "\(s / 3600):\(two(s % 3600 / 60)):\(two(s % 60))" : "\(s / 60):\(two(s % 60))"
}

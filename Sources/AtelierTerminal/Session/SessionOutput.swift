/// Where the session writes: the terminal, a pipe, or a test's buffer.
public protocol SessionOutput: AnyObject {
    func write(_ text: String)
    /// True when ANSI colour may be used (a terminal, NO_COLOR unset, TERM not dumb).
    var colors: Bool { get }
}

/// The session's output on a text stream (standard output, or a test's buffer), written at once so
/// a watcher (or a pty test) sees it. When the stream refuses a write (`> /dev/full`, a closed
/// pipe), `onFailure` is called with the `errno`, once: the session cannot go on unseen, and every
/// line acknowledged so far is already on disk.
public final class StreamOutput: SessionOutput {
    public let colors: Bool
    private let stream: any TextStream
    private let onFailure: (Int32) -> Void
    private var failed = false

    public init(stream: any TextStream, colors: Bool, onFailure: @escaping (Int32) -> Void) {
        self.stream = stream
        self.colors = colors
        self.onFailure = onFailure
    }

    public func write(_ text: String) {
        guard !failed else { return }
        stream.write(text)
        guard let code = stream.failure else { return }
        failed = true
        onFailure(code)
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

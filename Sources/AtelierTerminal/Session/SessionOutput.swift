/// Where the session writes: the terminal, a pipe, or a test's buffer.
public protocol SessionOutput: AnyObject {
    func write(_ text: String)
    /// True when ANSI colour may be used (a terminal, NO_COLOR unset, TERM not dumb).
    var colors: Bool { get }
}

/// Standard output, written at once so a watcher (or a pty test) sees it. When standard output
/// refuses a write (`> /dev/full`, a closed pipe), `onFailure` is called with the `errno`, once:
/// the session cannot go on unseen, and every line acknowledged so far is already on disk.
public final class StandardOutput: SessionOutput {
    public let colors: Bool
    private let onFailure: (Int32) -> Void
    private var failed = false

    public init(colors: Bool, onFailure: @escaping (Int32) -> Void) {
        self.colors = colors
        self.onFailure = onFailure
    }

    public func write(_ text: String) {
        guard !failed, let code = StandardStream.write(text.utf8, to: 1) else { return }
        failed = true
        onFailure(code)
    }
}

/// ANSI styles that vanish when colour is off.
struct Paint {
    let on: Bool
    func yellow(_ s: String) -> String { on ? "\u{1B}[33m\(s)\u{1B}[0m" : s }
    func red(_ s: String) -> String { on ? "\u{1B}[31m\(s)\u{1B}[0m" : s }
    func bold(_ s: String) -> String { on ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    func dim(_ s: String) -> String { on ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    func cyan(_ s: String) -> String { on ? "\u{1B}[36m\(s)\u{1B}[0m" : s }
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

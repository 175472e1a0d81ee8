/// Where the session writes: the terminal, a pipe, or a test's buffer.
public protocol SessionOutput: AnyObject {
    func write(_ text: String)
    /// A problem with what was typed, in piped mode: standard error, so the transcript on standard
    /// output stays the interview and a script sees the problems apart.
    func writeProblem(_ text: String)
    /// True when ANSI colour may be used (a terminal, NO_COLOR unset, TERM not dumb).
    var colors: Bool { get }
    /// The columns to wrap at, read again at each call (a resized terminal is followed at the next
    /// print); nil when the output is not wrapped (a pipe or a file).
    var width: Int? { get }
}

extension SessionOutput {
    public func writeProblem(_ text: String) { write(text) }
    public var width: Int? { nil }
}

/// The session's output on a text stream (standard output, or a test's buffer), written at once so
/// a watcher (or a pty test) sees it, and wrapped to `columns()` when that gives a width (a
/// terminal: its width now, so a resize is followed from the next print). When the stream refuses a write (`> /dev/full`, a closed
/// pipe), `onFailure` is called with the `errno`, once: the session cannot go on unseen, and every
/// line acknowledged so far is already on disk.
public final class StreamOutput: SessionOutput {
    public let colors: Bool
    private let stream: any TextStream
    private let onFailure: (Int32) -> Void
    private let errors: (any TextStream)?
    private let columns: () -> Int?
    private var failed = false

    /// - Parameters:
    ///   - errors: where piped mode's problems go (standard error); nil writes them with the rest.
    ///   - columns: the width to wrap at, asked at each write; nil (or returning nil) for no wrapping.
    public init(stream: any TextStream, errors: (any TextStream)? = nil, colors: Bool,
                columns: @escaping () -> Int? = { nil }, onFailure: @escaping (Int32) -> Void) {
        self.stream = stream
        self.errors = errors
        self.colors = colors
        self.columns = columns
        self.onFailure = onFailure
    }

    public var width: Int? { columns() }

    public func writeProblem(_ text: String) {
        guard let errors else { return write(text) }
        errors.write(text)
    }

    public func write(_ text: String) {
        guard !failed else { return }
        stream.write(width.map { TextWrapper.wrap(text, width: $0) } ?? text)
        guard let code = stream.failure else { return }
        failed = true
        onFailure(code)
    }
}

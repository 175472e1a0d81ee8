/// What one attempt to read a line gave.
public enum LineResult: Sendable, Hashable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C: the line being typed was cleared; ask again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Offers completions for Tab: `text` is the part being completed, `lineBeforeCursor` the whole
/// line up to the cursor. Return every candidate; the input keeps those that start with `text`
/// (ignoring case and accents).
public typealias CompletionProvider = (_ text: String, _ lineBeforeCursor: String) -> [String]

/// A source of answer lines: readline on a terminal, plain lines over a pipe.
public protocol LineInput {
    /// Reads one line, showing `prompt` where that makes sense (never over a pipe).
    mutating func readLine(prompt: String) -> LineResult

    /// The 1-based number of the last line read when input comes from a file or a pipe,
    /// so errors can say "line 12 of the input"; nil on a terminal.
    var inputLineNumber: Int? { get }

    /// Tab completion, where the input supports it.
    var completionProvider: CompletionProvider? { get set }
}

extension LineInput {
    public var inputLineNumber: Int? { nil }

    public var completionProvider: CompletionProvider? {
        get { nil }
        set {}  // swiftlint:disable:this unused_setter_value
    }
}

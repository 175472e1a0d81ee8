/// Lines from a pipe or a file (stdin is not a terminal): no prompt, no echo, no completion.
/// The session prints its questions itself, so a transcript reads well afterwards.
public struct PipedInput: LineInput {
    /// The 1-based number of the last line read; 0 before the first.
    public private(set) var lineNumber = 0
    private let nextLine: () -> String?

    /// Reads standard input. Invalid UTF-8 is repaired (U+FFFD), lines can be of any length,
    /// and a final line without a newline still counts. A termination signal ends the input.
    public init() {
        let lines = DescriptorLines(descriptor: 0)
        self.init { lines.next() }
    }

    /// Reads lines from `nextLine` (nil ends the input); for tests.
    public init(nextLine: @escaping () -> String?) {
        self.nextLine = nextLine
    }

    /// Reads lines from a text, split on "\n" (a "\r" before it is dropped).
    public init(text: String) {
        // Split scalars, not characters: "\r\n" is a single Character.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0)) }
        if text.unicodeScalars.last == "\n" || text.isEmpty { lines.removeLast() }
        var iterator = lines.makeIterator()
        self.init { iterator.next() }
    }

    public mutating func readLine(prompt: String) -> LineResult {
        guard var line = nextLine() else { return .endOfInput }
        lineNumber += 1
        if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
        return .line(line)
    }

    public var inputLineNumber: Int? { lineNumber }
}

/// What reading a journal gave: the header, every event that could be read, warnings about what
/// was dropped, and the error that stopped the reading, if any.
///
/// When `error` is set the session must not be resumed or replayed as if complete: `events` only
/// holds what came before the problem (so a tool can still show it).
public struct JournalReadResult: Sendable, Hashable {
    /// The session header; nil when the first line is not a valid header.
    public var header: JournalHeader?
    /// The events read, in order.
    package var events: [Event]
    /// The line of the journal each event was read from (the header is line 1).
    public var eventLines: [Int]
    /// What was dropped and why (a torn last line).
    package var warnings: [JournalWarning]
    /// What stopped the reading; nil when the whole file was read.
    public var error: JournalError?
    /// How many bytes at the start of the file hold the header and the events kept, up to and
    /// including the last newline: a resume truncates the file to this length before appending.
    public var intactByteCount: Int

    init(header: JournalHeader?, events: [Event], eventLines: [Int]? = nil, warnings: [JournalWarning] = [],
                error: JournalError? = nil, intactByteCount: Int) {
        self.header = header
        self.events = events
        self.eventLines = eventLines ?? events.indices.map { $0 + 2 }
        self.warnings = warnings
        self.error = error
        self.intactByteCount = intactByteCount
    }

    /// The workshop time reached (the largest `t`): where a resumed session's clock starts again.
    public var elapsedTime: Double { events.map(\.time).max() ?? 0 }

    /// True when the journal was read to the end (possibly with warnings).
    package var isUsable: Bool { error == nil && header != nil }

    /// Warnings then the error, as diagnostics in `language`.
    package func diagnostics(_ language: Language) -> [Diagnostic] {
        warnings.map { $0.diagnostic(language) } + (error.map { [$0.diagnostic(language)] } ?? [])
    }
}

/// Something dropped while reading a journal, with the reason. Reading goes on.
package enum JournalWarning: Sendable, Hashable {
    /// The last line was incomplete (no newline at its end, or not valid JSON): the machine stopped
    /// while writing it. It is dropped; everything before it is kept.
    case tornLastLine(file: String, line: Int)

    /// One sentence, without the `file:line:` prefix.
    func message(_ language: Language) -> String {
        switch self {
        case .tornLastLine: CoreMessage.journalTornLastLine.text(language)
        }
    }

    /// As a `Diagnostic` in `language`, at the line concerned.
    public func diagnostic(_ language: Language) -> Diagnostic {
        switch self {
        case let .tornLastLine(file, line): .warning(message(language), at: SourceLocation(file: file, line: line))
        }
    }
}

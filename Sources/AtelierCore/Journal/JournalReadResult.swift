/// What reading a journal gave: the header, every event that could be read, warnings about what
/// was dropped, and the error that stopped the reading, if any.
///
/// When `error` is set the session must not be resumed or replayed as if complete: `events` only
/// holds what came before the problem (so a tool can still show it).
public struct JournalReadResult: Sendable, Hashable {
    /// The session header; nil when the first line is not a valid header.
    public var header: JournalHeader?
    /// The events read, in order.
    public var events: [Event]
    /// The line of the file each event was read from (1 is the header), in the same order.
    public var eventLines: [Int] = []
    /// What was dropped and why (a torn last line).
    public var warnings: [JournalWarning]
    /// What stopped the reading; nil when the whole file was read.
    public var error: JournalError?
    /// How many bytes at the start of the file hold the header and the events kept, up to and
    /// including the last newline: a resume truncates the file to this length before appending.
    public var intactByteCount: Int

    public init(header: JournalHeader?, events: [Event], warnings: [JournalWarning] = [],
                error: JournalError? = nil, intactByteCount: Int, eventLines: [Int]? = nil) {
        self.header = header
        self.events = events
        self.eventLines = eventLines ?? Array(events.indices.map { $0 + 2 })
        self.warnings = warnings
        self.error = error
        self.intactByteCount = intactByteCount
    }

    /// The workshop time reached (the largest `t`): where a resumed session's clock starts again.
    public var elapsedTime: Double { events.map(\.time).max() ?? 0 }

    /// True when the journal was read to the end (possibly with warnings).
    public var isUsable: Bool { error == nil && header != nil }

    /// The engine after every event, with a warning (located at its journal line) for each event
    /// that lands nowhere in `workshop`.
    public func replay(_ workshop: Workshop, today: Day, file: String) -> (engine: Engine, warnings: [JournalWarning]) {
        var engine = Engine(workshop: workshop, today: today)
        var warnings: [JournalWarning] = []
        for (index, event) in events.enumerated() {
            let line = eventLines.indices.contains(index) ? eventLines[index] : index + 2
            for notice in engine.apply(event).notices where notice.landsNowhere {
                warnings.append(.eventLandsNowhere(file: file, line: line, notice: notice))
            }
        }
        return (engine, warnings)
    }

    /// A warning when the script copy in the header was edited (its hash no longer matches).
    public func scriptCopyWarning(file: String) -> JournalWarning? {
        guard let header, let source = header.scriptSource, !header.matches(scriptBytes: Array(source.utf8)) else { return nil }
        return .scriptCopyEdited(file: file)
    }

    /// Warnings then the error, as diagnostics in `language`.
    public func diagnostics(_ language: Language) -> [Diagnostic] {
        warnings.map { $0.diagnostic(language) } + (error.map { [$0.diagnostic(language)] } ?? [])
    }
}

/// Something dropped, ignored or doubtful in a journal, with the reason. Reading goes on.
public enum JournalWarning: Sendable, Hashable {
    /// The last line has no newline at its end: the machine stopped while writing it, before the
    /// session moved on. It is dropped; everything before it is kept.
    case tornLastLine(file: String, line: Int)
    /// An event that lands nowhere in the script it is replayed with (an item, a phase, a field that
    /// is not there, a value of the wrong shape): it changes nothing in the charter.
    case eventLandsNowhere(file: String, line: Int, notice: EngineNotice)
    /// The copy of the script kept in the header does not match the header's `workshop_hash`: it
    /// was edited after the session was recorded, and the charter may differ from the one recorded.
    case scriptCopyEdited(file: String)

    public var file: String {
        switch self {
        case let .tornLastLine(file, _), let .eventLandsNowhere(file, _, _), let .scriptCopyEdited(file): file
        }
    }

    public var line: Int {
        switch self {
        case let .tornLastLine(_, line), let .eventLandsNowhere(_, line, _): line
        case .scriptCopyEdited: 1
        }
    }

    /// One sentence, without the `file:line:` prefix.
    public func message(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .tornLastLine:
            return fr
                ? "la dernière ligne a été coupée (la machine s'est probablement arrêtée en pleine écriture) ; tout ce qui la précède est conservé"
                : "the last line was cut off (the machine probably stopped mid-write); everything before it is kept"
        case let .eventLandsNowhere(_, _, notice):
            return (fr ? "cet événement ne trouve pas sa place et ne change rien à la charte : " : "this event lands nowhere and changes nothing in the charter: ")
                + notice.message(language)
        case .scriptCopyEdited:
            return fr
                ? "la copie du script gardée dans l'en-tête ne correspond plus à son empreinte « workshop_hash » : elle a été modifiée après la session, la charte peut différer de celle qui a été enregistrée"
                : "the copy of the script kept in the header no longer matches its “workshop_hash”: it was edited after the session, so the charter may differ from the one recorded"
        }
    }

    /// `SESSION:LINE: warning: …`
    public func rendered(_ language: Language) -> String {
        "\(file):\(line): warning: \(message(language))"
    }

    /// As a `Diagnostic` in `language`, at column 1 of the line concerned.
    public func diagnostic(_ language: Language) -> Diagnostic {
        .warning(message(language), at: SourceLocation(file: file, line: line, column: 1))
    }

    /// As a `Diagnostic` in French; use `diagnostic(_:)` to choose.
    public var diagnostic: Diagnostic { diagnostic(.fr) }
}

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
    /// The line of the journal each event was read from (the header is line 1), in the same order.
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

    /// The engine after every event, and what it said about them, each located at the event's
    /// journal line: `eventLandsNowhere` for an event that lands nowhere in `workshop`,
    /// `eventNotice` for the rest (an undo with nothing to undo, a change after a lock).
    public func replay(_ workshop: Workshop, today: Day, file: String) -> (engine: Engine, warnings: [JournalWarning]) {
        var engine = Engine(workshop: workshop, today: today)
        var warnings: [JournalWarning] = []
        for (index, event) in events.enumerated() {
            warnings += engine.apply(event).notices.map { JournalWarning(about: $0, file: file, line: line(ofEvent: index)) }
        }
        return (engine, warnings)
    }

    /// The journal line event `index` was read from; 0 for an event that came from elsewhere.
    public func line(ofEvent index: Int) -> Int {
        eventLines.indices.contains(index) ? eventLines[index] : 0
    }

    /// Events of a rescue file taken after the journal's own: `merged` is the journal's events
    /// followed by them; the new ones have no journal line (0).
    public mutating func takeRescued(_ merged: [Event]) {
        eventLines += Array(repeating: 0, count: max(0, merged.count - events.count))
        events = merged
    }

    /// A warning when the script copy in the header was edited (its hash no longer matches).
    public func scriptCopyWarning(file: String) -> JournalWarning? {
        guard let header, let source = header.scriptSource, !header.matches(scriptBytes: Array(source.utf8)) else { return nil }
        return .scriptCopyEdited(file: file)
    }

    /// Warnings then the error, as diagnostics in `language`.
    package func diagnostics(_ language: Language) -> [Diagnostic] {
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
    /// What the engine said about an event that does not make it land nowhere (an undo with
    /// nothing to undo, a change to a locked section): reported, nothing lost.
    case eventNotice(file: String, line: Int, notice: EngineNotice)

    /// What the engine said about the event at `line` of `file`.
    public init(about notice: EngineNotice, file: String, line: Int) {
        self = notice.landsNowhere ? .eventLandsNowhere(file: file, line: line, notice: notice)
            : .eventNotice(file: file, line: line, notice: notice)
    }

    /// True when part of the session is missing from the charter (an event that lands nowhere, a
    /// script copy edited after the session): an export refuses to go on without `--force`.
    public var losesData: Bool {
        switch self {
        case .eventLandsNowhere, .scriptCopyEdited: true
        case .tornLastLine, .eventNotice: false
        }
    }

    var file: String {
        switch self {
        case let .tornLastLine(file, _), let .eventLandsNowhere(file, _, _), let .scriptCopyEdited(file),
             let .eventNotice(file, _, _): file
        }
    }

    public var line: Int {
        switch self {
        case let .tornLastLine(_, line), let .eventLandsNowhere(_, line, _), let .eventNotice(_, line, _): line
        case .scriptCopyEdited: 1
        }
    }

    /// One sentence, without the `file:line:` prefix.
    func message(_ language: Language) -> String {
        switch self {
        case .tornLastLine: CoreMessage.journalTornLastLine.text(language)
        case let .eventLandsNowhere(_, _, notice): CoreMessage.journalEventLandsNowhere.text(language, ["notice": notice.message(language)])
        case .scriptCopyEdited: CoreMessage.journalScriptCopyEdited.text(language)
        case let .eventNotice(_, _, notice): notice.message(language)
        }
    }

    /// As a `Diagnostic` in `language`, at the line concerned.
    public func diagnostic(_ language: Language) -> Diagnostic {
        // An event from a rescue file has no line of the journal (0).
        let place = SourceLocation(file: file, line: line > 0 ? line : nil)
        if case let .eventNotice(_, _, notice) = self, !notice.rejectsEvent { return .notice(message(language), at: place) }
        return .warning(message(language), at: place)
    }
}

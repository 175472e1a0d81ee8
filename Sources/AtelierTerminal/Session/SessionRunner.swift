import AtelierCore

/// Where events go as they happen: appended to the journal and flushed before the next question.
/// Whoever opened the journal closes it, after the session.
public protocol SessionJournal: AnyObject {
    /// Writes the event durably. Returns a sentence to show when the disk refused it (the event is
    /// then kept in memory and written as soon as possible), nil when all is well.
    func record(_ event: Event) -> String?
}

/// The live session: asks what the engine proposes, reads answers and commands, journals every
/// event before showing the next question. Runs the same on a terminal (readline) and on piped
/// stdin (a scripted interview, no echo, no colour).
public final class SessionRunner {
    /// How a session ended.
    public enum Ending: Sendable, Equatable {
        /// The consultant quit (or Ctrl-D): saved, resumable.
        case quit
        /// The input ran out (piped answers): saved, resumable.
        case endOfInput
        /// SIGTERM or SIGHUP (the terminal closed): everything acknowledged is saved, resumable
        /// where it stood (an answer under way, a prompt left open).
        case terminated(signal: Int32)
        /// `--strict`, piped: the first refused line stopped the session (saved, resumable).
        case refused
    }

    var engine: Engine
    var input: any LineInput
    let output: any SessionOutput
    let clock: any SessionClock
    let journal: any SessionJournal
    let presenter: Presenter
    let interactive: Bool
    var warnedPhases: Set<String> = []
    var hintedInterrupt = false
    var lastShown: ItemID?
    /// The question was just printed (first time, or again after another item): an answer under
    /// way is recalled under it.
    var questionJustShown = false
    /// The input ended (Ctrl-D, end of the piped answers) during a read, possibly inside a list
    /// or a record whose lines were kept: the session stops before asking anything else.
    var ended = false
    /// Lines already journaled before an interruption, typed into a prompt that was still open
    /// (`/modifier …`, then "Nouvelle valeur :"): read again first on resume, without being journaled
    /// again, so the prompt reopens exactly where it was.
    var replayedLines: [String] = []
    /// A command typed at a sub-prompt that does not take commands (the closest option to the
    /// client's words): read as the next prompt's line, once the sub-prompt is settled.
    var pendingLine: String?
    /// True while the line being handled is one of `replayedLines`.
    var handlingReplayedLine = false
    /// Piped mode: the input lines refused (not a date, not a choice, an empty answer, an unknown
    /// command…), by number, for the summary at the end.
    public private(set) var refusedLines: [Int] = []
    /// Piped mode: stop at the first refused line (`--strict`).
    public var strict = false
    /// The phases whose pre-read answers were shown to the room already.
    var recalledPhases: Set<String> = []

    /// - Parameters:
    ///   - interactive: true on a terminal; false for piped stdin (errors then name the input line).
    public init(engine: Engine, input: any LineInput, output: any SessionOutput, clock: any SessionClock,
                journal: any SessionJournal, interactive: Bool) {
        self.engine = engine
        self.input = input
        self.output = output
        self.clock = clock
        self.journal = journal
        self.interactive = interactive
        self.presenter = Presenter(workshop: engine.workshop, text: UIText(language: engine.workshop.language),
                                   paint: Style(enabled: output.colors))
    }

    var text: UIText { presenter.text }
    public var currentEngine: Engine { engine }

    /// Journals that the session was resumed after an interruption.
    public func recordResume() { record(.resume) }

    /// Journals where the live board was opened, for the facilitator annex (never the client's copy).
    public func recordBoard(url: String) { record(.board(url: url)) }

    /// Journals that the consultant saved and left.
    public func recordQuit() { record(.quit) }

    /// "Session enregistrée dans …" and the exact command that resumes it.
    public func farewell(sessionPath: String, resumeCommand: String) -> String {
        "\n" + text.saved(presenter.clean(sessionPath)) + "\n" + text.resumeWith(resumeCommand) + "\n"
    }

    /// Prints the opening (the agenda for a new session, where it stands for a resumed one), and
    /// connects Tab completion to what is being asked.
    public func open(resumed: Bool) {
        input.completionProvider = { [weak self] _, _ in self?.completionWords ?? [] }
        if resumed {
            let status = engine.status(at: clock.now())
            output.write("\n" + text.resumed(presenter.clean(status.phase.title), DurationText.elapsed(seconds: status.totalElapsed)) + "\n")
            output.write(presenter.paint.dim(text.helpHint) + "\n")
        } else {
            output.write(presenter.opening())
        }
    }

    /// Runs until the consultant quits or the input ends.
    public func run() -> Ending {
        while true {
            if let signal = TerminationSignal.received { return .terminated(signal: signal) }
            if ended { return inputEnding }
            if stopsAtRefusal { return .refused }
            let now = clock.now()
            recallPreread()
            let item = engine.next(at: now)
            warnIfLate(now)
            if item.kind == .say {
                output.write(presenter.question(item))
                record(.said(item: item.id))
                continue
            }
            if lastShown != item.id {
                output.write(presenter.question(item))
                lastShown = item.id
                questionJustShown = true
            }
            switch step(item) {
            case .next: continue
            case .stop(let ending): return ending
            }
        }
    }

    enum StepResult { case next, stop(Ending) }

    /// Reads one line for `item` and acts on it; an answer of several lines (a long text, a list,
    /// records) is read line by line, each line journaled as it is acknowledged.
    func step(_ item: AgendaItem) -> StepResult {
        if let field = item.field, item.kind == .question || item.kind == .gap, field.type.takesSeveralLines {
            return readDraft(item, field: field)
        }
        switch readLine(prompt: presenter.prompt(engine.status(at: clock.now())), completing: completions(for: item.field)) {
        case .endOfInput:
            return .stop(inputEnding)
        case .interrupted:
            hintInterrupt()
            return .next
        case .line(let line):
            return handle(line, at: item) { answer($0, to: item, typed: line) }
        }
    }

    /// A line typed where an answer is expected: a command (on any line), an unknown command, or
    /// the answer itself, given to `answering`.
    func handle(_ line: String, at item: AgendaItem, answering: (String) -> StepResult) -> StepResult {
        switch SessionCommand.parse(line) {
        case .unknown(let word):
            complain(text.unknownCommand(presenter.clean(word)))
            recordInput(line, at: item.id)
            return .next
        case .command(let command):
            return perform(command, on: item, typed: line)
        case .answer(let answer):
            return answering(answer)
        }
    }

    /// Ctrl-C cleared the line being typed; the first time, say how to leave instead.
    func hintInterrupt() {
        guard !hintedInterrupt else { return }
        hintedInterrupt = true
        say(presenter.paint.dim(text.interruptedHint))
    }

    /// Reads a line, with completion suited to what is being asked. Lines left from before an
    /// interruption (`replayedLines`) come first, without moving the clock: they were counted then.
    func readLine(prompt: String, completing words: [String] = []) -> LineResult {
        if !replayedLines.isEmpty {
            handlingReplayedLine = true
            let line = replayedLines.removeFirst()
            if interactive { output.write(prompt + presenter.clean(line) + "\n") }
            return .line(line)
        }
        handlingReplayedLine = false
        if let line = pendingLine {
            pendingLine = nil
            return .line(line)  // typed, echoed and counted where it was typed
        }
        guard TerminationSignal.received == nil, !stopsAtRefusal else {
            ended = true
            return .endOfInput
        }
        completionWords = words + SessionCommand.completions(engine.workshop.language)
        let result = input.readLine(prompt: interactive ? prompt : "")
        if TerminationSignal.received != nil {
            ended = true
            return .endOfInput  // the line being typed was never acknowledged
        }
        // Piped: each answer is echoed after its prompt, so the transcript reads as the session did.
        if !interactive, case .line(let line) = result { output.write(prompt + presenter.clean(line) + "\n") }
        if result != .interrupted { clock.lineRead() }
        if result == .endOfInput { ended = true }
        return result
    }

    /// How the session ends when the input does: a signal, Ctrl-D, or the end of piped answers.
    var inputEnding: Ending {
        if let signal = TerminationSignal.received { return .terminated(signal: signal) }
        if stopsAtRefusal { return .refused }
        return interactive ? .quit : .endOfInput
    }

    /// Journals a line that changed nothing (a command that only shows, a refused or cancelled
    /// line), so every line typed is on disk and a resumed clock starts where it stopped.
    func recordInput(_ line: String, at item: ItemID?) {
        guard !handlingReplayedLine else { return }
        record(.input(item: item, text: line))
    }

    /// Lines typed into a prompt still open when the session stopped, to read again on resume.
    public func reopenPrompt(with lines: [String]) {
        replayedLines = lines
    }

    /// The lines of a prompt left open at the end of `events` (a crash or a signal while
    /// "Nouvelle valeur :" or "Note :" was asked): the journal's last `input` lines, from the
    /// command that opened the prompt on. Empty when the journal ends otherwise (a quit, an answer).
    public static func openPromptLines(_ events: [Event]) -> [String] {
        var tail: [String] = []
        for event in events.reversed() {
            if event.kind == .resume { continue }  // stopped again before anything was typed
            guard case .input(_, let text) = event.kind else { break }
            tail.insert(text, at: 0)
        }
        let start = tail.firstIndex { line in
            if case .command(let command) = SessionCommand.parse(line) { return !command.onlyShows }
            return false
        }
        return start.map { Array(tail[$0...]) } ?? []
    }

    var completionWords: [String] = []

    /// Journals the event (flushed to disk), then applies it; prints what the engine says back,
    /// and the gaps it closed that the client had already heard about.
    @discardableResult
    func record(_ kind: Event.Kind) -> [EngineNotice] {
        let event = Event(kind, at: clock.now(), wallTime: clock.wallTime())
        if let problem = journal.record(event) { say(text.diskProblem(presenter.clean(problem))) }
        let changes = engine.apply(event)
        for notice in changes.notices { say(text.diskProblem(presenter.clean(notice.message(engine.workshop.language)))) }
        // The value as Atelier read it, so the room can correct it at once (« → 13 octobre 2026 »).
        for value in changes.readBack { say(presenter.paint.dim(text.readBack(presenter.clean(value.text), label: value.label.map(presenter.clean)))) }
        // The gap being answered now is not announced as closed.
        let answering: ItemID? = if case .answer(let item, _) = kind { item } else { nil }
        for gap in changes.closedGaps where gap.asked && gap.item != answering {
            output.write(presenter.paint.dim(text.closed(presenter.clean(gap.question))) + "\n")
        }
        return changes.notices
    }

    func say(_ message: String) {
        output.write(message + "\n")
    }

    /// A problem with what was typed. In piped mode it names the input line, goes to standard
    /// error (the transcript stays the interview) and counts for the closing summary.
    func complain(_ message: String, more: [String] = []) {
        guard !interactive, !handlingReplayedLine else {
            say(([message] + more.map { "  " + $0 }).joined(separator: "\n"))
            return
        }
        let line = input.inputLineNumber ?? 0
        if refusedLines.last != line { refusedLines.append(line) }
        output.writeProblem(([text.inputLine(line) + message] + more.map { "  " + $0 }).joined(separator: "\n") + "\n")
    }

    /// `--strict` and a line was refused: nothing more is read.
    var stopsAtRefusal: Bool { strict && !interactive && !refusedLines.isEmpty }

    /// Whether the workshop reached its end (every phase done): a piped session that stops before
    /// is summed up as unfinished.
    public var workshopFinished: Bool { engine.next(at: clock.now()).kind == .end }

    private func warnIfLate(_ now: Double) {
        guard let phase = engine.currentPhase, engine.timeState(at: now) != .onTime, !warnedPhases.contains(phase.id) else { return }
        warnedPhases.insert(phase.id)
        say(presenter.paint.yellow(text.warning80(presenter.clean(phase.title))))
    }
}

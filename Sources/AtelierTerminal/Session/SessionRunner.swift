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
    var lastShown: String?
    /// The input ended (Ctrl-D, end of the piped answers) during a read, possibly inside a list
    /// or a record whose lines were kept: the session stops before asking anything else.
    var ended = false

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
            output.write("\n" + text.resumed(presenter.clean(status.phase.title), clockText(status.totalElapsed)) + "\n")
            output.write(presenter.paint.dim(text.helpHint) + "\n")
        } else {
            output.write(presenter.opening())
        }
    }

    /// Runs until the consultant quits or the input ends.
    public func run() -> Ending {
        while true {
            if ended { return interactive ? .quit : .endOfInput }
            let now = clock.now()
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
            }
            switch step(item) {
            case .next: continue
            case .stop(let ending): return ending
            }
        }
    }

    enum StepResult { case next, stop(Ending) }

    /// Reads one line for `item` and acts on it.
    func step(_ item: AgendaItem) -> StepResult {
        switch readLine(prompt: presenter.prompt(engine.status(at: clock.now())), completing: completions(for: item.field)) {
        case .endOfInput:
            return .stop(interactive ? .quit : .endOfInput)
        case .interrupted:
            if !hintedInterrupt {
                hintedInterrupt = true
                say(presenter.paint.dim(text.interruptedHint))
            }
            return .next
        case .line(let line):
            switch SessionCommand.parse(line) {
            case .unknown(let word):
                say(text.unknownCommand(presenter.clean(word)))
                return .next
            case .command(let command):
                return perform(command, on: item)
            case .answer:
                return answer(line, to: item)
            }
        }
    }

    /// Reads a line, with completion suited to what is being asked.
    func readLine(prompt: String, completing words: [String] = []) -> LineResult {
        completionWords = words + SessionCommand.completions(engine.workshop.language)
        let result = input.readLine(prompt: interactive ? prompt : "")
        clock.lineRead()
        if result == .endOfInput { ended = true }
        return result
    }

    var completionWords: [String] = []

    /// Journals the event (flushed to disk), then applies it; prints what the engine says back.
    @discardableResult
    func record(_ kind: Event.Kind) -> [EngineNotice] {
        let event = Event(kind, at: clock.now(), wallTime: clock.wallTime())
        if let problem = journal.record(event) { say(text.diskProblem(problem)) }
        // Gaps the client has already heard about, other than the one being answered now.
        let answering: String? = if case .answer(let item, _) = kind { item } else { nil }
        let seen = engine.openGaps().filter { $0.asked && $0.id != answering }
        let notices = engine.apply(event)
        for notice in notices { say(text.diskProblem(notice.message(engine.workshop.language))) }
        let stillOpen = Set(engine.openGaps().map(\.id))
        for gap in seen where !stillOpen.contains(gap.id) {
            output.write(presenter.paint.dim(text.closed(presenter.clean(gap.question))) + "\n")
        }
        return notices
    }

    func say(_ message: String) {
        output.write(message + "\n")
    }

    /// A problem with what was typed: in piped mode, name the input line.
    func complain(_ message: String) {
        if !interactive, let line = input.inputLineNumber {
            say(text.inputLine(line) + message)
        } else {
            say(message)
        }
    }

    private func warnIfLate(_ now: Double) {
        guard let phase = engine.currentPhase, engine.timeState(at: now) != .onTime, !warnedPhases.contains(phase.id) else { return }
        warnedPhases.insert(phase.id)
        say(presenter.paint.yellow(text.warning80(presenter.clean(phase.title))))
    }
}

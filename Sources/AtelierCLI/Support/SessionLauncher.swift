import AtelierCore
import AtelierStore
import AtelierTerminal
import Foundation

/// Runs a live session on the context's input (a terminal or piped answers), journaling into
/// `writer`; shared by `run` and `resume`.
enum SessionLauncher {
    /// With `board` (an address), the room's live board follows the journal while the session runs:
    /// the board program beside this one, supervised (`BoardProcess`); its address goes to the
    /// facilitator annex. `script` is the session's script file, for a journal that keeps no copy.
    /// `resumeOptions` are the options the printed resume command repeats (`--lang`, `--workshop`,
    /// `--board` as given), so it works as printed. `strict`: piped answers stop at the first
    /// refused line.
    static func run(engine: Engine, writer: JournalWriter, sessionPath: String, resumed: Bool, clockOffset: Double,
                    openPrompt: [String] = [], history: [String] = [], board: String? = nil, script: String? = nil,
                    resumeOptions: [String] = [], strict: Bool = false, in context: CommandContext) throws {
        let env = context.environment
        let language = engine.workshop.language
        let resumeCommand = resumeCommand(sessionPath, options: resumeOptions, in: context)
        if context.handlesSignals { TerminationSignal.watch() }
        let input: any LineInput
        let interactive: Bool
        switch context.input {
        case .terminal:
            input = ReadlineInput(sessionHistory: history, environment: env)
            interactive = true
        case .lines(let lines):
            input = lines
            interactive = false
        }
        let journal = JournalAdapter(writer: writer, language: language)
        // Piped mode: refused lines go to standard error; a terminal gets its text wrapped to its width.
        let output = StreamOutput(stream: context.output, errors: interactive ? nil : context.errorOutput,
                                  colors: context.outputColour, columns: context.outputColumns) { code in
            // Nothing more can be shown: every acknowledged line is on disk; say so where it can be read.
            var diagnostics = [Diagnostic.error(CLIMessage.sessionOutputFailed.text(language, [
                "reason": SystemErrorText.describe(code, language), "resume": resumeCommand,
            ]), at: SourceLocation(file: sessionPath))]
            if journal.close() != nil { diagnostics.append(rescue(writer, language: language, resume: resumeCommand)) }
            context.printer.report(diagnostics)
            context.printer.finish()
            exit(ExitStatus.fileAccess.rawValue)
        }
        let clock: any SessionClock
        if let step = env["ATELIER_CLOCK_STEP"].flatMap(Double.init), step >= 0 {
            clock = SteppingClock(offset: clockOffset, step: step)
        } else {
            clock = StopwatchClock(offset: clockOffset)
        }
        let runner = SessionRunner(engine: engine, input: input, output: output, clock: clock, journal: journal,
                                   interactive: interactive)
        runner.strict = strict
        let live = try board.map {
            try BoardProcess.start(session: writer.path, address: $0, script: writer.header.scriptSource == nil ? script : nil,
                                   live: true, in: context, language: language)
        }
        runner.open(resumed: resumed)
        if resumed { runner.recordResume() }
        if let live { runner.recordBoard(url: live.urls.joined(separator: " ")) }
        runner.reopenPrompt(with: openPrompt)
        let ending = runner.run()
        // A signal is an interruption like a crash, only cleaner: no quit is recorded, so a resume
        // reopens whatever was open (an answer under way, a prompt).
        if case .terminated = ending {} else { runner.recordQuit() }
        live?.stop()  // it shows the session's last event, then stops
        if let problem = journal.close() {
            throw CommandFailure(.fileAccess, [problem, rescue(writer, language: language, resume: resumeCommand)])
        }
        if case .terminated(let signal) = ending {
            // The terminal may be gone (SIGHUP): said by the printer, on standard error.
            throw CommandFailure(.signal(signal), [.notice(CLIMessage.sessionInterrupted.text(language, [
                "signal": TerminationSignal.name(signal), "resume": resumeCommand,
            ]), at: SourceLocation(file: sessionPath))])
        }
        context.say(runner.farewell(sessionPath: sessionPath, resumeCommand: resumeCommand))
        if !interactive { try summarize(runner, ending: ending, language: language) }
    }

    /// `atelier resume SESSION [options]`, as this Atelier was started.
    static func resumeCommand(_ sessionPath: String, options: [String] = [], in context: CommandContext) -> String {
        var words = ["resume", sessionPath] + options
        if let flag = context.languageFlag, !options.contains("--lang") { words += ["--lang", flag.rawValue] }
        return context.command(words)
    }

    /// Piped answers that did not fit are never a silent success: the lines refused, and what the
    /// workshop did not reach when the input ended first, on standard error, with status 1.
    private static func summarize(_ runner: SessionRunner, ending: SessionRunner.Ending, language: Language) throws {
        var diagnostics: [Diagnostic] = []
        let refused = runner.refusedLines
        if !refused.isEmpty {
            diagnostics.append(.error(CLIMessage.plural(refused.count, one: .pipedRefusedOne, other: .pipedRefusedOther, language, [
                "lines": refused.map(String.init).joined(separator: ", "),
            ]), at: SourceLocation(file: "<stdin>", line: refused[0])))
        }
        if ending == .refused {
            diagnostics.append(.notice(CLIMessage.pipedStrictStop.text(language, ["line": refused.first ?? 0]), at: nil))
        }
        // An explicit /quitter stops on purpose; the input running out before the end does not.
        if ending != .quit, !runner.workshopFinished {
            let engine = runner.currentEngine
            let missing = engine.questionsNotReached()
            let phase = engine.currentPhase.map { SafeText.line($0.title) } ?? ""
            let first = missing.first.flatMap { engine.describe(item: $0) }.map { SafeText.line($0.text) }
            var message = CLIMessage.plural(missing.count, one: .pipedUnfinishedOne, other: .pipedUnfinishedOther, language,
                                            ["phase": phase])
            if let first { message += " " + CLIMessage.pipedFirstMissing.text(language, ["question": first]) }
            diagnostics.append(.error(message, at: nil))
        }
        guard !diagnostics.isEmpty else { return }
        throw CommandFailure(.problemsFound, diagnostics)
    }

    /// The disk still refuses at the end: the unwritten events are appended to the session's rescue
    /// file, and the consultant is told what to run once the disk allows: `atelier resume` puts
    /// them back into the session itself, in order.
    private static func rescue(_ writer: JournalWriter, language: Language, resume: String) -> Diagnostic {
        let count = writer.pendingLines.count
        do {
            let path = try RescueFile.save(writer)
            return .notice(CLIMessage.plural(count, one: .rescueSavedOne, other: .rescueSavedOther, language, ["resume": resume]),
                           at: SourceLocation(file: path))
        } catch {
            return .error(CLIMessage.plural(count, one: .rescueFailedOne, other: .rescueFailedOther, language,
                                            ["reason": error.message(language)]),
                          at: SourceLocation(file: writer.path))
        }
    }
}

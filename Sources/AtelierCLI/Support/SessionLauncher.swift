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
    static func run(engine: Engine, writer: JournalWriter, sessionPath: String, resumed: Bool, clockOffset: Double,
                    openPrompt: [String] = [], history: [String] = [], board: String? = nil, script: String? = nil,
                    in context: CommandContext) throws {
        let env = context.environment
        let language = engine.workshop.language
        let resumeCommand = "atelier resume \(ShellText.quoted(sessionPath))"
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
        let output = StreamOutput(stream: context.output, colors: context.outputColour) { code in
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

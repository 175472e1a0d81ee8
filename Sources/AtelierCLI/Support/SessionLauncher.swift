import ArgumentParser
import AtelierCore
import AtelierStore
import AtelierTerminal
import Foundation

/// Runs a live session on this process's terminal or piped stdin, journaling into `writer`;
/// shared by `run` and `resume`.
enum SessionLauncher {
    /// With `board` (an address), the room's live board follows the journal while the session runs:
    /// the board program beside this one, supervised (`BoardProcess`); its address goes to the
    /// facilitator annex. `script` is the session's script file, for a journal that keeps no copy.
    static func run(engine: Engine, writer: JournalWriter, sessionPath: String, resumed: Bool, clockOffset: Double,
                    openPrompt: [String] = [], history: [String] = [], board: String? = nil, script: String? = nil,
                    preread: (answers: [(item: ItemID, value: Value)], file: String)? = nil) throws {
        let env = ProcessInfo.processInfo.environment
        let language = engine.workshop.language
        let interactive = isatty(STDIN_FILENO) != 0
        let resumeCommand = "atelier resume \(Console.shellQuoted(sessionPath))"
        TerminationSignal.watch()
        let input: any LineInput = interactive
            ? ReadlineInput(sessionHistory: history, environment: env) : PipedInput()
        let journal = JournalAdapter(writer: writer, language: language)
        let output = StandardOutput(colors: TerminalOutput.colorAllowed(isTerminal: isatty(STDOUT_FILENO) != 0, environment: env)) { code in
            // Nothing more can be shown: every acknowledged line is on disk; say so where it can be read.
            let rescue = journal.close().flatMap { _ in Self.rescue(writer, language: language) }
            Console.err(rescue ?? "atelier: " + CLIText.sessionOutputFailed(code, session: sessionPath, resume: resumeCommand, language))
            exit(ExitStatus.outputFailed.rawValue)
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
                                   live: true, language: language)
        }
        runner.open(resumed: resumed)
        // The client's answers come first in the journal, before anything is asked.
        if let preread { runner.recordPreread(preread.answers, file: preread.file) }
        if resumed { runner.recordResume() }
        if let live { runner.recordBoard(url: live.urls.joined(separator: " ")) }
        runner.reopenPrompt(with: openPrompt)
        let ending = runner.run()
        // A signal is an interruption like a crash, only cleaner: no quit is recorded, so a resume
        // reopens whatever was open (an answer under way, a prompt).
        if case .terminated = ending {} else { runner.recordQuit() }
        live?.stop()  // it shows the session's last event, then stops
        var problem = journal.close()
        if problem != nil, let rescue = rescue(writer, language: language) { problem = rescue }
        if let problem {
            Console.err(problem)
            throw ExitStatus.failure
        }
        if case .terminated(let signal) = ending {
            // The terminal may be gone (SIGHUP): say it where it can still be read, never fail on it.
            let message = CLIText.sessionInterrupted(TerminationSignal.name(signal), session: sessionPath,
                                                     resume: resumeCommand, language)
            _ = StandardStream.write(("\n" + SafeText.clean(message) + "\n").utf8, to: STDERR_FILENO)
            throw ExitStatus.signal(signal)
        }
        Console.out(runner.farewell(sessionPath: sessionPath, resumeCommand: resumeCommand))
    }

    /// The disk still refuses at the end: the unwritten events are appended to the session's rescue
    /// file, and the consultant is told what to run once the disk allows: `atelier resume` puts
    /// them back into the session itself, in order.
    static func rescue(_ writer: JournalWriter, language: Language) -> String? {
        let count = writer.pendingLines.count
        do {
            let path = try RescueFile.save(writer)
            return CLIText.rescued(count, rescue: path, resume: "atelier resume \(Console.shellQuoted(writer.path))", language)
        } catch {
            return CLIText.rescueFailed(count, reason: error.message(language), language)
        }
    }
}

import ArgumentParser
import AtelierBoard
import AtelierCore
import AtelierStore
import AtelierTerminal
import Foundation

/// Runs a live session on this process's terminal or piped stdin, journaling into `writer`;
/// shared by `run` and `resume`.
enum SessionLauncher {
    /// With `board`, the room's live board follows the journal from another thread while the
    /// session runs; its address goes to the facilitator annex.
    static func run(engine: Engine, writer: JournalWriter, sessionPath: String, resumed: Bool, clockOffset: Double,
                    board: BoardAddress? = nil) throws {
        let env = ProcessInfo.processInfo.environment
        let language = engine.workshop.language
        let interactive = isatty(STDIN_FILENO) != 0
        let input: any LineInput = interactive ? ReadlineInput(workshopID: engine.workshop.id, environment: env) : PipedInput()
        let output = StandardOutput(colors: TerminalOutput.colorAllowed(isTerminal: isatty(STDOUT_FILENO) != 0, environment: env))
        let clock: any SessionClock
        if let step = env["ATELIER_CLOCK_STEP"].flatMap(Double.init), step >= 0 {
            clock = SteppingClock(offset: clockOffset, step: step)
        } else {
            clock = StopwatchClock(offset: clockOffset)
        }
        let journal = JournalAdapter(writer: writer, language: language)
        let runner = SessionRunner(engine: engine, input: input, output: output, clock: clock, journal: journal,
                                   interactive: interactive)
        let live = try board.map {
            try BoardLauncher.start(following: writer.path, header: writer.header, workshop: engine.workshop, address: $0,
                                    live: { true })
        }
        runner.open(resumed: resumed)
        if resumed { runner.recordResume() }
        if let live { runner.recordBoard(url: live.urls.joined(separator: " ")) }
        _ = runner.run()
        runner.recordQuit()
        live?.stop()
        var problem = journal.close()
        if problem != nil, let rescue = rescue(writer, language: language) { problem = rescue }
        if let problem {
            Console.err(problem)
            throw ExitCode.failure
        }
        Console.out(runner.farewell(sessionPath: sessionPath, resumeCommand: "atelier resume \(Console.shellQuoted(sessionPath))"))
    }

    /// The disk still refuses at the end: the unwritten events go to a rescue file in the state
    /// folder, and the consultant is told exactly where, so nothing typed is lost.
    private static func rescue(_ writer: JournalWriter, language: Language) -> String? {
        let folder = SessionPaths.stateDirectory()
        let path = folder + "/rescue-" + (writer.path as NSString).lastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let saved = FileManager.default.createFile(atPath: path, contents: Data(writer.pendingText.utf8),
                                                   attributes: [.posixPermissions: 0o600])
        return language == .fr
            ? (saved ? "Le disque refuse l'écriture : les \(writer.pendingCount) derniers événements sont dans \(path) ; ajoutez-les à la fin de \(writer.path) quand le disque le permet."
                : "Le disque refuse l'écriture et la copie de secours a échoué : \(writer.pendingCount) événements n'ont pas pu être enregistrés.")
            : (saved ? "The disk refuses writes: the last \(writer.pendingCount) events are in \(path); append them to \(writer.path) once the disk allows."
                : "The disk refuses writes and the rescue copy failed: \(writer.pendingCount) events could not be saved.")
    }
}

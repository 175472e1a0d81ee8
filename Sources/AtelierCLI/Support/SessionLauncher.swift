import AtelierCore
import AtelierStore
import AtelierTerminal
import Foundation

/// Runs a live session on the context's input (a terminal or piped answers), journaling into
/// `writer`; shared by `run` and `resume`.
enum SessionLauncher {
    static func run(engine: Engine, writer: JournalWriter, sessionPath: String, resumed: Bool, clockOffset: Double,
                    in context: CommandContext) throws {
        let env = context.environment
        let language = engine.workshop.language
        let input: any LineInput
        let interactive: Bool
        switch context.input {
        case .terminal:
            input = ReadlineInput(workshopID: engine.workshop.id, environment: env)
            interactive = true
        case .lines(let lines):
            input = lines
            interactive = false
        }
        let output = StreamSessionOutput(stream: context.output, colors: context.outputColour)
        let clock: any SessionClock
        if let step = env["ATELIER_CLOCK_STEP"].flatMap(Double.init), step >= 0 {
            clock = SteppingClock(offset: clockOffset, step: step)
        } else {
            clock = StopwatchClock(offset: clockOffset)
        }
        let journal = JournalAdapter(writer: writer, language: language)
        let runner = SessionRunner(engine: engine, input: input, output: output, clock: clock, journal: journal,
                                   interactive: interactive)
        runner.open(resumed: resumed)
        if resumed { runner.recordResume() }
        _ = runner.run()
        runner.recordQuit()
        if let problem = journal.close() {
            throw CommandFailure(.fileAccess, [problem, rescue(writer, language: language, environment: env)])
        }
        context.say(runner.farewell(sessionPath: sessionPath, resumeCommand: "atelier resume \(ShellText.quoted(sessionPath))"))
    }

    /// The disk still refuses at the end: the unwritten events go to a rescue file in the state
    /// folder, and the consultant is told exactly where, so nothing typed is lost.
    private static func rescue(_ writer: JournalWriter, language: Language, environment: [String: String]) -> Diagnostic {
        let folder = SessionPaths.stateDirectory(environment: environment)
        let path = folder + "/rescue-" + (writer.path as NSString).lastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let saved = FileManager.default.createFile(atPath: path, contents: Data(writer.pendingText.utf8),
                                                   attributes: [.posixPermissions: 0o600])
        let arguments: [String: any MessageArgument] = ["count": writer.pendingCount, "rescue": path, "session": writer.path]
        return saved
            ? .notice(CLIMessage.rescueSaved.text(language, arguments), at: SourceLocation(file: path))
            : .error(CLIMessage.rescueFailed.text(language, arguments), at: SourceLocation(file: writer.path))
    }
}

/// The live session's output on a command's standard output.
final class StreamSessionOutput: SessionOutput {
    let stream: any TextStream
    let colors: Bool

    init(stream: any TextStream, colors: Bool) {
        self.stream = stream
        self.colors = colors
    }

    func write(_ text: String) {
        stream.write(text)
    }
}

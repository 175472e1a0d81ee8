import ArgumentParser
import AtelierCore
import AtelierStore
import Foundation

extension Atelier {
    /// `atelier run SCRIPT`: runs a workshop live and journals every event.
    struct Run: AtelierCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run a workshop live (readline on a terminal, a scripted interview when stdin is piped).",
            discussion: "Every answer is saved to the session file as it is typed; `atelier resume` continues it."
        )

        @Argument(help: "The workshop script (e.g. workshops/cadrage-mission.fr.yaml).",
                  completion: .file(extensions: ["yaml", "yml"]))
        var script: String

        @Option(help: "Where to save the session (default: sessions/<date>-<client>.jsonl).",
                completion: .file(extensions: ["jsonl"]))
        var session: String?

        @Option(help: "The client's name (it names the session file and goes on the charter).")
        var client: String?

        @OptionGroup var languageOption: LanguageOption

        @Flag(help: "With piped answers: stop at the first refused line (the session is saved; status 1).")
        var strict = false

        @Option(help: ArgumentHelp("Open the room's live board: --board alone for this computer (127.0.0.1, a free port), --board 0.0.0.0:PORT for the room's network.", valueName: "address"))
        var board: String?

        func run(in context: CommandContext) throws {
            let file = try ScriptFile.load(script, in: context)
            var workshop = file.workshop
            workshop.language = context.language(of: workshop.language)
            var header = JournalHeader.starting(workshop: workshop, scriptBytes: file.bytes, client: client,
                                                atelierVersion: AtelierVersion.current)
            // Rehearsals and tests can fix the session's date (what `today()` means in the rules).
            if let day = context.environment["ATELIER_TODAY"].flatMap(Day.init(iso:)) { header.startDay = day }
            header.scriptPath = (script as NSString).standardizingPath
            header.scriptSource = file.source
            // An address the board cannot use is refused before the session file exists.
            if let board { try BoardLauncher.check(address: board, in: context) }
            let (writer, path) = try Self.create(header: header, explicit: session, workshop: workshop)
            let engine = Engine(workshop: workshop, today: header.startDay)
            try SessionLauncher.run(engine: engine, writer: writer, sessionPath: path, resumed: false, clockOffset: 0,
                                    board: board, script: file.path,
                                    resumeOptions: board.map { ["--board", $0] } ?? [], strict: strict, in: context)
        }

        /// Creates the session file; a default name already taken gets -2, -3…
        static func create(header: JournalHeader, explicit: String?, workshop: Workshop) throws -> (JournalWriter, String) {
            for _ in 0..<20 {
                let path = explicit ?? SessionPaths.defaultPath(day: header.startDay, client: header.client, workshopID: workshop.id)
                do {
                    return (try JournalWriter.create(path: path, header: header), path)
                } catch {
                    if case .alreadyExists(_) = error, explicit == nil { continue }
                    throw error.failure(workshop.language)
                }
            }
            throw CommandFailure(.fileAccess, CLIMessage.noFreeSessionName.text(workshop.language), file: "sessions")
        }
    }
}

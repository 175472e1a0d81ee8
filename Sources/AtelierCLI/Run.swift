import ArgumentParser
import AtelierCore
import AtelierStore
import Foundation

extension Atelier {
    /// `atelier run SCRIPT`: runs a workshop live and journals every event.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run a workshop live (readline on a terminal, a scripted interview when stdin is piped).",
            discussion: "Every answer is saved to the session file as it is typed; `atelier resume` continues it."
        )

        @Argument(help: "The workshop script (e.g. workshops/cadrage-mission.fr.yaml).")
        var script: String

        @Option(help: "Where to save the session (default: sessions/<date>-<client>.jsonl).")
        var session: String?

        @Option(help: "The client's name (it names the session file and goes on the charter).")
        var client: String?

        @Option(help: "Language of the messages (fr or en); the script's language by default.")
        var lang: Language?

        @Option(help: ArgumentHelp("Start from the client's answers to the pre-read questionnaire (the file its page saved).", valueName: "answers"))
        var preread: String?

        @Option(help: ArgumentHelp("Open the room's live board: --board alone for this computer (127.0.0.1, a free port), --board 0.0.0.0:PORT for the room's network.", valueName: "address"))
        var board: String?

        func run() throws {
            let file = try ScriptFile.load(script)
            var workshop = file.workshop
            if let lang { workshop.language = lang }
            // The returned questionnaire is read and checked before the session file exists: a
            // file that does not fit is refused in one sentence, and nothing is created or lost.
            if preread != nil, !workshop.hasPreread { throw Console.fail(CLIText.prereadNone(script, workshop.language)) }
            let answers = try preread.map { try PrereadAnswersFile.read($0, workshop: workshop, client: client) }
            let sessionClient = client ?? answers?.client
            var header = JournalHeader.starting(workshop: workshop, scriptBytes: file.bytes, client: sessionClient,
                                                atelierVersion: AtelierVersion.current)
            // Rehearsals and tests can fix the session's date (what `today()` means in the rules).
            if let day = ProcessInfo.processInfo.environment["ATELIER_TODAY"].flatMap(Day.init(iso:)) { header.startDay = day }
            header.scriptPath = (script as NSString).standardizingPath
            header.scriptSource = file.source
            // An address the board cannot use is refused before the session file exists.
            if let board { try BoardLauncher.check(address: board, language: workshop.language) }
            let (writer, path) = try Self.create(header: header, explicit: session, workshop: workshop)
            let engine = Engine(workshop: workshop, today: header.startDay)
            try SessionLauncher.run(engine: engine, writer: writer, sessionPath: path, resumed: false, clockOffset: 0,
                                    board: board, script: file.path,
                                    preread: answers.map { ($0.answers, preread ?? "") })
        }

        /// Creates the session file; a default name already taken gets -2, -3…
        static func create(header: JournalHeader, explicit: String?, workshop: Workshop) throws -> (JournalWriter, String) {
            for _ in 0..<20 {
                let path = explicit ?? SessionPaths.defaultPath(day: header.startDay, client: header.client, workshopID: workshop.id)
                do {
                    return (try JournalWriter.create(path: path, header: header), path)
                } catch {
                    if case .alreadyExists(_) = error, explicit == nil { continue }
                    throw Console.fail(error.message(workshop.language))
                }
            }
            throw Console.fail(Console.t(workshop.language, "impossible de trouver un nom libre pour la session dans sessions/.",
                                         "could not find a free session file name in sessions/."))
        }
    }
}

extension Language: ExpressibleByArgument {}

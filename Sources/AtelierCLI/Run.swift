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

        @Option(help: "Where to save the session (default: the session library, <date>-<client>.jsonl; see `atelier sessions`).")
        var session: String?

        @Option(help: "The client's name (it names the session file and goes on the charter).")
        var client: String?

        @Option(name: .customLong("follow-up"), help: ArgumentHelp("Start from a previous session's charter (a follow-up workshop): asks what moved since, and the exports show the progress.", valueName: "previous-session"))
        var followUp: String?

        @Option(help: "Language of the messages (fr or en); the script's language by default.")
        var lang: Language?

        @Option(help: ArgumentHelp("Open the room's live board: --board alone for this computer (127.0.0.1, a free port), --board 0.0.0.0:PORT for the room's network.", valueName: "address"))
        var board: String?

        func run() throws {
            let file = try ScriptFile.load(script)
            var workshop = file.workshop
            if let lang { workshop.language = lang }
            let previous = try followUp.map { try SavedSession.read($0) }
            var header = JournalHeader.starting(workshop: workshop, scriptBytes: file.bytes, client: client ?? previous?.header.client,
                                                atelierVersion: AtelierVersion.current)
            // Rehearsals and tests can fix the session's date (what `today()` means in the rules).
            if let day = ProcessInfo.processInfo.environment["ATELIER_TODAY"].flatMap(Day.init(iso:)) { header.startDay = day }
            header.scriptPath = (script as NSString).standardizingPath
            header.scriptSource = file.source
            // An address the board cannot use is refused before the session file exists.
            if let board { try BoardLauncher.check(address: board, language: workshop.language) }
            if let previous {
                header.parentSessionID = previous.header.sessionID
                header.parentPath = SessionLibrary.absolute(previous.path)
            }
            let (writer, path) = try Self.create(header: header, explicit: session, workshop: workshop)
            Self.link(path, header: header, language: workshop.language)
            var engine = Engine(workshop: workshop, today: header.startDay)
            if let previous {
                // The follow-up's first event carries what it starts from: its replay needs no other file.
                let start = previous.replay().engine.followUpStart(parent: previous.header.sessionID, parentDay: previous.header.startDay)
                let event = Event(.followUp(start), at: 0, wallTime: header.startedAt)
                do {
                    if case .pending = try writer.append(event) { throw StoreError.diskFull(path: path, pending: writer.pendingLines.count) }
                } catch let error as StoreError {
                    throw Console.fail(error.message(workshop.language))
                }
                engine.apply(event)
                Console.err(SafeText.clean(LibraryText.followUpIntro(previous.path, day: previous.header.startDay, engine: engine, workshop.language)))
            }
            try SessionLauncher.run(engine: engine, writer: writer, sessionPath: path, resumed: false, clockOffset: 0,
                                    board: board, script: file.path)
        }

        /// A session saved outside the library is linked into it, so `atelier sessions` finds it;
        /// a link that cannot be written is said, and the session goes on.
        static func link(_ path: String, header: JournalHeader, language: Language) {
            do {
                try SessionLibrary().add(path: path, header: header)
            } catch {
                Console.err("atelier: " + SafeText.clean(LibraryText.notLinked(error.message(language), language)))
            }
        }

        /// Creates the session file; a default name already taken gets -2, -3…
        static func create(header: JournalHeader, explicit: String?, workshop: Workshop) throws -> (JournalWriter, String) {
            for _ in 0..<20 {
                let path: String
                if let explicit {
                    path = explicit
                } else {
                    do {
                        path = try SessionLibrary().newSessionPath(day: header.startDay, client: header.client, workshopID: workshop.id)
                    } catch {
                        throw Console.fail(error.message(workshop.language))
                    }
                }
                do {
                    return (try JournalWriter.create(path: path, header: header), path)
                } catch {
                    if case .alreadyExists(_) = error, explicit == nil { continue }
                    throw Console.fail(error.message(workshop.language))
                }
            }
            throw Console.fail(Console.t(workshop.language, "impossible de trouver un nom libre pour la session dans la bibliothèque.",
                                         "could not find a free session file name in the library."))
        }
    }
}

extension Language: ExpressibleByArgument {}

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

        @Option(help: "Where to save the session (default: the session library, <date>-<client>.jsonl; see `atelier sessions`).",
                completion: .file(extensions: ["jsonl"]))
        var session: String?

        @Option(help: "The client's name (it names the session file and goes on the charter).")
        var client: String?

        @Option(name: .customLong("follow-up"), help: ArgumentHelp("Start from a previous session's charter (a follow-up workshop): asks what moved since, and the exports show the progress.", valueName: "previous-session"))
        var followUp: String?

        @OptionGroup var languageOption: LanguageOption

        @Flag(help: "With piped answers: stop at the first refused line (the session is saved; status 1).")
        var strict = false

        @Option(help: ArgumentHelp("Start from the client's answers to the pre-read questionnaire (the file its page saved).", valueName: "answers"))
        var preread: String?

        @Option(help: ArgumentHelp("Open the room's live board: --board alone for this computer (127.0.0.1, a free port), --board 0.0.0.0:PORT for the room's network.", valueName: "address"))
        var board: String?

        func run(in context: CommandContext) throws {
            let file = try ScriptFile.load(script, in: context)
            var workshop = file.workshop
            workshop.language = context.language(of: workshop.language)
            // The returned questionnaire is read and checked before the session file exists: a
            // file that does not fit is refused in one sentence, and nothing is created or lost.
            if preread != nil, !workshop.hasPreread {
                throw CommandFailure(.problemsFound, CLIMessage.prereadNone.text(workshop.language, ["script": script]), file: script)
            }
            let answers = try preread.map { try PrereadAnswersFile.read($0, workshop: workshop, client: client, in: context) }
            let previous = try followUp.map { try SavedSession.read($0, in: context) }
            let sessionClient = client ?? answers?.client ?? previous?.header.client
            var header = JournalHeader.starting(workshop: workshop, scriptBytes: file.bytes, client: sessionClient,
                                                atelierVersion: AtelierVersion.current)
            // Rehearsals and tests can fix the session's date (what `today()` means in the rules).
            if let day = context.environment["ATELIER_TODAY"].flatMap(Day.init(iso:)) { header.startDay = day }
            header.scriptPath = (script as NSString).standardizingPath
            header.scriptSource = file.source
            // An address the board cannot use is refused before the session file exists.
            if let board { try BoardLauncher.check(address: board, in: context) }
            if let previous {
                header.parentSessionID = previous.header.sessionID
                header.parentPath = SessionLibrary.absolute(previous.path)
            }
            let library = SessionLibrary(environment: context.environment)
            let (writer, path) = try Self.create(header: header, explicit: session, workshop: workshop, library: library)
            Self.link(path, header: header, library: library, in: context)
            var engine = Engine(workshop: workshop, today: header.startDay)
            if let previous {
                // The follow-up's first event carries what it starts from: its replay needs no other file.
                let start = previous.replay().engine.followUpStart(parent: previous.header.sessionID, parentDay: previous.header.startDay)
                let event = Event(.followUp(start), at: 0, wallTime: header.startedAt)
                do {
                    if case .pending = try writer.append(event) { throw StoreError.diskFull(path: path, pending: writer.pendingLines.count) }
                } catch let error as StoreError {
                    throw error.failure(workshop.language)
                }
                engine.apply(event)
                let progress = engine.document(sessionID: header.sessionID, client: nil, date: header.startDay).progress
                context.report(.notice(CLIMessage.followUpIntro.text(workshop.language, [
                    "day": previous.header.startDay.iso, "parent": previous.path,
                    "reviews": progress?.reviews.count ?? 0, "open": progress?.stillOpen.count ?? 0,
                ]), at: SourceLocation(file: path)))
            }
            try SessionLauncher.run(engine: engine, writer: writer, sessionPath: path, resumed: false, clockOffset: 0,
                                    board: board, script: file.path,
                                    resumeOptions: board.map { ["--board", $0] } ?? [], strict: strict,
                                    preread: answers.map { ($0.answers, preread ?? "") }, in: context)
        }

        /// A session saved outside the library is linked into it, so `atelier sessions` finds it;
        /// a link that cannot be written is a warning, and the session goes on.
        static func link(_ path: String, header: JournalHeader, library: SessionLibrary, in context: CommandContext) {
            do {
                try library.add(path: path, header: header)
            } catch {
                context.report(.warning(CLIMessage.sessionNotLinked.text(header.language, ["reason": error.message(header.language)]),
                                        at: SourceLocation(file: path)))
            }
        }

        /// Creates the session file (in the library unless `explicit`); a default name already taken gets -2, -3…
        static func create(header: JournalHeader, explicit: String?, workshop: Workshop, library: SessionLibrary) throws -> (JournalWriter, String) {
            for _ in 0..<20 {
                let path: String
                if let explicit {
                    path = explicit
                } else {
                    do {
                        path = try library.newSessionPath(day: header.startDay, client: header.client, workshopID: workshop.id)
                    } catch {
                        throw error.failure(workshop.language)
                    }
                }
                do {
                    return (try JournalWriter.create(path: path, header: header), path)
                } catch {
                    if case .alreadyExists(_) = error, explicit == nil { continue }
                    throw error.failure(workshop.language)
                }
            }
            throw CommandFailure(.fileAccess, CLIMessage.noFreeSessionName.text(workshop.language), file: library.home)
        }
    }
}

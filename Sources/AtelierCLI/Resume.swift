import ArgumentParser
import AtelierCore
import AtelierStore
import AtelierTerminal
import Foundation

extension Atelier {
    /// `atelier resume SESSION`: continues an interrupted session where it stopped.
    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resume",
            abstract: "Continue an interrupted session (quit, Ctrl-D, closed terminal, crash) where it stopped.",
            discussion: "The clock picks up from the time recorded in the session, not from the wall time since it began."
        )

        @Argument(help: "The session: its file, its id (or the start of it), or client/date (see `atelier sessions`).")
        var session: String

        @Option(help: "The workshop script, if it moved or was edited since the session started: the answers are carried over to the edited script by field id (a comment-only edit needs nothing).")
        var workshop: String?

        @Option(help: ArgumentHelp("When the edited script does not say where a field went (`renamed:`), map it: OLD=NEW (field ids, dotted inside records: objectifs.indicateurs.reference=depart).", valueName: "old=new"))
        var rename: [String] = []

        @Option(help: ArgumentHelp("Open the room's live board: --board alone for this computer (127.0.0.1, a free port), --board 0.0.0.0:PORT for the room's network.", valueName: "address"))
        var board: String?

        func run() throws {
            let language = Console.language
            // An address the board cannot use is refused before the session is opened.
            if let board { try BoardLauncher.check(address: board, language: language) }
            let session = try SessionReference.resolve(self.session, language: language)
            let opened: (writer: JournalWriter, journal: JournalReadResult)
            do {
                opened = try JournalWriter.open(existing: session)
            } catch {
                throw Console.fail(error.message(language))
            }
            guard let header = opened.journal.header else {
                throw Console.fail(Console.t(language, "\(session) n'a pas d'en-tête de session.", "\(session) has no session header."))
            }
            for warning in opened.journal.warnings { Console.err(SafeText.clean(warning.rendered(header.language))) }
            let renamed = try Self.renames(rename, language: header.language)
            var journal = opened.journal
            let plan = try ScriptMigrationPlan.make(header: header, events: journal.events, given: workshop, session: session)
            try Self.mergeRescue(into: &journal, writer: opened.writer, language: header.language)
            var (engine, warnings) = journal.replay(plan.base.workshop, today: header.startDay, file: session)
            for warning in warnings { Console.err(SafeText.clean(warning.rendered(header.language))) }
            var scriptPath = plan.base.path
            switch plan.edit {
            case .none: break
            case .formOnly(let path):
                Console.err(SafeText.clean(LibraryText.formOnly(path, header.language)))
            case .meaning(let edited):
                let event = try ScriptMigrationPlan.migrate(&engine, to: edited, renamed: renamed, at: journal.elapsedTime,
                                                            interactive: isatty(STDIN_FILENO) != 0)
                do {
                    if case .pending = try opened.writer.append(event) {
                        throw StoreError.diskFull(path: session, pending: opened.writer.pendingLines.count)
                    }
                } catch let error as StoreError {
                    throw Console.fail(error.message(header.language))
                }
                scriptPath = edited.path
            }
            try SessionLauncher.run(engine: engine, writer: opened.writer, sessionPath: session, resumed: true,
                                    clockOffset: journal.elapsedTime,
                                    openPrompt: SessionRunner.openPromptLines(journal.events),
                                    history: HistoryFile.sessionLines(journal.events, language: header.language),
                                    board: board, script: scriptPath)
        }

        /// `--rename old=new` options as a map.
        static func renames(_ options: [String], language: Language) throws -> [String: String] {
            var out: [String: String] = [:]
            for option in options {
                let parts = option.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw Console.fail(LibraryText.badRename(option, language), status: ExitCode.validationFailure)
                }
                out[parts[0]] = parts[1]
            }
            return out
        }

        /// The events the disk refused at the end of an earlier run, from the session's rescue
        /// file, written into the session in order (fsynced) before anything else; the rescue
        /// file is removed only then. If the disk still refuses, nothing starts and the copy stays.
        static func mergeRescue(into journal: inout JournalReadResult, writer: JournalWriter, language: Language) throws {
            guard let header = journal.header, let found = RescueFile.find(for: header) else { return }
            do {
                let rescue = try found.get()
                let merged = try rescue.merged(into: journal.events)
                for event in merged[journal.events.count...] {
                    if case .pending = try writer.append(event) {
                        throw StoreError.diskFull(path: writer.path, pending: writer.pendingLines.count)
                    }
                }
                if merged.count > journal.events.count {
                    Console.err(CLIText.rescueMerged(merged.count - journal.events.count, rescue: rescue.path, language))
                }
                journal.eventLines += Array(repeating: 0, count: merged.count - journal.events.count)
                journal.events = merged
                RescueFile.remove(rescue)
            } catch let error as StoreError {
                throw Console.fail(CLIText.rescueNotMerged(error.message(language), language))
            }
        }

        /// The script the session was recorded with: the file it names, if unchanged; otherwise a
        /// clear refusal with the offer to replay against the new script.
        static func script(for header: JournalHeader, given: String?, session: String) throws -> ScriptFile {
            let language = header.language
            let path = given ?? header.scriptPath
            if let path, FileManager.default.fileExists(atPath: path) {
                let file = try ScriptFile.load(path)
                guard file.workshop.id == header.workshopID else {
                    throw Console.fail(JournalError.differentWorkshop(file: session, recorded: header.workshopID,
                                                                      given: file.workshop.id).rendered(language))
                }
                guard header.matches(scriptBytes: file.bytes) else {
                    throw Console.fail(Console.t(language,
                        "le script \(path) a changé depuis le début de cette session : la reprendre mélangerait deux versions. Pour voir ce que le nouveau script aurait changé : atelier replay \(Console.shellQuoted(session)) --workshop \(Console.shellQuoted(path))",
                        "the script \(path) changed since this session started: resuming would mix two versions. To see what the new script would have changed: atelier replay \(Console.shellQuoted(session)) --workshop \(Console.shellQuoted(path))")
                        + LibraryText.continueOnEdited(session: Console.shellQuoted(session), script: Console.shellQuoted(path), language))
                }
                return file
            }
            if given == nil, let source = header.scriptSource {
                return try ScriptFile.load(source: source, bytes: [UInt8](source.utf8), path: path ?? header.workshopID)
            }
            throw Console.fail(Console.t(language,
                "le script de cette session est introuvable (\(path ?? "?")) ; indiquez-le avec --workshop.",
                "cannot find this session's script (\(path ?? "?")); name it with --workshop."))
        }
    }
}

import ArgumentParser
import AtelierCore
import AtelierStore
import AtelierTerminal
import Foundation

extension Atelier {
    /// `atelier resume SESSION`: continues an interrupted session where it stopped.
    struct Resume: AtelierCommand {
        static let configuration = CommandConfiguration(
            commandName: "resume",
            abstract: "Continue an interrupted session (quit, Ctrl-D, closed terminal, crash) where it stopped.",
            discussion: "The clock picks up from the time recorded in the session, not from the wall time since it began."
        )

        @Argument(help: "The session: its file, its id (or the start of it), or client/date (see `atelier sessions`).",
                  completion: .file(extensions: ["jsonl"]))
        var session: String

        @Option(help: "The workshop script, if it moved or was edited since the session started: the answers are carried over to the edited script by field id (an edit of comments or layout needs nothing).",
                completion: .file(extensions: ["yaml", "yml"]))
        var workshop: String?

        @Option(help: ArgumentHelp("When the edited script does not say where a field went (`renamed:`), map it: OLD=NEW (field ids, dotted inside records: objectifs.indicateurs.reference=depart).", valueName: "old=new"))
        var rename: [String] = []

        @Option(help: ArgumentHelp("Open the room's live board: --board alone for this computer (127.0.0.1, a free port), --board 0.0.0.0:PORT for the room's network.", valueName: "address"))
        var board: String?

        @OptionGroup var languageOption: LanguageOption

        @Flag(help: "With piped answers: stop at the first refused line (the session is saved; status 1).")
        var strict = false

        func run(in context: CommandContext) throws {
            // An address the board cannot use is refused before the session is opened.
            if let board { try BoardLauncher.check(address: board, in: context) }
            let session = try SessionReference.resolve(self.session, in: context)
            let renamed = try Self.renames(rename, language: context.language())
            let opened: (writer: JournalWriter, journal: JournalReadResult)
            do {
                opened = try JournalWriter.open(existing: session)
            } catch {
                // The session's language, when its header can still be read (a damaged line, a session in use).
                let recorded = try? JournalReader.read(path: session).get().header?.language
                throw error.failure(context.language(of: recorded))
            }
            guard let header = opened.journal.header else {
                throw CommandFailure(.problemsFound, [JournalError.notAJournal(file: session).diagnostic(context.language())])
            }
            let language = context.language(of: header.language)
            context.printer.report(opened.journal.warnings.map { $0.diagnostic(language) })
            let plan = try ScriptMigrationPlan.make(header: header, events: opened.journal.events, given: workshop, session: session,
                                                    in: context)
            var journal = opened.journal
            try Self.mergeRescue(into: &journal, writer: opened.writer, in: context, language: language)
            // The session speaks the language asked for (`--lang`), as `run` does.
            var script = plan.base.workshop
            script.language = language
            var (engine, warnings) = journal.replay(script, today: header.startDay, file: session)
            context.printer.report(warnings.map { $0.diagnostic(language) })
            var scriptPath = plan.base.path
            switch plan.edit {
            case .none: break
            case .formOnly(let path):
                context.report(.notice(CLIMessage.scriptFormOnly.text(language), at: SourceLocation(file: path)))
            case .meaning(let edited):
                let event = ScriptMigrationPlan.migrate(&engine, to: edited, renamed: renamed, at: journal.elapsedTime, in: context)
                do {
                    if case .pending = try opened.writer.append(event) {
                        throw StoreError.diskFull(path: session, pending: opened.writer.pendingLines.count)
                    }
                } catch let error as StoreError {
                    throw error.failure(language)
                }
                scriptPath = edited.path
            }
            try SessionLauncher.run(engine: engine, writer: opened.writer, sessionPath: session, resumed: true,
                                    clockOffset: journal.elapsedTime,
                                    openPrompt: SessionRunner.openPromptLines(journal.events),
                                    history: HistoryFile.sessionLines(journal.events, language: header.language),
                                    board: board, script: scriptPath,
                                    resumeOptions: (workshop.map { ["--workshop", $0] } ?? []) + (board.map { ["--board", $0] } ?? []),
                                    strict: strict, in: context)
        }

        /// `--rename old=new` options as a map.
        static func renames(_ options: [String], language: Language) throws -> [String: String] {
            var out: [String: String] = [:]
            for option in options {
                let parts = option.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw CommandFailure(.usage, CLIMessage.badRename.text(language, ["option": option]))
                }
                out[parts[0]] = parts[1]
            }
            return out
        }

        /// The events the disk refused at the end of an earlier run, from the session's rescue
        /// file, written into the session in order (fsynced) before anything else; the rescue
        /// file is removed only then. If the disk still refuses, nothing starts and the copy stays.
        static func mergeRescue(into journal: inout JournalReadResult, writer: JournalWriter, in context: CommandContext,
                                language: Language) throws {
            guard let header = journal.header, let found = RescueFile.find(for: header) else { return }
            var rescuePath = RescueFile.path(sessionID: header.sessionID)
            do {
                let rescue = try found.get()
                rescuePath = rescue.path
                let merged = try rescue.merged(into: journal.events)
                for event in merged[journal.events.count...] {
                    if case .pending = try writer.append(event) {
                        throw StoreError.diskFull(path: writer.path, pending: writer.pendingLines.count)
                    }
                }
                let added = merged.count - journal.events.count
                if added > 0 {
                    context.report(.notice(CLIMessage.plural(added, one: .rescueMergedOne, other: .rescueMergedOther, language),
                                           at: SourceLocation(file: rescue.path)))
                }
                journal.takeRescued(merged)
                RescueFile.remove(rescue)
            } catch let error as StoreError {
                throw CommandFailure(.fileAccess, CLIMessage.rescueNotMerged.text(language, ["reason": error.message(language)]),
                                     file: rescuePath)
            }
        }

        /// The script the session was recorded with: the file it names, if unchanged, else the copy
        /// kept in the journal; a clear refusal, with the offer to replay against the new script,
        /// when the file given is not that script.
        static func script(for header: JournalHeader, given: String?, session: String, in context: CommandContext) throws -> ScriptFile {
            let language = context.language(of: header.language)
            let path = given ?? header.scriptPath
            if let path, given != nil || access(path, R_OK) == 0 {
                let file = try ScriptFile.load(path, in: context)
                if let mismatch = JournalCodec.checkScript(header, file: session, scriptPath: path, workshopID: file.workshop.id,
                                                           scriptBytes: file.bytes) {
                    throw CommandFailure(.problemsFound, [mismatch.diagnostic(language)])
                }
                return file
            }
            if let source = header.scriptSource {
                return try ScriptFile.load(source: source, path: path ?? header.workshopID, in: context)
            }
            throw CommandFailure(.fileAccess, CLIMessage.sessionScriptMissing.text(language, ["path": path ?? "?"]), file: session)
        }
    }
}

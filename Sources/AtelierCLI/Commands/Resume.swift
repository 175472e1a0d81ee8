import ArgumentParser
import AtelierCore
import AtelierStore

extension Atelier {
    /// `atelier resume SESSION`: continues an interrupted session where it stopped.
    struct Resume: AtelierCommand {
        static let configuration = CommandConfiguration(
            abstract: "Continue an interrupted session (quit, Ctrl-D, closed terminal, crash) where it stopped.",
            discussion: "The clock picks up from the time recorded in the session, not from the wall time since it began."
        )

        @Argument(help: "The session file (sessions/NAME.jsonl).", completion: .file(extensions: ["jsonl"]))
        var session: String

        @Option(help: "The workshop script, if it moved since the session started.",
                completion: .file(extensions: ["yaml", "yml"]))
        var workshop: String?

        @OptionGroup var languageOption: LanguageOption

        func run(in context: CommandContext) throws {
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
            let file = try Self.script(for: header, given: workshop, session: session, in: context)
            let (engine, notices) = SessionReplay.replay(opened.journal, today: header.startDay, workshop: file.workshop,
                                                           session: session, language: language)
            context.printer.report(notices)
            try SessionLauncher.run(engine: engine, writer: opened.writer, sessionPath: session, resumed: true,
                                    clockOffset: opened.journal.elapsedTime, in: context)
        }

        /// The script the session was recorded with: the file it names, if unchanged, else the copy
        /// kept in the journal; a clear refusal, with the offer to replay against the new script,
        /// when the file given is not that script.
        static func script(for header: JournalHeader, given: String?, session: String, in context: CommandContext) throws -> ScriptFile {
            let language = context.language(of: header.language)
            let path = given ?? header.scriptPath
            if let path, given != nil || FileBytes.read(path).isReadable {
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

extension Result where Success == [UInt8], Failure == FileBytes.Failure {
    /// True when the file could be read.
    var isReadable: Bool { if case .success = self { true } else { false } }
}

import ArgumentParser
import AtelierCore
import AtelierStore
import Foundation

extension Atelier {
    /// `atelier resume SESSION`: continues an interrupted session where it stopped.
    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Continue an interrupted session (quit, Ctrl-D, closed terminal, crash) where it stopped.",
            discussion: "The clock picks up from the time recorded in the session, not from the wall time since it began."
        )

        @Argument(help: "The session file (sessions/….jsonl).")
        var session: String

        @Option(help: "The workshop script, if it moved since the session started.")
        var workshop: String?

        func run() throws {
            let language = Console.language
            let opened: (writer: JournalWriter, journal: JournalReadResult)
            do {
                opened = try JournalWriter.open(existing: session)
            } catch {
                throw Console.fail(error.message(language))
            }
            guard let header = opened.journal.header else {
                throw Console.fail(Console.t(language, "\(session) n'a pas d'en-tête de session.", "\(session) has no session header."))
            }
            for warning in opened.journal.warnings { Console.err(warning.rendered(header.language)) }
            let file = try Self.script(for: header, given: workshop, session: session)
            let (engine, notices) = Engine.replaying(opened.journal.events, workshop: file.workshop, today: header.startDay)
            for notice in notices { Console.err(notice.message(header.language)) }
            try SessionLauncher.run(engine: engine, writer: opened.writer, sessionPath: session, resumed: true,
                                    clockOffset: opened.journal.elapsedTime)
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
                        "the script \(path) changed since this session started: resuming would mix two versions. To see what the new script would have changed: atelier replay \(Console.shellQuoted(session)) --workshop \(Console.shellQuoted(path))"))
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

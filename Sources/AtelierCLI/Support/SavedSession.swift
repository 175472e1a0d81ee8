import AtelierCore
import AtelierStore

/// A session read back from its journal, with the script it was recorded with, and the events of
/// its rescue file, if the disk refused some at the end (read, not written back: `resume` does that).
struct SavedSession {
    var path: String
    var header: JournalHeader
    /// The journal, the events of a rescue file after its own (at line 0).
    var journal: JournalReadResult
    /// The script as it was when the session was recorded (the copy in the journal).
    var script: ScriptFile
    /// A warning when that copy no longer matches the header's hash.
    var scriptCopyWarning: JournalWarning?
    /// The language of the command's messages (`--lang`, else the session's).
    var language: Language

    var events: [Event] { journal.events }

    /// Reads a journal: a torn last line is dropped with a warning; anything worse stops with
    /// `SESSION:LINE: error: …` (status 1), a file that cannot be read with status 3.
    /// `reference`: a path, or a session of the library (see `SessionReference`).
    static func read(_ reference: String, in context: CommandContext) throws -> SavedSession {
        let path = try SessionReference.resolve(reference, in: context)
        var journal: JournalReadResult
        switch JournalReader.read(path: path) {
        case .success(let result): journal = result
        case .failure(let error): throw error.failure(context.language())
        }
        let language = context.language(of: journal.header?.language)
        if let error = journal.error { throw CommandFailure(.problemsFound, [error.diagnostic(language)]) }
        guard let header = journal.header else {
            throw CommandFailure(.problemsFound, [JournalError.notAJournal(file: path).diagnostic(language)])
        }
        context.printer.report(journal.warnings.map { $0.diagnostic(language) })
        let script: ScriptFile
        if let source = header.scriptSource {
            script = try ScriptFile.load(source: source, path: header.scriptPath ?? header.workshopID, in: context)
        } else {
            script = try Atelier.Resume.script(for: header, given: nil, session: path, in: context)
        }
        readRescue(into: &journal, session: path, in: context, language: language)
        return SavedSession(path: path, header: header, journal: journal, script: script,
                            scriptCopyWarning: journal.scriptCopyWarning(file: path), language: language)
    }

    /// The events of the session's rescue file, after the journal's own (said as a notice); a
    /// rescue file that cannot be used is a warning, and the journal is read alone.
    private static func readRescue(into journal: inout JournalReadResult, session: String, in context: CommandContext,
                                   language: Language) {
        guard let header = journal.header, let found = RescueFile.find(for: header) else { return }
        do {
            let rescue = try found.get()
            let merged = try rescue.merged(into: journal.events)
            let added = merged.count - journal.events.count
            guard added > 0 else { return }
            context.report(.notice(CLIMessage.plural(added, one: .rescueReadOne, other: .rescueReadOther, language, [
                "resume": context.command(["resume", session]),
            ]), at: SourceLocation(file: rescue.path)))
            journal.takeRescued(merged)
        } catch {
            context.report(.warning(error.message(language), at: error.path.map { SourceLocation(file: $0) }))
        }
    }

    /// The engine after every recorded event, and what it said about them, each at the journal
    /// line of its event.
    func replay(with workshop: Workshop? = nil) -> (engine: Engine, warnings: [JournalWarning]) {
        journal.replay(workshop ?? script.workshop, today: header.startDay, file: path)
    }

    /// What the engine said about the event at `index`, at its journal line.
    func diagnostic(_ notice: EngineNotice, eventAt index: Int) -> Diagnostic {
        JournalWarning(about: notice, file: path, line: journal.line(ofEvent: index)).diagnostic(language)
    }

    /// The charter document of this session.
    func document(_ engine: Engine) -> CharterDocument {
        engine.document(sessionID: header.sessionID, client: header.client, date: header.startDay, startedAt: header.startedAt)
    }
}

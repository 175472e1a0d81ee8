import AtelierCore
import AtelierStore

/// A session read back from its journal, with the script it was recorded with.
struct SavedSession {
    var path: String
    var header: JournalHeader
    var journal: JournalReadResult
    /// The script as it was when the session was recorded (the copy in the journal).
    var script: ScriptFile
    /// The language of the command's messages (`--lang`, else the session's).
    var language: Language

    var events: [Event] { journal.events }

    /// Reads a journal: a torn last line is dropped with a warning; anything worse stops with
    /// `SESSION:LINE: error: …` (status 1), a file that cannot be read with status 3.
    static func read(_ path: String, in context: CommandContext) throws -> SavedSession {
        let journal: JournalReadResult
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
        return SavedSession(path: path, header: header, journal: journal, script: script, language: language)
    }

    /// The engine after every recorded event, and what it said about events that did not fit,
    /// each at its line of the journal.
    func replay(with workshop: Workshop? = nil) -> (engine: Engine, notices: [Diagnostic]) {
        SessionReplay.replay(journal, today: header.startDay, workshop: workshop ?? script.workshop, session: path,
                             language: language)
    }

    /// The charter document of this session.
    func document(_ engine: Engine) -> CharterDocument {
        engine.document(sessionID: header.sessionID, client: header.client, date: header.startDay, startedAt: header.startedAt)
    }
}

/// A journal's events played through the engine, with what the engine said about each.
enum SessionReplay {
    /// The final engine, and each notice as a diagnostic at the journal line of its event: a
    /// warning when the event could not be applied, a notice otherwise.
    static func replay(_ journal: JournalReadResult, today: Day, workshop: Workshop, session: String,
                       language: Language) -> (engine: Engine, notices: [Diagnostic]) {
        var engine = Engine(workshop: workshop, today: today)
        var notices: [Diagnostic] = []
        for (index, event) in journal.events.enumerated() {
            let line = journal.eventLines.indices.contains(index) ? journal.eventLines[index] : nil
            let place = SourceLocation(file: session, line: line)
            for notice in engine.apply(event) {
                let message = notice.message(language)
                notices.append(notice.rejectsEvent ? .warning(message, at: place) : .notice(message, at: place))
            }
        }
        return (engine, notices)
    }
}

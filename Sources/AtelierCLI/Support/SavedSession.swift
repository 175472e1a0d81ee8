import ArgumentParser
import AtelierCore
import AtelierStore
import Foundation

/// A session read back from its journal, with the script it was recorded with.
struct SavedSession {
    var path: String
    var header: JournalHeader
    var events: [Event]
    /// The script as it was when the session was recorded (the copy in the journal).
    var script: ScriptFile

    /// Reads a journal: a torn last line is dropped with a warning on stderr; anything worse stops
    /// with `SESSION:LINE: error: …`.
    static func read(_ path: String) throws -> SavedSession {
        let language = Console.language
        let journal: JournalReadResult
        switch JournalReader.read(path: path) {
        case .success(let result): journal = result
        case .failure(let error): throw Console.fail(error.message(language))
        }
        if let error = journal.error { throw Console.fail(error.rendered(journal.header?.language ?? language)) }
        guard let header = journal.header else {
            throw Console.fail(Console.t(language, "\(path) n'a pas d'en-tête de session.", "\(path) has no session header."))
        }
        for warning in journal.warnings { Console.err(warning.rendered(header.language)) }
        let script: ScriptFile
        if let source = header.scriptSource {
            script = try ScriptFile.load(source: source, bytes: [UInt8](source.utf8), path: header.scriptPath ?? header.workshopID)
        } else {
            script = try Atelier.Resume.script(for: header, given: nil, session: path)
        }
        return SavedSession(path: path, header: header, events: journal.events, script: script)
    }

    /// The engine after every recorded event, and what it said about events that did not fit.
    func replay(with workshop: Workshop? = nil) -> (engine: Engine, notices: [EngineNotice]) {
        Engine.replaying(events, workshop: workshop ?? script.workshop, today: header.startDay)
    }

    /// The charter document of this session.
    func document(_ engine: Engine) -> CharterDocument {
        engine.document(sessionID: header.sessionID, client: header.client, date: header.startDay, startedAt: header.startedAt)
    }
}

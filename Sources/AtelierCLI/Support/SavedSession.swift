import ArgumentParser
import AtelierCore
import AtelierStore
import Foundation

/// A session read back from its journal, with the script it was recorded with, and the events of
/// its rescue file, if the disk refused some at the end (read, not written back: `resume` does that).
struct SavedSession {
    var path: String
    var header: JournalHeader
    var events: [Event]
    /// The journal line of each event (0 for an event from the rescue file).
    var eventLines: [Int]
    /// The script as it was when the session was recorded (the copy in the journal).
    var script: ScriptFile
    /// A warning when that copy no longer matches the header's hash.
    var scriptCopyWarning: JournalWarning?

    /// Reads a journal: a torn last line is dropped with a warning on stderr; anything worse stops
    /// with `SESSION:LINE: error: …`.
    /// `reference`: a path, or a session of the library (see `SessionReference`).
    static func read(_ reference: String) throws -> SavedSession {
        let language = Console.language
        let path = try SessionReference.resolve(reference, language: language)
        let journal: JournalReadResult
        switch JournalReader.read(path: path) {
        case .success(let result): journal = result
        case .failure(let error): throw Console.fail(error.message(language))
        }
        if let error = journal.error { throw Console.fail(error.rendered(journal.header?.language ?? language)) }
        guard let header = journal.header else {
            throw Console.fail(Console.t(language, "\(path) n'a pas d'en-tête de session.", "\(path) has no session header."))
        }
        for warning in journal.warnings { Console.err(SafeText.clean(warning.rendered(header.language))) }
        let script: ScriptFile
        if let source = header.scriptSource {
            script = try ScriptFile.load(source: source, bytes: [UInt8](source.utf8), path: header.scriptPath ?? header.workshopID)
        } else {
            script = try Atelier.Resume.script(for: header, given: nil, session: path)
        }
        var events = journal.events
        var lines = journal.eventLines
        if let found = RescueFile.find(for: header) {
            do {
                let rescue = try found.get()
                let merged = try rescue.merged(into: events)
                if merged.count > events.count {
                    Console.err(CLIText.rescueRead(merged.count - events.count, rescue: rescue.path,
                                                   resume: "atelier resume \(Console.shellQuoted(path))", header.language))
                }
                lines += Array(repeating: 0, count: merged.count - events.count)
                events = merged
            } catch {
                Console.err("atelier: " + SafeText.clean(error.message(header.language)))
            }
        }
        return SavedSession(path: path, header: header, events: events, eventLines: lines, script: script,
                            scriptCopyWarning: journal.scriptCopyWarning(file: path))
    }

    /// The engine after every recorded event, and what it said about events that did not fit.
    func replay(with workshop: Workshop? = nil) -> (engine: Engine, notices: [EngineNotice]) {
        Engine.replaying(events, workshop: workshop ?? script.workshop, today: header.startDay)
    }

    /// The engine after every event, with a located warning for each event that lands nowhere.
    func replayReporting() -> (engine: Engine, warnings: [JournalWarning]) {
        JournalReadResult(header: header, events: events, intactByteCount: 0, eventLines: eventLines)
            .replay(script.workshop, today: header.startDay, file: path)
    }

    /// The charter document of this session.
    func document(_ engine: Engine) -> CharterDocument {
        engine.document(sessionID: header.sessionID, client: header.client, date: header.startDay, startedAt: header.startedAt)
    }
}

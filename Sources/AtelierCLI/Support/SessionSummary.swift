import AtelierCore
import AtelierStore
import Foundation

/// One line of `atelier sessions`: who, which workshop, when, how long, how ready, where.
struct SessionSummary {
    var path: String
    var header: JournalHeader
    /// Seconds of workshop time recorded.
    var timeSpent: Double
    /// Share of the blocking gaps closed (nil when the session's script could not be read).
    var readiness: Double?
    var openQuestions: Int?
    /// Why the session could not be read, when it could not.
    var problem: String?

    /// Reads what the library knows of one session, quietly: a session that cannot be read is
    /// listed with why, never stops the listing.
    static func read(_ entry: SessionLibrary.Entry, language: Language) -> SessionSummary? {
        let journal: JournalReadResult
        switch entry.journal {
        case .success(let read): journal = read
        case .failure: return nil
        }
        guard let header = journal.header else { return nil }
        var summary = SessionSummary(path: entry.path, header: header, timeSpent: journal.elapsedTime)
        if let error = journal.error {
            summary.problem = error.message(language)
            return summary
        }
        guard let workshop = Self.workshop(of: header, file: entry.path) else { return summary }
        let engine = journal.replay(workshop, today: header.startDay, file: entry.path).engine
        let document = engine.document(sessionID: header.sessionID, client: header.client, date: header.startDay)
        summary.readiness = document.readiness.overall
        summary.openQuestions = document.openQuestions.count
        return summary
    }

    /// The script a session was recorded with (its own copy, else the file it names), loaded
    /// through the cache of checked scripts; nil, silently, when it cannot be.
    static func workshop(of header: JournalHeader, file: String) -> Workshop? {
        let source: String
        if let copy = header.scriptSource {
            source = copy
        } else if let path = header.scriptPath, case .success(let bytes) = InputFile.read(path, limit: InputFile.scriptLimit),
                  header.matches(scriptBytes: bytes), let text = String(validating: bytes, as: UTF8.self) {
            source = text
        } else {
            return nil
        }
        let bytes = Array(source.utf8)
        let cache = ScriptCache(directory: ScriptCache.standardDirectory(), toolVersion: AtelierVersion.current)
        if let workshop = cache.workshop(scriptBytes: bytes, file: header.scriptPath ?? file) { return workshop }
        let loaded = WorkshopLoader.load(source: source, file: header.scriptPath ?? file, language: header.language)
        guard let workshop = loaded.workshop, !loaded.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        cache.store(workshop, scriptBytes: bytes)
        return workshop
    }

    /// Newest first: by the session's day, then its start time, then by path.
    static func newestFirst(_ a: SessionSummary, _ b: SessionSummary) -> Bool {
        if a.header.startDay != b.header.startDay { return a.header.startDay > b.header.startDay }
        let (x, y) = (a.header.startedAt, b.header.startedAt)
        return x != y ? x > y : a.path < b.path
    }

    /// The JSON object `atelier sessions --json` prints for it.
    var json: [String: Any] {
        var object: [String: Any] = [
            "id": header.sessionID, "workshop_id": header.workshopID, "workshop_title": header.workshopTitle,
            "date": header.startDay.iso, "started_at": header.startedAt, "time_spent_seconds": timeSpent.rounded(),
            "path": SessionLibrary.absolute(path),
        ]
        object["client"] = header.client
        object["readiness"] = readiness.map { ($0 * 100).rounded() / 100 }
        object["open_questions"] = openQuestions
        object["follow_up_of"] = header.parentSessionID
        object["problem"] = problem
        return object
    }
}

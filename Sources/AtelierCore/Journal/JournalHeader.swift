/// The first line of every session journal: which workshop, which script, which client, when.
///
/// Written once when the session starts and never changed afterwards; a resume appends to the same
/// file under the same header.
public struct JournalHeader: Codable, Sendable, Hashable {
    /// The `format` value that marks a file as an Atelier journal.
    package static let formatName = "atelier-journal"
    /// The journal format this version of Atelier writes and reads.
    public static let currentVersion = 1

    /// Always `atelier-journal`.
    var format: String
    /// The journal format version (`1`); a reader refuses versions newer than its own.
    var version: Int
    /// A unique id for this session (it survives resumes and renames of the file).
    package var sessionID: String
    /// The workshop script's `id`.
    package var workshopID: String
    /// The workshop script's title, for people listing their sessions.
    package var workshopTitle: String
    /// SHA-256 of the script file's bytes, in hex: tells a resume or replay the script has changed.
    package var workshopHash: String
    /// The client's name as typed when the session started, if any.
    package var client: String?
    /// Wall-clock start time, ISO 8601 with the UTC offset (`2026-11-24T09:02:11+01:00`).
    package var startedAt: String
    /// The calendar day the session started on: what `today()` means in this session, on replay too.
    package var startDay: Day
    /// The Atelier version that started the session.
    var atelierVersion: String
    /// The language of the workshop script (messages about the session use it too).
    package var language: Language
    /// The script's path as given when the session started, so `resume` finds it again.
    package var scriptPath: String?
    /// The script's text as it was when the session started: a replay or an export needs no other
    /// file, and a replay against an edited script can say what would have gone differently.
    package var scriptSource: String?
    /// For a follow-up workshop: the session it continues (`session_id` of that session's header).
    package var parentSessionID: String?
    /// For a follow-up workshop: where that session's journal was when the follow-up started.
    package var parentPath: String?

    public init(version: Int = JournalHeader.currentVersion, sessionID: String, workshopID: String,
                workshopTitle: String, workshopHash: String, client: String?, startedAt: String,
                startDay: Day, atelierVersion: String, language: Language) {
        self.format = JournalHeader.formatName
        self.version = version
        self.sessionID = sessionID
        self.workshopID = workshopID
        self.workshopTitle = workshopTitle
        self.workshopHash = workshopHash
        self.client = client
        self.startedAt = startedAt
        self.startDay = startDay
        self.atelierVersion = atelierVersion
        self.language = language
    }

    /// A header for `workshop`, hashing the script's bytes exactly as read from its file.
    public init(sessionID: String, workshop: Workshop, scriptBytes: [UInt8], client: String?,
                startedAt: String, startDay: Day, atelierVersion: String) {
        self.init(sessionID: sessionID, workshopID: workshop.id, workshopTitle: workshop.title,
                  workshopHash: SHA256.hex(scriptBytes), client: client, startedAt: startedAt,
                  startDay: startDay, atelierVersion: atelierVersion, language: workshop.language)
    }

    /// True when `scriptBytes` are exactly the script this session was recorded with.
    package func matches(scriptBytes: [UInt8]) -> Bool {
        SHA256.hex(scriptBytes) == workshopHash
    }

    enum CodingKeys: String, CodingKey {
        case format, version
        case sessionID = "session_id"
        case workshopID = "workshop_id"
        case workshopTitle = "workshop_title"
        case workshopHash = "workshop_hash"
        case client
        case startedAt = "started_at"
        case startDay = "start_day"
        case atelierVersion = "atelier_version"
        case language
        case scriptPath = "script_path"
        case scriptSource = "script_source"
        case parentSessionID = "parent_session_id"
        case parentPath = "parent_path"
    }
}

/// What a follow-up workshop starts from: the previous session's charter and what it left open.
/// Written once, as the follow-up journal's first event (`follow_up`), so the follow-up replays
/// the same without its parent's file.
public struct FollowUpStart: Sendable, Hashable, Codable {
    /// The previous session's id (`session_id` of its header).
    public var parent: String
    /// The day the previous session was held.
    public var parentDay: Day
    /// The previous charter: top-level field id -> value, record ids included.
    public var charter: [String: Value]
    /// The open questions it left.
    public var openQuestions: [CarriedQuestion]
    /// The decisions it recorded: still in force.
    public var decisions: [CarriedDecision]

    public init(parent: String, parentDay: Day, charter: [String: Value], openQuestions: [CarriedQuestion],
                decisions: [CarriedDecision]) {
        self.parent = parent
        self.parentDay = parentDay
        self.charter = charter
        self.openQuestions = openQuestions
        self.decisions = decisions
    }

    enum CodingKeys: String, CodingKey {
        case parent, charter, decisions
        case parentDay = "parent_day"
        case openQuestions = "open_questions"
    }
}

/// An open question carried into a follow-up: asked again through its item, resolved once the
/// field it is about holds an answer.
public struct CarriedQuestion: Sendable, Hashable, Codable {
    /// The agenda item it was parked from, when it still names one.
    public var item: ItemID?
    public var question: String
    public var owner: String?
    public var dontKnow: Bool
    public var section: String?
    /// The field path its answer goes to, when known (`objectifs[r1].indicateurs`).
    public var path: String?

    public init(item: ItemID?, question: String, owner: String?, dontKnow: Bool, section: String?, path: String?) {
        self.item = item
        self.question = question
        self.owner = owner
        self.dontKnow = dontKnow
        self.section = section
        self.path = path
    }

    enum CodingKeys: String, CodingKey {
        case item, question, owner, section, path
        case dontKnow = "dont_know"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        item = try c.decodeIfPresent(String.self, forKey: .item).flatMap(ItemID.init)
        question = try c.decode(String.self, forKey: .question)
        owner = try c.decodeIfPresent(String.self, forKey: .owner)
        dontKnow = try c.decodeIfPresent(Bool.self, forKey: .dontKnow) ?? false
        section = try c.decodeIfPresent(String.self, forKey: .section)
        path = try c.decodeIfPresent(String.self, forKey: .path)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(item?.description, forKey: .item)
        try c.encode(question, forKey: .question)
        try c.encodeIfPresent(owner, forKey: .owner)
        if dontKnow { try c.encode(true, forKey: .dontKnow) }
        try c.encodeIfPresent(section, forKey: .section)
        try c.encodeIfPresent(path, forKey: .path)
    }
}

/// A decision carried into a follow-up: the question it settled is not asked again.
public struct CarriedDecision: Sendable, Hashable, Codable {
    public var item: ItemID
    public var question: String
    public var text: String
    public var section: String
    public var path: String

    public init(item: ItemID, question: String, text: String, section: String, path: String) {
        self.item = item
        self.question = question
        self.text = text
        self.section = section
        self.path = path
    }

    enum CodingKeys: String, CodingKey { case item, question, text, section, path }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .item)
        guard let item = ItemID(text) else {
            throw DecodingError.dataCorruptedError(forKey: .item, in: c, debugDescription: "not an agenda item: “\(text)”")
        }
        self.item = item
        question = try c.decode(String.self, forKey: .question)
        self.text = try c.decode(String.self, forKey: .text)
        section = try c.decode(String.self, forKey: .section)
        path = try c.decode(String.self, forKey: .path)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(item.description, forKey: .item)
        try c.encode(question, forKey: .question)
        try c.encode(text, forKey: .text)
        try c.encode(section, forKey: .section)
        try c.encode(path, forKey: .path)
    }
}

/// A session continued on an edited script (`atelier resume SESSION --workshop EDITED`): the
/// edited script's text, so a replay switches to it at the same point, and the fields mapped by
/// hand when the script did not say where they went (`renamed:` notes need no mapping).
public struct ScriptMigration: Sendable, Hashable, Codable {
    /// The edited script's whole text.
    public var scriptSource: String
    /// SHA-256 of the edited script's bytes, in hex.
    public var workshopHash: String
    /// The edited script's path, as given.
    public var scriptPath: String?
    /// Old field -> new field, each a path of field ids (`objectifs.indicateurs.reference`), chosen
    /// by the consultant when the script declares nothing.
    public var renamed: [String: String]

    public init(scriptSource: String, workshopHash: String, scriptPath: String?, renamed: [String: String] = [:]) {
        self.scriptSource = scriptSource
        self.workshopHash = workshopHash
        self.scriptPath = scriptPath
        self.renamed = renamed
    }

    enum CodingKeys: String, CodingKey {
        case renamed
        case scriptSource = "script_source"
        case workshopHash = "workshop_hash"
        case scriptPath = "script_path"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        scriptSource = try c.decode(String.self, forKey: .scriptSource)
        workshopHash = try c.decode(String.self, forKey: .workshopHash)
        scriptPath = try c.decodeIfPresent(String.self, forKey: .scriptPath)
        renamed = try c.decodeIfPresent([String: String].self, forKey: .renamed) ?? [:]
    }
}

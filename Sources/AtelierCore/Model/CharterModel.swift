/// The type of a charter field, as a workshop script declares it.
public indirect enum FieldType: Sendable, Hashable {
    /// One line of text.
    case text
    /// Several lines of text.
    case longText
    case number
    case date
    /// A duration in minutes ("30 min", "2h").
    case duration
    case yesNo
    /// Someone's name; Tab completes the people already named in the session.
    case person
    /// One of a fixed set of options.
    case choice([String])
    /// A list of scalar values, one item a line.
    case list(FieldType)
    /// A list of records (an objective with its indicators…).
    case records(RecordModel)

    /// The keyword a script uses for this type (`text`, `longtext`, …).
    public var keyword: String {
        switch self {
        case .text: "text"
        case .longText: "longtext"
        case .number: "number"
        case .date: "date"
        case .duration: "duration"
        case .yesNo: "yesno"
        case .person: "person"
        case .choice: "choice"
        case .list: "list"
        case .records: "records"
        }
    }

    /// True for types whose value is a `Value.text`.
    var isTextual: Bool {
        switch self {
        case .text, .longText, .person, .choice: true
        default: false
        }
    }
}

/// The fields of one record of a `records` field.
public struct RecordModel: Sendable, Hashable {
    public var fields: [FieldModel]
    /// The field that names a record when a question quotes it (the first text field by default).
    public var titleField: String?

    package init(fields: [FieldModel], titleField: String? = nil) {
        self.fields = fields
        self.titleField = titleField ?? fields.first(where: { $0.type.isTextual })?.id
    }

    public func field(_ id: String) -> FieldModel? { fields.first { $0.id == id } }
}

/// One field of the charter, or of a record.
public struct FieldModel: Sendable, Hashable {
    public var id: String
    /// How the charter and the questions name it ("Indicateur", "Cible").
    public var label: String
    public var type: FieldType
    /// A hint shown under the question that fills it.
    package var hint: String?
    /// For a records field: what one item is called ("objectif"), to ask "Un autre objectif ?".
    public var itemLabel: String?
    /// Where it is declared.
    var location: SourceLocation?
    /// The ids this field had in earlier versions of the script (`renamed: [ancien_id]`): a session
    /// recorded with one of them is carried over to this field when it continues on this script.
    package var renamedFrom: [String]
    /// Asked in follow-up workshops only (`follow_up: true`): left out of a first session's
    /// charter, emptied when a follow-up starts, its earlier value shown as "last time".
    package var followUp: Bool
    /// For a follow-up field of a record: the sibling fields it is measured against (`trend:`).
    package var trend: Trend?

    /// The sibling fields a follow-up value is read against: where it started and where it aims.
    package struct Trend: Sendable, Hashable {
        /// The record field holding the starting value (the baseline), if any.
        package var start: String?
        /// The record field holding the target, if any.
        package var target: String?

        package init(start: String?, target: String?) {
            self.start = start
            self.target = target
        }
    }

    package init(id: String, label: String, type: FieldType, hint: String? = nil, itemLabel: String? = nil,
                location: SourceLocation? = nil, renamedFrom: [String] = [], followUp: Bool = false, trend: Trend? = nil) {
        self.id = id
        self.label = label
        self.type = type
        self.hint = hint
        self.itemLabel = itemLabel
        self.location = location
        self.renamedFrom = renamedFrom
        self.followUp = followUp
        self.trend = trend
    }
}

/// A section of the charter ("Objectifs", "Gouvernance"): a title and the fields shown under it.
public struct SectionModel: Sendable, Hashable {
    public var id: String
    public var title: String
    var fields: [FieldModel]
    /// Left out of the client's copy unless the facilitator copy is asked for.
    package var facilitatorOnly: Bool
    var location: SourceLocation?

    init(id: String, title: String, fields: [FieldModel], facilitatorOnly: Bool = false,
                location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.fields = fields
        self.facilitatorOnly = facilitatorOnly
        self.location = location
    }
}

/// The charter a workshop produces, as its script declares it. Top-level field ids are unique
/// across sections, so a path never names a section.
public struct CharterModel: Sendable, Hashable {
    public var sections: [SectionModel] {
        didSet { place = Self.places(of: sections) }
    }
    /// Field id -> (section, field) position of its first declaration: names are looked up at
    /// every step of every rule, and a script may declare thousands of fields.
    private var place: [String: FieldPlace]

    private struct FieldPlace: Sendable, Hashable {
        var section: Int
        var field: Int
    }

    package init(sections: [SectionModel]) {
        self.sections = sections
        self.place = Self.places(of: sections)
    }

    private static func places(of sections: [SectionModel]) -> [String: FieldPlace] {
        var place: [String: FieldPlace] = [:]
        for (s, section) in sections.enumerated() {
            for (f, field) in section.fields.enumerated() where place[field.id] == nil {
                place[field.id] = FieldPlace(section: s, field: f)
            }
        }
        return place
    }

    /// The top-level field with this id.
    package func field(_ id: String) -> FieldModel? {
        guard let p = place[id] else { return nil }
        return sections[p.section].fields[p.field]
    }

    /// The section holding the top-level field `id`.
    func section(ofField id: String) -> SectionModel? {
        place[id].map { sections[$0.section] }
    }

    /// Every top-level field, in declaration order.
    public var allFields: [FieldModel] { sections.flatMap(\.fields) }
}

/// How the charter presents itself as a document a consultant sends: its title and subtitle, the
/// one-page summary, and the approval block. Declared by the script's `document:` key; every part
/// is optional, and the exporters choose sensible defaults for what is not declared.
public struct CharterPresentation: Sendable, Hashable {
    /// The document's title, with placeholders (`Charte de mission — {client}`): `{client}`,
    /// `{date}`, `{workshop}` and the id of any top-level field that holds one value. Nil: the
    /// exporters' own title ("Charte de mission — <client>").
    public var title: String?
    /// The line under the title, with the same placeholders. Nil: the workshop's title.
    public var subtitle: String?
    /// The fields of the one-page summary, in order. Nil: Atelier picks them (records that hold
    /// records, such as objectives with their indicators, and records with a person and a date).
    public var summary: [SummaryItem]?
    /// Who approves the charter, in order; empty: no approval block.
    public var approval: [Signatory]

    init(title: String? = nil, subtitle: String? = nil, summary: [SummaryItem]? = nil, approval: [Signatory] = []) {
        self.title = title
        self.subtitle = subtitle
        self.summary = summary
        self.approval = approval
    }

    /// The placeholders every title and subtitle may use, besides top-level field ids.
    static let placeholders = ["client", "date", "workshop"]

    /// One field of the summary.
    public struct SummaryItem: Sendable, Hashable {
        /// A top-level field id.
        public var field: String
        /// For a records field: what to show beside each record's title — its own fields (`responsable`)
        /// or, for records it holds, their fields (`indicateurs.cible`: each indicator's title and target).
        public var show: [String]

        public init(field: String, show: [String] = []) {
            self.field = field
            self.show = show
        }
    }

    /// One line of the approval block: a role, and the top-level field that names who holds it.
    public struct Signatory: Sendable, Hashable {
        /// "Sponsor", "Pour le cabinet"…
        public var role: String
        /// A top-level person or text field (`sponsor`); nil leaves the name to be written by hand.
        public var field: String?

        init(role: String, field: String? = nil) {
            self.role = role
            self.field = field
        }
    }
}

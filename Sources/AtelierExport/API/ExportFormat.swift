import AtelierCore

/// The formats a charter exports to.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Markdown, the default: headings and tables, readable as plain text.
    case md
    /// One self-contained HTML file with a print stylesheet (A4).
    case html
    /// The charter data, valid against `docs/charter.schema.json`.
    case json
    /// A WordprocessingML document (Word, LibreOffice).
    case docx
    /// The compte rendu e-mail (RFC 5322 / MIME) with the charter attached.
    case eml
}

/// How a charter is exported.
public struct ExportOptions: Sendable {
    /// Which file the e-mail carries the charter in.
    public enum Attachment: String, Sendable, CaseIterable {
        case html, docx
    }

    /// The facilitator's copy: adds the annex (checkpoints, timing, notes) and the facilitator-only sections.
    public var facilitator: Bool
    /// A folder of the consultant's templates; a file there replaces the default template of the same name.
    public var templateDirectory: String?
    /// Template name (`charter.md.mustache`…) -> file, for a workshop script that names its own templates.
    public var templateFiles: [String: String]
    /// E-mail recipients, as given. Empty means the e-mails of the people named in the session, less
    /// the sender's address (compared without case); when that leaves nobody, `.eml` throws
    /// `ExportError.noRecipient`.
    public var recipients: [String]
    /// The e-mail sender (`Name <address>` or `address`); needed for `.eml`.
    public var from: String?
    /// The e-mail `Date` header (RFC 5322 date-time), supplied by the caller: the renderer reads no clock.
    /// When nil, noon UTC on the day of the workshop is used. See `ExportOptions.emailDate(_:)`.
    public var now: String?
    /// The charter attached to the e-mail.
    public var attachment: Attachment
    /// Top-level field ids summarised in the e-mail; nil picks the records fields that carry nested
    /// records (objectives with their indicators) or both a person and a date (next steps, deliverables).
    public var summaryFields: [String]?

    public init(facilitator: Bool = false, templateDirectory: String? = nil, templateFiles: [String: String] = [:],
                recipients: [String] = [], from: String? = nil, now: String? = nil,
                attachment: Attachment = .html, summaryFields: [String]? = nil) {
        self.facilitator = facilitator
        self.templateDirectory = templateDirectory
        self.templateFiles = templateFiles
        self.recipients = recipients
        self.from = from
        self.now = now
        self.attachment = attachment
        self.summaryFields = summaryFields
    }
}

extension ExportFormat {
    /// The usual file extension for this format.
    public var fileExtension: String { rawValue }
}

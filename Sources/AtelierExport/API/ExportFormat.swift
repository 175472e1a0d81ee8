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

/// Where a charter stands: a draft sent for approval, or the approved reference of the mission.
public enum DocumentStatus: String, CaseIterable, Sendable {
    case draft, validated
}

/// How a charter is exported.
public struct ExportOptions: Sendable {
    /// Which file the e-mail carries the charter in.
    public enum Attachment: String, Sendable, CaseIterable {
        case html, docx
    }

    /// The facilitator's copy: adds the annex (checkpoints, timing, notes, decisions as asked) and the
    /// facilitator-only sections.
    public var facilitator: Bool
    /// A folder of the consultant's templates; a file there replaces the default template of the same
    /// name, and a `logo.png` or `logo.jpg` there is put in the title block and the DOCX header.
    public var templateDirectory: String?
    /// Template name (`charter.md.mustache`…) -> file, for a workshop script that names its own templates.
    public var templateFiles: [String: String]
    /// E-mail recipients, as given (each may hold several addresses separated by `,` or `;`). Empty
    /// means the e-mails of the people named in the session, less the sender's address (compared
    /// without case); when that leaves nobody, `.eml` throws `ExportError.noRecipient`. An address that
    /// is not one throws `ExportError.invalidAddress`.
    public var recipients: [String]
    /// The e-mail sender (`Name <address>` or `address`); needed for `.eml`.
    public var from: String?
    /// The e-mail `Date` header (RFC 5322 date-time), supplied by the caller: the renderer reads no clock.
    /// When nil, noon UTC on the day of the workshop is used. See `ExportOptions.emailDate(_:)`.
    public var now: String?
    /// A token unique to this export (the caller draws it), so that each e-mail has its own Message-ID;
    /// nil derives one from the session and the `Date` header.
    public var messageToken: String?
    /// The facilitator's copy may be e-mailed to others than the sender (the consulting team): without
    /// it, `.eml` with `facilitator` throws `ExportError.facilitatorCopyToOthers`.
    public var internalRecipients: Bool
    /// The charter attached to the e-mail.
    public var attachment: Attachment
    /// Top-level field ids of the summary (the document's first page and the e-mail); nil takes the
    /// script's `document.summary`, or Atelier's choice when it declares none.
    public var summaryFields: [String]?
    /// The document's version ("1.0", "2.1"…), shown with its status in the title block and footer.
    public var version: String
    public var status: DocumentStatus

    public init(facilitator: Bool = false, templateDirectory: String? = nil, templateFiles: [String: String] = [:],
                recipients: [String] = [], from: String? = nil, now: String? = nil, messageToken: String? = nil,
                internalRecipients: Bool = false, attachment: Attachment = .html, summaryFields: [String]? = nil,
                version: String = "1.0", status: DocumentStatus = .draft) {
        self.facilitator = facilitator
        self.templateDirectory = templateDirectory
        self.templateFiles = templateFiles
        self.recipients = recipients
        self.from = from
        self.now = now
        self.messageToken = messageToken
        self.internalRecipients = internalRecipients
        self.attachment = attachment
        self.summaryFields = summaryFields
        self.version = version
        self.status = status
    }
}

extension ExportFormat {
    /// The usual file extension for this format.
    public var fileExtension: String { rawValue }
}

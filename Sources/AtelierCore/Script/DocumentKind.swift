/// Files given to `lint` or `run` by mistake — a session journal, an exported charter, a PDF —
/// recognised so the error says what the file is, instead of a YAML error about its second line.
enum DocumentKind: Sendable, Hashable {
    case word, pdf, html, email, json, markdown, template, archive

    /// « un document Word (DOCX) », "a PDF document".
    var phrase: CoreMessage {
        switch self {
        case .word: .documentWord
        case .pdf: .documentPDF
        case .html: .documentHTML
        case .email: .documentEmail
        case .json: .documentJSON
        case .markdown: .documentMarkdown
        case .template: .documentTemplate
        case .archive: .documentArchive
        }
    }

    /// What the bytes show the file to be when it cannot be a script whatever its name: a journal
    /// (`.notAScript(nil, …)`), a ZIP or DOCX, a PDF, a gzip archive, an HTML page.
    static func problem(inContentOf bytes: [UInt8], file: String) -> ScriptProblem? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return .notAScript(file.lowercased().hasSuffix(".docx") ? .word : .archive, file: file)
        }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .notAScript(.pdf, file: file) }
        if bytes.starts(with: [0x1F, 0x8B]) { return .notAScript(.archive, file: file) }
        let start = String(decoding: bytes.prefix(512), as: UTF8.self)
        let firstLine = start.drop { $0 == "\u{FEFF}" || $0.isWhitespace }.prefix { $0 != "\n" && $0 != "\r\n" }
        if firstLine.hasPrefix("{"), firstLine.contains("\"atelier-journal\"") { return .notAScript(nil, file: file) }
        let lowered = firstLine.lowercased()
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") { return .notAScript(.html, file: file) }
        return nil
    }

    /// What the file's name says it is, for a file that did not load as a script.
    static func problem(inNameOf file: String) -> ScriptProblem? {
        let name = file.lowercased()
        let kinds: [(String, DocumentKind)] = [
            (".docx", .word), (".pdf", .pdf), (".html", .html), (".htm", .html), (".eml", .email), (".json", .json),
            (".jsonl", .json), (".md", .markdown), (".markdown", .markdown), (".mustache", .template), (".zip", .archive),
        ]
        guard let kind = kinds.first(where: { name.hasSuffix($0.0) })?.1 else { return nil }
        return .notAScript(kind, file: file)
    }
}

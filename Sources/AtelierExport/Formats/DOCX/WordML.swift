/// A WordprocessingML body built as text in one pass: paragraphs in named styles, runs, real
/// bulleted and numbered lists, bookmarked headings, a table of contents with page fields, tables (in
/// `WordML+Table.swift`). Every piece of text is XML-escaped here.
struct WordML {
    /// Text width of an A4 page with 2 cm margins, in twentieths of a point.
    static let textWidth = 9638
    /// The numbering definition of bullets (`word/numbering.xml`).
    static let bulletNumbering = 1

    private(set) var body = ""
    /// One numbering instance per numbered list, so each starts again at 1 (ids from 2).
    private(set) var numberedLists = 0
    /// Contents anchor -> its number, the name of its heading's bookmark (`_Toc3`).
    private var anchors: [String: Int] = [:]

    init() {
        body.reserveCapacity(64 * 1024)
    }

    /// A run of text: bold, italic, or a smaller grey note.
    struct Run {
        var text: String
        var bold = false
        var italic = false
        var muted = false

        init(_ text: String, bold: Bool = false, italic: Bool = false, muted: Bool = false) {
            (self.text, self.bold, self.italic, self.muted) = (text, bold, italic, muted)
        }
    }

    mutating func paragraph(_ text: String, style: String? = nil, bold: Bool = false, italic: Bool = false) {
        paragraph([Run(text, bold: bold, italic: italic)], style: style)
    }

    mutating func paragraph(_ runs: [Run], style: String? = nil, keepWithNext: Bool = false) {
        body += "<w:p>"
        if style != nil || keepWithNext {
            body += "<w:pPr>\(style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "")\(keepWithNext ? "<w:keepNext/>" : "")</w:pPr>"
        }
        for r in runs { run(r) }
        body += "</w:p>\n"
    }

    /// A heading; when `anchor` is in the table of contents, bookmarked so the contents give its page.
    mutating func heading(_ text: String, level: Int, anchor: String? = nil) {
        body += "<w:p><w:pPr><w:pStyle w:val=\"Heading\(max(1, min(3, level)))\"/></w:pPr>"
        let number = anchor.flatMap { anchors[$0] }
        if let number { body += "<w:bookmarkStart w:id=\"\(number)\" w:name=\"_Toc\(number)\"/>" }
        run(Run(text))
        if let number { body += "<w:bookmarkEnd w:id=\"\(number)\"/>" }
        body += "</w:p>\n"
    }

    /// A list item: bullets, or numbers when `numbered` is the list's number (`startNumberedList`).
    mutating func listItem(_ runs: [Run], numbered: Int? = nil, level: Int = 0) {
        body += "<w:p><w:pPr><w:pStyle w:val=\"\(numbered == nil ? "ListBullet" : "ListNumber")\"/>"
        body += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numbered ?? Self.bulletNumbering)\"/></w:numPr></w:pPr>"
        for r in runs { run(r) }
        body += "</w:p>\n"
    }

    mutating func bullet(_ text: String, level: Int = 0) { listItem([Run(text)], level: level) }

    /// A new numbered list, counting from 1; pass the result to `listItem(numbered:)`.
    mutating func startNumberedList() -> Int {
        numberedLists += 1
        return Self.bulletNumbering + numberedLists
    }

    mutating func pageBreak() {
        body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n"
    }

    /// The table of contents: one entry per part, each a link to its heading's bookmark with a
    /// `PAGEREF` field for the page. LibreOffice computes those pages as it lays the document out and
    /// Word when it updates the fields on opening (`updateFields` in the settings); a `TOC` field would
    /// not do: LibreOffice shows its stored result as is, so the pages would stay blank there.
    mutating func tableOfContents(_ entries: [ContentsEntry]) {
        anchors = Dictionary(entries.enumerated().map { ($1.anchor, $0 + 1) }, uniquingKeysWith: { a, _ in a })
        let tab = "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(Self.textWidth)\"/></w:tabs>"
        for (index, entry) in entries.enumerated() {
            let bookmark = "_Toc\(index + 1)"
            // Each entry kept with the next: the contents move to the next page whole rather than split.
            let keep = index < entries.count - 1 ? "<w:keepNext/>" : ""
            body += "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/>\(keep)\(tab)</w:pPr>"
            body += "<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\">"
            run(Run(entry.title))
            body += "<w:r><w:tab/></w:r>"
            field(begin: " PAGEREF \(bookmark) \\h ")
            body += "<w:r><w:t></w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            body += "</w:hyperlink></w:p>\n"
        }
    }

    /// The beginning of a complex field, up to its result.
    private mutating func field(begin instruction: String) {
        body += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
        XML.escape(instruction, into: &body)
        body += "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
    }

    /// One run; line breaks become `<w:br/>`.
    mutating func run(_ r: Run) {
        body += "<w:r>"
        if r.bold || r.italic || r.muted {
            body += "<w:rPr>\(r.bold ? "<w:b/>" : "")\(r.italic ? "<w:i/>" : "")"
            body += r.muted ? "<w:color w:val=\"45526A\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>" : "</w:rPr>"
        }
        var first = true
        for line in r.text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { body += "<w:br/>" }
            first = false
            body += "<w:t xml:space=\"preserve\">"
            XML.escape(line, into: &body)
            body += "</w:t>"
        }
        body += "</w:r>"
    }

    mutating func raw(_ xml: String) { body += xml }
}

enum XML {
    static func escape<S: StringProtocol>(_ text: S, into out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Characters XML 1.0 forbids (sanitized text has none but tabs and newlines).
                let v = scalar.value
                if v < 0x20 && v != 0x09 && v != 0x0A { continue }
                if v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        escape(text, into: &out)
        return out
    }
}

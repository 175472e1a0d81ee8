/// A WordprocessingML body built as text in one pass: paragraphs in named styles, runs, tables
/// with a repeated header row. Every piece of text is XML-escaped here.
struct WordML {
    /// Text width of an A4 page with 2 cm margins, in twentieths of a point.
    static let textWidth = 9638

    private(set) var body = ""

    init() {
        body.reserveCapacity(64 * 1024)
    }

    mutating func paragraph(_ text: String, style: String? = nil, bold: Bool = false, italic: Bool = false) {
        body += "<w:p>"
        if let style { body += "<w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" }
        run(text, bold: bold, italic: italic)
        body += "</w:p>\n"
    }

    /// A paragraph of several runs: (text, bold, italic).
    mutating func paragraph(runs: [(String, bold: Bool, italic: Bool)], style: String? = nil) {
        body += "<w:p>"
        if let style { body += "<w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" }
        for (text, bold, italic) in runs { run(text, bold: bold, italic: italic) }
        body += "</w:p>\n"
    }

    mutating func heading(_ text: String, level: Int) {
        paragraph(text, style: "Heading\(max(1, min(3, level)))")
    }

    mutating func bullet(_ text: String) {
        paragraph(text, style: "ListBullet")
    }

    /// A table with a header row. A row whose index is in `spanning` is a note: its first cell, then
    /// its second in italics across the remaining columns.
    mutating func table(columns: [String], rows: [[String]], spanning: Set<Int> = []) {
        let count = max(1, columns.count)
        let width = Self.textWidth / count
        body += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        body += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        body += "<w:tblGrid>"
        for _ in 0..<count { body += "<w:gridCol w:w=\"\(width)\"/>" }
        body += "</w:tblGrid>\n"
        row(columns, width: width, header: true)
        for (index, cells) in rows.enumerated() {
            if spanning.contains(index), count > 1 {
                note(cells, width: width, span: count - 1)
            } else {
                row(cells, width: width, header: false)
            }
        }
        body += "</w:tbl>\n"
        // Word needs a paragraph between two tables, and after a table that ends a cell or section.
        body += "<w:p/>\n"
    }

    private mutating func row(_ cells: [String], width: Int, header: Bool) {
        body += header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        for cell in cells {
            body += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr><w:p>"
            run(cell, bold: header, italic: false)
            body += "</w:p></w:tc>"
        }
        body += "</w:tr>\n"
    }

    private mutating func note(_ cells: [String], width: Int, span: Int) {
        body += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        body += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr><w:p>"
        run(cells.first ?? "", bold: false, italic: false)
        body += "</w:p></w:tc>"
        body += "<w:tc><w:tcPr><w:tcW w:w=\"\(width * span)\" w:type=\"dxa\"/><w:gridSpan w:val=\"\(span)\"/></w:tcPr><w:p>"
        run(cells.count > 1 ? cells[1] : "", bold: false, italic: true)
        body += "</w:p></w:tc></w:tr>\n"
    }

    /// One run; line breaks become `<w:br/>`.
    private mutating func run(_ text: String, bold: Bool, italic: Bool) {
        body += "<w:r>"
        if bold || italic { body += "<w:rPr>\(bold ? "<w:b/>" : "")\(italic ? "<w:i/>" : "")</w:rPr>" }
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { body += "<w:br/>" }
            first = false
            body += "<w:t xml:space=\"preserve\">"
            XML.escape(line, into: &body)
            body += "</w:t>"
        }
        body += "</w:r>"
    }
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

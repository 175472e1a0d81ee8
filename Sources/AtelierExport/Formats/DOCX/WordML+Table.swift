/// Tables: a shaded header row repeated on every page, columns sized to what they hold, rows that
/// do not split across pages, decision rows spanning the columns after the first.
extension WordML {
    /// A table with a header row. A row whose index is in `spanning` is a note: its first cell, then
    /// its second in italics across the remaining columns. `rowHeight` (twips) makes room to write.
    /// `shares` fixes the columns' widths; by default they follow what the columns hold.
    /// `together` keeps the table on one page (each row kept with the next).
    mutating func table(columns: [String], rows: [[String]], spanning: Set<Int> = [], rowHeight: Int? = nil,
                        shares: [Double]? = nil, together: Bool = false) {
        let count = max(1, columns.count)
        let widths = shares.map(Self.twips) ?? Self.twips(ColumnWidths.shares(
            columns: columns, rows: rows.enumerated().filter { !spanning.contains($0.offset) }.map(\.element)))
        raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(Self.textWidth)\" w:type=\"dxa\"/>")
        raw("<w:tblLayout w:type=\"fixed\"/>")
        raw("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>")
        raw("<w:tblGrid>")
        for width in widths { raw("<w:gridCol w:w=\"\(width)\"/>") }
        raw("</w:tblGrid>\n")
        row(columns, widths: widths, header: true, height: nil, keepWithNext: together && !rows.isEmpty)
        for (index, cells) in rows.enumerated() {
            if spanning.contains(index), count > 1 {
                note(cells, widths: widths)
            } else {
                row(cells, widths: widths, header: false, height: rowHeight, keepWithNext: together && index < rows.count - 1)
            }
        }
        raw("</w:tbl>\n")
        // Word needs a paragraph between two tables, and after a table that ends a cell or section.
        raw("<w:p><w:pPr><w:spacing w:after=\"60\"/></w:pPr></w:p>\n")
    }

    private mutating func row(_ cells: [String], widths: [Int], header: Bool, height: Int?, keepWithNext: Bool) {
        raw("<w:tr><w:trPr><w:cantSplit/>\(header ? "<w:tblHeader/>" : "")")
        if let height { raw("<w:trHeight w:val=\"\(height)\" w:hRule=\"atLeast\"/>") }
        raw("</w:trPr>")
        for (index, cell) in cells.enumerated() {
            let width = index < widths.count ? widths[index] : widths.last ?? Self.textWidth
            raw("<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>")
            if header { raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"DCE4F2\"/>") }
            raw(keepWithNext ? "</w:tcPr><w:p><w:pPr><w:keepNext/></w:pPr>" : "</w:tcPr><w:p>")
            run(Run(cell, bold: header))
            raw("</w:p></w:tc>")
        }
        raw("</w:tr>\n")
    }

    private mutating func note(_ cells: [String], widths: [Int]) {
        raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        raw("<w:tc><w:tcPr><w:tcW w:w=\"\(widths[0])\" w:type=\"dxa\"/></w:tcPr><w:p>")
        run(Run(cells.first ?? ""))
        raw("</w:p></w:tc>")
        let rest = widths.dropFirst().reduce(0, +)
        raw("<w:tc><w:tcPr><w:tcW w:w=\"\(rest)\" w:type=\"dxa\"/><w:gridSpan w:val=\"\(widths.count - 1)\"/></w:tcPr><w:p>")
        run(Run(cells.count > 1 ? cells[1] : "", italic: true))
        raw("</w:p></w:tc></w:tr>\n")
    }

    /// Shares of the text width as twips adding up to it.
    static func twips(_ shares: [Double]) -> [Int] {
        var widths = shares.map { Int(Double(textWidth) * $0) }
        if !widths.isEmpty { widths[widths.count - 1] += textWidth - widths.reduce(0, +) }
        return widths
    }
}

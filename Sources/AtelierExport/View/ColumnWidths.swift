/// How wide each column of a table should be, as shares of the table's width: every column gets
/// room for its longest word (up to a point: a very long word still wraps), and what is left goes
/// to the columns of sentences rather than to those of dates and names. HTML and DOCX both use
/// it, so a table looks the same in both and never leaves a column too narrow for "trimestrielle".
enum ColumnWidths {
    /// The width of a line of text in characters, roughly, on an A4 page at the documents' table size.
    static let lineCharacters = 92.0
    /// Cell padding, in characters.
    static let padding = 2.5
    /// The longest word a column makes room for; longer ones wrap inside the cell.
    static let longestWordKept = 14.0
    /// What a column of sentences asks for at most.
    static let longestTextWanted = 60.0

    /// A column whose texts are all at most this long (dates, names, amounts) is kept on one line
    /// when the table has room.
    static let shortText = 20.0

    static func shares(columns: [String], rows: [[String]]) -> [Double] {
        let count = max(1, columns.count)
        var needs: [Double] = []
        var wanted: [Double] = []
        var short: [Bool] = []
        for index in 0..<count {
            let texts = [index < columns.count ? columns[index] : ""] + rows.map { index < $0.count ? $0[index] : "" }
            // The header wraps at its spaces; the values decide how long the column's lines are.
            let lengths = (texts.count > 1 ? texts.dropFirst() : texts[...]).map { Double($0.count) }
            let average = lengths.reduce(0, +) / Double(max(1, lengths.count))
            let longest = lengths.max() ?? 0
            // The header is printed in bold: its words take a little more room.
            let headerWord = (index < columns.count ? columns[index] : "").split(whereSeparator: \.isWhitespace)
                .map { Double($0.count) * 1.3 }.max() ?? 0
            let word = max(headerWord, texts.dropFirst().flatMap { $0.split(whereSeparator: \.isWhitespace) }
                .map { Double($0.count) }.max() ?? 0)
            let need = max(3, min(word, longestWordKept)) + padding
            needs.append(need)
            short.append(longest <= shortText)
            wanted.append(max(need, (longest <= shortText ? longest : min(longestTextWanted, (average + longest) / 2)) + padding))
        }
        // Short values (dates, names) are kept on one line when the table has room for it.
        let whole = needs.indices.map { short[$0] ? wanted[$0] : needs[$0] }
        if whole.reduce(0, +) <= lineCharacters { needs = whole }
        let total = max(lineCharacters, needs.reduce(0, +))
        // Each column in proportion to what it wants, never under what it needs: the columns a
        // share would squeeze get their need, and the others share what is left.
        var widths = [Double](repeating: 0, count: count)
        var open = Set(needs.indices)
        var budget = total
        while !open.isEmpty {
            let sum = open.reduce(0) { $0 + wanted[$1] }
            let squeezed = open.filter { budget * wanted[$0] / sum < needs[$0] }
            if squeezed.isEmpty {
                for index in open { widths[index] = budget * wanted[index] / sum }
                break
            }
            for index in squeezed {
                widths[index] = needs[index]
                budget -= needs[index]
                open.remove(index)
            }
        }
        return widths.map { $0 / total }
    }

    /// The shares as whole percentages adding up to 100 (the last column takes the rounding).
    static func percentages(_ shares: [Double]) -> [Int] {
        var out = shares.map { Int(($0 * 100).rounded(.down)) }
        if !out.isEmpty { out[out.count - 1] += 100 - out.reduce(0, +) }
        return out
    }
}

/// How wide each column of a table should be, as shares of the table's width: every column gets
/// room for its longest word (up to a point: a very long word still wraps), and what is left goes
/// to the columns of sentences rather than to those of dates and names. HTML and DOCX both use
/// it, so a table looks the same in both and never leaves a column too narrow for "trimestrielle".
enum ColumnWidths {
    /// The width of a line of text in characters, roughly, on an A4 page at the documents' table size.
    static let lineCharacters = 100.0
    /// Cell padding, in characters.
    static let padding = 2.5
    /// The longest word a column makes room for; longer ones wrap inside the cell.
    static let longestWordKept = 14.0
    /// What a column of sentences asks for at most.
    static let longestTextWanted = 60.0

    /// A column whose texts are all at most this long (dates, names, amounts) is kept on one line
    /// when the table has room.
    static let shortText = 16.0

    static func shares(columns: [String], rows: [[String]]) -> [Double] {
        let count = max(1, columns.count)
        var widths: [Double] = []
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
            widths.append(need)
            short.append(longest <= shortText)
            wanted.append(max(need, (longest <= shortText ? longest : min(longestTextWanted, (average + longest) / 2)) + padding))
        }
        let total = max(lineCharacters, widths.reduce(0, +))
        // First the short columns, whole, when they fit; then the rest to the columns of sentences.
        for stage in [true, false] {
            let room = total - widths.reduce(0, +)
            let asks = widths.indices.map { short[$0] == stage ? max(0, wanted[$0] - widths[$0]) : 0 }
            let asked = asks.reduce(0, +)
            guard room > 0, asked > 0 else { continue }
            let scale = min(1, room / asked)
            for index in widths.indices { widths[index] += asks[index] * scale }
        }
        // What is still left goes to every column in proportion to what it wanted.
        let room = total - widths.reduce(0, +)
        if room > 0 {
            let sum = wanted.reduce(0, +)
            for index in widths.indices { widths[index] += room * wanted[index] / sum }
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

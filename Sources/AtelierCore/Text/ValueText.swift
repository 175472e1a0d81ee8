/// Values as one line of plain text: `15/03/2027` (fr) or `2027-03-15` (en), `1h30`, `oui`/`yes`.
public enum ValueText {
    public static func plain(_ value: Value, _ language: Language) -> String {
        switch value {
        case .text(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .date(let d):
            let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
            return CoreMessage.shortDate.text(language, ["day": two(d.day), "month": two(d.month), "year": String(d.year)])
        case .month(let m): return DateWords.month(m, language)
        case .wordedChoice(let w): return words(w, language)
        case .duration(let m): return duration(m)
        case .bool(let b): return (b ? CoreMessage.yes : CoreMessage.no).text(language)
        case .list(let items): return items.map { plain($0, language) }.joined(separator: " ; ")
        case .records(let rs): return "\(rs.count)"
        }
    }

    /// « agile (« On avance… ») », or « autre (« … ») » when no option was chosen.
    public static func words(_ choice: WordedChoice, _ language: Language) -> String {
        guard let option = choice.option else { return CoreMessage.otherChoice.text(language, ["words": choice.words]) }
        return CoreMessage.wordedChoice.text(language, ["option": option, "words": choice.words])
    }

    /// `45 min`, `2h`, `1h30`.
    static func duration(_ minutes: Int) -> String {
        if minutes < 60 { return "\(minutes) min" }
        let m = minutes % 60
        return m == 0 ? "\(minutes / 60)h" : "\(minutes / 60)h\(m < 10 ? "0" : "")\(m)"
    }
}

/// The words of dates, in French and English: month names to read what a client says and to
/// write a date back in words (« 13 octobre 2026 », « fin mars 2027 », "mid-June 2027").
public enum DateWords {
    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                               "septembre", "octobre", "novembre", "décembre"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]

    /// The month's name (1…12) in `language`.
    public static func monthName(_ month: Int, _ language: Language) -> String {
        let index = max(1, min(12, month)) - 1
        return language == .fr ? frenchMonths[index] : englishMonths[index]
    }

    /// « 13 octobre 2026 », « 1er mars 2027 », "October 13, 2026".
    public static func day(_ day: Day, _ language: Language) -> String {
        let ordinal = language == .fr && day.day == 1 ? "1er" : String(day.day)
        return PendingCoreMessage.dayInWords.text(language, ["day": ordinal, "month": monthName(day.month, language),
                                                             "year": String(day.year)])
    }

    /// « juin 2027 », « fin mars 2027 », « mi-juin 2027 », "early April 2027".
    public static func month(_ month: MonthDate, _ language: Language) -> String {
        let key: PendingCoreMessage = switch month.part {
        case nil: .monthInWords
        case .start?: .monthStartInWords
        case .middle?: .monthMiddleInWords
        case .end?: .monthEndInWords
        }
        return key.text(language, ["month": monthName(month.month, language), "year": String(month.year)])
    }

    /// A date value in words (a day or a month); nil for any other value.
    public static func words(_ value: Value, _ language: Language) -> String? {
        switch value {
        case .date(let d): day(d, language)
        case .month(let m): month(m, language)
        default: nil
        }
    }

    /// Month names (French and English, folded, with their usual abbreviations) -> month number.
    static let monthsByName: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in (frenchMonths + englishMonths).enumerated() {
            table[TextFolding.fold(name)] = index % 12 + 1
        }
        let abbreviations = ["janv": 1, "jan": 1, "fevr": 2, "fev": 2, "feb": 2, "mar": 3, "avr": 4, "apr": 4,
                             "juil": 7, "jul": 7, "aou": 8, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11,
                             "dec": 12]
        table.merge(abbreviations) { current, _ in current }
        return table
    }()
}

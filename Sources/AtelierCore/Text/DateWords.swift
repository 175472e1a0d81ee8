/// The words of dates: a date written back in words (« 13 octobre 2026 », « fin mars 2027 »,
/// "mid-June 2027") from the core's catalogue, and the month names the date parser reads — every
/// language's names from the same tables, plus their usual abbreviations.
public enum DateWords {
    /// The catalogue's month names, January first.
    static let months: [CoreMessage] = [.monthJanuary, .monthFebruary, .monthMarch, .monthApril, .monthMay, .monthJune,
                                        .monthJuly, .monthAugust, .monthSeptember, .monthOctober, .monthNovember, .monthDecember]

    /// The month's name (1…12) in `language`.
    package static func monthName(_ month: Int, _ language: Language) -> String {
        months[max(1, min(12, month)) - 1].text(language)
    }

    /// « 13 octobre 2026 », « 1er mars 2027 », "October 13, 2026".
    package static func day(_ day: Day, _ language: Language) -> String {
        let key: CoreMessage = day.day == 1 ? .firstDayInWords : .dayInWords
        return key.text(language, ["day": String(day.day), "month": monthName(day.month, language), "year": String(day.year)])
    }

    /// « juin 2027 », « fin mars 2027 », « mi-juin 2027 », "early April 2027".
    public static func month(_ month: MonthDate, _ language: Language) -> String {
        let key: CoreMessage = switch month.part {
        case nil: .monthInWords
        case .start?: .monthStartInWords
        case .middle?: .monthMiddleInWords
        case .end?: .monthEndInWords
        }
        return key.text(language, ["month": monthName(month.month, language), "year": String(month.year)])
    }

    /// A date value in words (a day or a month); nil for any other value.
    package static func words(_ value: Value, _ language: Language) -> String? {
        switch value {
        case .date(let d): day(d, language)
        case .month(let m): month(m, language)
        default: nil
        }
    }

    /// Parser vocabulary: month names in every language (folded) and their usual abbreviations ->
    /// month number. Whatever language the script is in, a client may say « octobre » or "October".
    static let monthsByName: [String: Int] = {
        var table: [String: Int] = [:]
        for language in Language.allCases {
            for (index, key) in months.enumerated() {
                table[TextFolding.fold(key.text(language))] = index + 1
            }
        }
        let abbreviations = ["janv": 1, "jan": 1, "fevr": 2, "fev": 2, "feb": 2, "mar": 3, "avr": 4, "apr": 4,
                             "juil": 7, "jul": 7, "aou": 8, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11,
                             "dec": 12]
        table.merge(abbreviations) { current, _ in current }
        return table
    }()
}

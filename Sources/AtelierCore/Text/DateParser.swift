/// What a date said without its year is read against: the session's day, and the mission's
/// dates when the charter holds them.
public struct DateContext: Sendable, Hashable {
    /// The session's day: a date without a year is its next occurrence from this day on.
    package var today: Day
    /// The days the mission's start and end cover, when the charter has them: a date without a
    /// year is then the occurrence that falls within the mission.
    package var missionStart: ClosedRange<Day>?
    package var missionEnd: ClosedRange<Day>?

    package init(today: Day, missionStart: ClosedRange<Day>? = nil, missionEnd: ClosedRange<Day>? = nil) {
        self.today = today
        self.missionStart = missionStart
        self.missionEnd = missionEnd
    }
}

/// Reads dates as clients say them: « le 13/10 », « 13 octobre », "October 13, 2027", « 1er mars »,
/// and at month precision « fin mars », « début avril », « mi-juin », « juin 2027 », "March 2027",
/// "end of March" — plus the numeric forms (`15/03/2027`, `2027-03-15`, `03/2027`, `2027-03`).
///
/// A day or a month without its year takes the year `DateContext` gives; without a context it is
/// refused. A month stays a month (`Value.month`), never a made-up day.
package enum DateParser {
    /// A `.date` or a `.month`; nil when the text is not a date Atelier reads.
    package static func parse(_ text: String, context: DateContext?) -> Value? {
        if let day = AnswerParser.date(text.trimmingCharacters(in: .whitespaces)) { return .date(day) }
        var tokens = words(TextFolding.fold(text))
        while let first = tokens.first, fillers.contains(first) || weekdays.contains(first) { tokens.removeFirst() }
        guard !tokens.isEmpty, tokens.count <= 6 else { return nil }
        if tokens.count == 1, let value = numeric(tokens[0], context: context) { return value }
        return spoken(tokens, context: context)
    }

    // MARK: - Numeric forms without words

    /// `13/10` (a day, year inferred), `03/2027` or `2027-03` (a month), `15/03/2027` and ISO.
    private static func numeric(_ token: String, context: DateContext?) -> Value? {
        if let day = AnswerParser.date(token) { return .date(day) }
        let parts = token.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
              let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
        if parts[0].count == 4 { return MonthDate(year: a, month: b).map(Value.month) }
        if parts[1].count == 4 { return parts[0].count <= 2 ? MonthDate(year: b, month: a).map(Value.month) : nil }
        guard parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        return inferDay(day: a, month: b, context: context).map(Value.date)
    }

    // MARK: - Spoken forms

    private static func spoken(_ tokens: [String], context: DateContext?) -> Value? {
        var rest = tokens[...]
        let part = takePart(&rest)
        var day: Int?, month: Int?, year: Int?
        for token in rest where token != "of" {
            if let m = DateWords.monthsByName[token], month == nil {
                month = m
            } else if token.count == 4, token.allSatisfy(\.isASCIIDigit), let y = Int(token), year == nil {
                year = y
            } else if let d = dayNumber(token), day == nil, part == nil {
                day = d
            } else {
                return nil
            }
        }
        guard let month else { return nil }
        if let day {
            if let year { return Day.isValid(year: year, month: month, day: day) ? .date(Day(year: year, month: month, day: day)) : nil }
            return inferDay(day: day, month: month, context: context).map(Value.date)
        }
        if let year { return MonthDate(year: year, month: month, part: part).map(Value.month) }
        return inferMonth(month: month, part: part, context: context).map(Value.month)
    }

    /// « début », « mi », « fin », "early", "mid", "end of"… at the start, with their « de »/"of".
    private static func takePart(_ rest: inout ArraySlice<String>) -> MonthDate.Part? {
        guard let first = rest.first, let part = parts[first] else { return nil }
        rest.removeFirst()
        if let next = rest.first, ["de", "d", "du", "of"].contains(next) { rest.removeFirst() }
        return part
    }

    /// `13`, `1er`, `2e`, `13th`, `1st` -> the day number, 1…31.
    private static func dayNumber(_ token: String) -> Int? {
        var digits = Substring(token)
        for suffix in ["er", "re", "eme", "e", "st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(suffix.count)
            break
        }
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), let n = Int(digits), (1...31).contains(n) else { return nil }
        return n
    }

    /// The folded text cut into words: spaces, commas, apostrophes, and a hyphen or a dot between
    /// letters (« mi-juin », "oct.") separate them; a number's own separators stay (`13/10`).
    private static func words(_ folded: String) -> [String] {
        var out: [String] = [], current = ""
        let scalars = Array(folded.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let separates: Bool
            switch scalar {
            case " ", ",", "'", "(", ")": separates = true
            case "-", ".":
                let before = i > 0 ? scalars[i - 1] : " ", after = i + 1 < scalars.count ? scalars[i + 1] : " "
                separates = !(isDigit(before) && isDigit(after))
            default: separates = false
            }
            if separates {
                if !current.isEmpty { out.append(current) }
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    private static let fillers: Set<String> = ["le", "l", "la", "the", "on", "for", "pour", "au", "vers", "around"]
    private static let weekdays: Set<String> = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                                                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let parts: [String: MonthDate.Part] = [
        "debut": .start, "early": .start, "beginning": .start, "start": .start,
        "mi": .middle, "milieu": .middle, "mid": .middle, "middle": .middle,
        "fin": .end, "end": .end, "late": .end,
    ]

    // MARK: - The year a client leaves out

    /// The day `day/month` in the year the context gives.
    static func inferDay(day: Int, month: Int, context: DateContext?) -> Day? {
        guard let context else { return nil }
        // Eight years ahead: the next 29th of February after 2096 is in 2104 (2100 is not a leap year).
        let candidates = (context.today.year - 1...context.today.year + 8).compactMap { year in
            Day.isValid(year: year, month: month, day: day) ? Day(year: year, month: month, day: day) : nil
        }
        return pick(candidates.map { ($0, $0...$0) }, context: context)
    }

    /// The month (or its part) in the year the context gives.
    static func inferMonth(month: Int, part: MonthDate.Part?, context: DateContext?) -> MonthDate? {
        guard let context else { return nil }
        let candidates = (context.today.year - 1...context.today.year + 4).compactMap { MonthDate(year: $0, month: month, part: part) }
        return pick(candidates.map { ($0, $0.days) }, context: context)
    }

    /// The first occurrence within the mission's dates when the charter has them, else the next one
    /// from the session's day on.
    private static func pick<T>(_ candidates: [(T, ClosedRange<Day>)], context: DateContext) -> T? {
        if context.missionStart != nil || context.missionEnd != nil {
            let from = context.missionStart?.lowerBound ?? context.today
            let until = context.missionEnd?.upperBound
            let within = candidates.first { candidate in
                candidate.1.upperBound >= from && (until.map { candidate.1.lowerBound <= $0 } ?? true)
            }
            if let within { return within.0 }
        }
        return candidates.first { $0.1.upperBound >= context.today }?.0
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

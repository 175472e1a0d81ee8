/// A date the client gave at month precision — « juin 2027 », « fin mars », "mid-June" — kept as
/// such: a month, or its start, middle or end, never a made-up day.
///
/// In rules it stands for the days it covers (`days`): it comes before another date only when all
/// its days do, so « juin 2027 » is neither before nor after the 15th of June 2027.
public struct MonthDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Which part of the month the client named; nil for the whole month.
    public enum Part: String, Sendable, Hashable, CaseIterable, Codable {
        /// « début avril », "early April": the 1st to the 10th.
        case start
        /// « mi-juin », "mid-June": the 11th to the 20th.
        case middle
        /// « fin mars », "end of March": the 21st to the month's last day.
        case end
    }

    package var year: Int
    package var month: Int
    public var part: Part?

    /// nil unless `year` is 1…9999 and `month` 1…12.
    package init?(year: Int, month: Int, part: Part? = nil) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
        self.part = part
    }

    /// Reads `2027-03` (the month as the journal and the JSON export write it).
    package init?(iso: String, part: Part? = nil) {
        let pieces = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 2, pieces[0].count == 4, pieces[1].count == 2,
              let y = Int(pieces[0]), let m = Int(pieces[1]) else { return nil }
        self.init(year: y, month: m, part: part)
    }

    /// `2027-03`.
    public var iso: String {
        let y = String(year), m = String(month)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (month < 10 ? "0" : "") + m
    }

    public var description: String { part.map { "\(iso) (\($0.rawValue))" } ?? iso }

    /// The days it covers: the whole month, or its part.
    package var days: ClosedRange<Day> {
        let last = (28...31).last { Day.isValid(year: year, month: month, day: $0) } ?? 28
        switch part {
        case nil: return Day(year: year, month: month, day: 1)...Day(year: year, month: month, day: last)
        case .start?: return Day(year: year, month: month, day: 1)...Day(year: year, month: month, day: 10)
        case .middle?: return Day(year: year, month: month, day: 11)...Day(year: year, month: month, day: 20)
        case .end?: return Day(year: year, month: month, day: 21)...Day(year: year, month: month, day: last)
        }
    }

    /// By the days covered: first day, then last day.
    public static func < (a: MonthDate, b: MonthDate) -> Bool {
        (a.days.lowerBound, a.days.upperBound) < (b.days.lowerBound, b.days.upperBound)
    }
}

/// A choice the client answered in their own words rather than with one of the options: the
/// option the consultant judged closest (nil: "autre", none of them), and the words, kept.
public struct WordedChoice: Sendable, Hashable {
    /// One of the field's options; nil when none fits ("autre").
    public var option: String?
    /// What the client said, as typed.
    public var words: String

    public init(option: String?, words: String) {
        self.option = option
        self.words = words
    }
}

/// A calendar day, without time zone: what the client means by "le 15 mars 2027".
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO `2027-03-15`; nil when it is not a real day.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              Day.isValid(year: y, month: m, day: d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// True for an existing day of the Gregorian calendar.
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences and ordering.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `ordinal` days after 1970-01-01.
    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// `2027-03-15`.
    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

/// One item of a list of records (an objective, an indicator, a risk…), with an id that stays the
/// same when items before it are added or removed, so gaps and edits can point at it.
public struct Record: Sendable, Hashable, Codable {
    /// Stable id, unique within the session (e.g. `r12`), given by the engine when the item is created.
    public var id: String
    /// Field id -> value; absent means "not answered yet".
    public var fields: [String: Value]

    public init(id: String, fields: [String: Value] = [:]) {
        self.id = id
        self.fields = fields
    }
}

/// What a charter field holds. Text, long text, person and choice are all `.text`; the field's
/// declared type says how it was asked and how it is shown.
public indirect enum Value: Sendable, Hashable {
    case text(String)
    case number(Double)
    case date(Day)
    /// A date at month precision (« fin mars 2027 », « juin 2027 »), in a `date` field.
    case month(MonthDate)
    /// A choice the client answered in their own words, with the option chosen for them (or none).
    case wordedChoice(WordedChoice)
    /// A duration in minutes.
    case duration(Int)
    case bool(Bool)
    /// A list of scalar values (one item a line).
    case list([Value])
    /// A list of records.
    case records([Record])

    /// True for an empty text (after trimming), an empty list or an empty list of records.
    public var isEmpty: Bool {
        switch self {
        case .text(let s): return s.allSatisfy(\.isWhitespace)
        case .list(let items): return items.isEmpty
        case .records(let items): return items.isEmpty
        case .number, .date, .month, .wordedChoice, .duration, .bool: return false
        }
    }
}

extension Value: Codable {
    private enum Key: String, CodingKey { case date, month, part, option, words, minutes, records }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer() {
            if let b = try? single.decode(Bool.self) { self = .bool(b); return }
            if let n = try? single.decode(Double.self) { self = .number(n); return }
            if let s = try? single.decode(String.self) { self = .text(s); return }
            if let l = try? single.decode([Value].self) { self = .list(l); return }
        }
        let keyed = try decoder.container(keyedBy: Key.self)
        if keyed.contains(.date) { self = .date(try keyed.decode(Day.self, forKey: .date)); return }
        if keyed.contains(.month) {
            let iso = try keyed.decode(String.self, forKey: .month)
            let part = try keyed.decodeIfPresent(MonthDate.Part.self, forKey: .part)
            guard let month = MonthDate(iso: iso, part: part) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a month: \(iso)"))
            }
            self = .month(month)
            return
        }
        if keyed.contains(.words) {
            self = .wordedChoice(WordedChoice(option: try keyed.decodeIfPresent(String.self, forKey: .option),
                                              words: try keyed.decode(String.self, forKey: .words)))
            return
        }
        if keyed.contains(.minutes) { self = .duration(try keyed.decode(Int.self, forKey: .minutes)); return }
        if keyed.contains(.records) { self = .records(try keyed.decode([Record].self, forKey: .records)); return }
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a charter value"))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let s): var c = encoder.singleValueContainer(); try c.encode(s)
        case .number(let n): var c = encoder.singleValueContainer(); try c.encode(n)
        case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
        case .list(let l): var c = encoder.singleValueContainer(); try c.encode(l)
        case .date(let d): var c = encoder.container(keyedBy: Key.self); try c.encode(d, forKey: .date)
        case .month(let m):
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(m.iso, forKey: .month)
            try c.encodeIfPresent(m.part, forKey: .part)
        case .wordedChoice(let w):
            var c = encoder.container(keyedBy: Key.self)
            try c.encodeIfPresent(w.option, forKey: .option)
            try c.encode(w.words, forKey: .words)
        case .duration(let m): var c = encoder.container(keyedBy: Key.self); try c.encode(m, forKey: .minutes)
        case .records(let r): var c = encoder.container(keyedBy: Key.self); try c.encode(r, forKey: .records)
        }
    }
}

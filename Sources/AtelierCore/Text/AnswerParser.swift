import Foundation

/// Turns what the consultant typed into a value of the field's type: `15/03/2027` or `2027-03-15`
/// for a date, `1h30` for a duration, `3,5` for a number, `2` or `mens` for a choice…
public enum AnswerParser {
    /// Why a typed answer was not accepted; one sentence, then the same question again.
    public enum Problem: Error, Sendable, Hashable {
        /// Not a number ("douze" for a number field).
        case notANumber(String)
        /// Not a date in a form Atelier reads, or not a real day (31/02/2027).
        case notADate(String)
        /// Not a duration ("30 min", "2h", "1h30").
        case notADuration(String)
        /// Not yes or no.
        case notYesNo(String)
        /// Not one of the options (or several options start that way).
        case notAnOption(String, options: [String])
        /// Empty where a value is needed.
        case empty

        var shortened: Problem {
            func cut(_ s: String) -> String { s.count > 60 ? String(s.prefix(60)) + "…" : s }
            switch self {
            case .notANumber(let s): return .notANumber(cut(s))
            case .notADate(let s): return .notADate(cut(s))
            case .notADuration(let s): return .notADuration(cut(s))
            case .notYesNo(let s): return .notYesNo(cut(s))
            case let .notAnOption(s, options): return .notAnOption(cut(s), options: options)
            case .empty: return .empty
            }
        }

        /// One sentence, quoting at most 60 characters of what was typed (a pasted page must not
        /// come back as a page-long error).
        public func message(_ language: Language) -> String {
            switch shortened {
            case .notANumber(let text): CoreMessage.answerNotANumber.text(language, ["text": text])
            case .notADate(let text): CoreMessage.answerNotADate.text(language, ["text": text])
            case .notADuration(let text): CoreMessage.answerNotADuration.text(language, ["text": text])
            case .notYesNo(let text): CoreMessage.answerNotYesNo.text(language, ["text": text])
            case let .notAnOption(text, options):
                CoreMessage.answerNotAnOption.text(language, [
                    "text": text, "options": options.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: ", "),
                ])
            case .empty: CoreMessage.answerEmpty.text(language)
            }
        }
    }

    /// Parses one typed line for a scalar field type (lists and records are built by the caller).
    /// `dates` gives the year of a date said without one (« le 13/10 », « fin mars »); without it,
    /// such a date is refused.
    public static func parse(_ raw: String, as type: FieldType, dates: DateContext? = nil) -> Result<Value, Problem> {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case .text, .longText, .person:
            return text.isEmpty ? .failure(.empty) : .success(.text(text))
        case .number:
            return number(text).map { .success(.number($0)) } ?? .failure(.notANumber(text))
        case .date:
            return DateParser.parse(text, context: dates).map { .success($0) } ?? .failure(.notADate(text))
        case .duration:
            return duration(text).map { .success(.duration($0)) } ?? .failure(.notADuration(text))
        case .yesNo:
            return yesNo(text).map { .success(.bool($0)) } ?? .failure(.notYesNo(text))
        case .choice(let options):
            return choice(text, options).map { .success(.text($0)) } ?? .failure(.notAnOption(text, options: options))
        case .list(let item):
            return parse(text, as: item, dates: dates).map { .list([$0]) }
        case .records:
            return text.isEmpty ? .failure(.empty) : .success(.text(text))
        }
    }

    static func number(_ text: String) -> Double? {
        let cleaned = text.replacingOccurrences(of: "\u{202F}", with: "").replacingOccurrences(of: "\u{A0}", with: "")
            .replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
        guard !cleaned.isEmpty, let n = Double(cleaned), n.isFinite else { return nil }
        return n
    }

    /// `2027-03-15`, `15/03/2027`, `15-03-2027`, `15.03.2027`, `15/03/27`.
    public static func date(_ text: String) -> Day? {
        if let iso = Day(iso: text) { return iso }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { y += 2000 } else if parts[2].count != 4 { return nil }
        guard Day.isValid(year: y, month: m, day: d) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// Minutes from `90`, `30 min`, `2h`, `1h30`, `1 h 30 min`, `2 heures`, `1.5h`.
    static func duration(_ text: String) -> Int? {
        let t = text.lowercased().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
        if let n = Int(t), n >= 0 { return n }
        for suffix in ["minutes", "minute", "mins", "min", "mn", "m"] where t.hasSuffix(suffix) {
            if let n = Int(t.dropLast(suffix.count)), n >= 0 { return n }
        }
        for marker in ["heures", "heure", "hours", "hour", "h"] {
            guard let range = t.range(of: marker) else { continue }
            let hours = String(t[..<range.lowerBound])
            var rest = String(t[range.upperBound...])
            for suffix in ["minutes", "min", "mn", "m"] where rest.hasSuffix(suffix) { rest = String(rest.dropLast(suffix.count)) }
            guard let h = Double(hours), h >= 0, h < 1000 else { return nil }
            let minutes = rest.isEmpty ? 0 : Int(rest)
            guard let m = minutes, (0..<60).contains(m) else { return nil }
            return Int((h * 60).rounded()) + m
        }
        return nil
    }

    public static func yesNo(_ text: String) -> Bool? {
        switch TextFolding.fold(text) {
        case "o", "oui", "y", "yes", "ok", "vrai", "true", "1", "ouais", "yep": true
        case "n", "non", "no", "faux", "false", "0", "nope": false
        default: nil
        }
    }

    /// An option by number (from 1), by exact text, or by a unique prefix; case and accents ignored.
    public static func choice(_ text: String, _ options: [String]) -> String? {
        if let n = Int(text), options.indices.contains(n - 1) { return options[n - 1] }
        let folded = TextFolding.fold(text)
        guard !folded.isEmpty else { return nil }
        if let exact = options.first(where: { TextFolding.fold($0) == folded }) { return exact }
        let prefixed = options.filter { TextFolding.fold($0).hasPrefix(folded) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }
}

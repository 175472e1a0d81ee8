import AtelierCore

/// How values read in a document: dates in words, durations in minutes and hours, numbers with the
/// language's decimal separator. Pure functions of the value and the language.
enum DisplayText {
    /// "1er mars 2027" / "March 1, 2027".
    static func date(_ day: Day, _ language: Language) -> String {
        let number = day.day == 1 ? ExportMessage.firstOfMonth.text(language) : String(day.day)
        return ExportMessage.longDate.text(language, ["day": number, "month": ExportMessage.month(day.month), "year": String(day.year)])
    }

    /// "10 h 47" / "10:47".
    static func timeOfDay(hour: Int, minute: Int, _ language: Language) -> String {
        ExportMessage.timeOfDay.text(language, ["hour": hour, "minute": minute < 10 ? "0\(minute)" : String(minute)])
    }

    /// "3,5" / "3.5".
    static func number(_ n: Double, _ language: Language) -> String {
        guard n.isFinite else { return "—" }
        let text = n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        return text.replacingOccurrences(of: ".", with: ExportMessage.decimalSeparator.text(language))
    }

    /// "45 min", "2 h", "1 h 30": the one duration format (`DurationText`), as the session shows it.
    static func duration(minutes: Int) -> String {
        DurationText.minutes(minutes)
    }

    /// A moment of the workshop, as time into it ("12 min", "1 h 05"): the one duration format.
    static func clock(seconds: Double) -> String {
        DurationText.elapsed(seconds: seconds)
    }

    /// Seconds rounded to whole minutes (0 for a nonsense value).
    static func minutes(seconds: Double) -> Int {
        guard seconds.isFinite, seconds > 0, seconds < 1e12 else { return 0 }
        return Int((seconds / 60).rounded())
    }

    static func percent(_ share: Double) -> Int {
        guard share.isFinite else { return 0 }
        return Int((max(0, min(1, share)) * 100).rounded())
    }

    /// A scalar value as one piece of text (a list joined with "; ", records by their titles).
    static func value(_ value: Value, model: FieldType?, _ language: Language) -> String {
        switch value {
        case .text(let s): return SafeText.clean(s)
        case .number(let n): return number(n, language)
        case .date(let d): return date(d, language)
        case .month(let m): return DateWords.month(m, language)
        case .wordedChoice(let w):
            return ValueText.words(WordedChoice(option: w.option.map(SafeText.clean), words: SafeText.clean(w.words)), language)
        case .duration(let m): return duration(minutes: m)
        case .bool(let b): return Labels.of(language)[b ? .yes : .no]
        case .list(let items):
            let itemType: FieldType? = if case .list(let t) = model { t } else { nil }
            return items.map { self.value($0, model: itemType, language) }.joined(separator: "; ")
        case .records(let records):
            guard case .records(let recordModel) = model, let title = recordModel.titleField else {
                return records.map(\.id).joined(separator: "; ")
            }
            return records.compactMap { $0.fields[title].map { self.value($0, model: .text, language) } }
                .joined(separator: "; ")
        }
    }
}

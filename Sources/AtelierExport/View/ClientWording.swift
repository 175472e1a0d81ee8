import AtelierCore
import Foundation

/// How decisions, open questions, gaps and changes after a lock read in the document: written for
/// the client who receives it, never as the facilitator's sentence in the room ("vous avez dit…").
struct ClientWording {
    let labels: Labels
    let locator: ValueLocator
    let sectionTitle: (String?) -> String

    /// The decision on its subject.
    func decision(_ d: CharterDocument.Decision) -> DecisionView {
        DecisionView(subject: locator.subject(ofPath: d.path, fallback: sectionTitle(d.section)),
                     text: SafeText.clean(d.text), question: SafeText.clean(d.question), section: sectionTitle(d.section))
    }

    /// A question still open. When it hangs on a value already given (a hedged answer, a target not
    /// yet measurable, a date out of order), the question is whether that value can be confirmed;
    /// otherwise it is the question as the script wrote it for the client.
    func openQuestion(question: String, path: String?, owner: String?, dontKnow: Bool, section: String?) -> OpenQuestionView {
        let target = path.flatMap(FieldPath.init(parsing:)).flatMap(locator.locate)
        let subject = target.map(locator.subject) ?? sectionTitle(section)
        var text = SafeText.clean(question)
        if let target, target.scalarText, let value = target.value {
            text = labels.fill(.confirmQuestion, ["value": labels.quote(locator.display(value, target.type))])
        }
        let (who, due) = owner.map { Self.ownerAndDue(SafeText.line($0), labels.language) } ?? (nil, nil)
        return OpenQuestionView(subject: subject, question: text, owner: who, due: due, dontKnow: dontKnow,
                                section: sectionTitle(section))
    }

    /// "Michel Dupuis, 15/12/2026" -> ("Michel Dupuis", "15 décembre 2026"): the owner's answer may
    /// say by when, after a comma, a dash, "d'ici", "avant", "pour le", "by" or "before".
    static func ownerAndDue(_ text: String, _ language: Language) -> (owner: String?, due: String?) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return (nil, nil) }
        let separators = [" — ", " – ", " - ", ", ", " (", " d'ici le ", " d'ici ", " avant le ", " avant ", " pour le ",
                          " by ", " before ", " on "]
        for separator in separators {
            guard let range = trimmed.range(of: separator, options: .caseInsensitive) else { continue }
            let owner = trimmed[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            var tail = trimmed[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if separator == " (", tail.hasSuffix(")") { tail.removeLast() }
            for lead in ["le ", "d'ici le ", "d'ici ", "avant le ", "avant ", "by ", "before ", "on "] {
                if let found = tail.range(of: lead, options: [.caseInsensitive, .anchored]) { tail = String(tail[found.upperBound...]) }
            }
            guard !owner.isEmpty, let due = dueText(tail, language) else { continue }
            return (owner, due)
        }
        return (trimmed, nil)
    }

    /// A date the way the client will read it, or nil when `text` does not look like one.
    private static func dueText(_ text: String, _ language: Language) -> String? {
        if let day = AnswerParser.date(text) { return DisplayText.date(day, language) }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let months = Language.allCases.flatMap { language in (1...12).map { ExportMessage.month($0).text(language).lowercased() } }
        let calendarWords: Set<String> = ["fin", "début", "mi", "semaine", "mois", "trimestre", "end", "early", "mid", "week",
                                          "month", "quarter", "demain", "tomorrow", "lundi", "mardi", "mercredi", "jeudi",
                                          "vendredi", "monday", "tuesday", "wednesday", "thursday", "friday"]
        let hasDigit = text.contains(where: \.isNumber)
        let looksLikeDate = words.contains { months.contains($0) || calendarWords.contains($0) }
            || (hasDigit && text.contains("/"))
        return looksLikeDate ? text : nil
    }

    /// "Cible — « Délai moyen… » : « 40 jours » remplace « je pense 40 jours » (à 10 h 47)".
    func lockChange(_ change: LockChange, startedAt: String?) -> String {
        let path = FieldPath(parsing: change.path)
        let target = path.flatMap(locator.locate)
        let subject = target.map(locator.subject) ?? SafeText.line(change.path)
        let written = change.value.map { labels.quote(locator.display($0, target?.type)) } ?? labels[.unanswered]
        let time = Self.clockTime(startedAt: startedAt, seconds: change.time, labels)
        if let replaced = change.replaced, !replaced.isEmpty {
            return labels.fill(.changeReplaced, ["subject": subject, "new": written,
                                                 "old": labels.quote(locator.display(replaced, target?.type)), "time": time])
        }
        return labels.fill(.changeAdded, ["subject": subject, "new": written, "time": time])
    }

    /// The time of day `seconds` into a session started at `startedAt` ("à 10 h 47", "at 10:47"),
    /// or the workshop clock when the start is unknown ("à 1:12:05 de séance").
    static func clockTime(startedAt: String?, seconds: Double, _ labels: Labels) -> String {
        let elapsed = seconds.isFinite && seconds >= 0 && seconds < 1e9 ? Int(seconds) : 0
        guard let startedAt, let (hour, minute) = startClock(startedAt) else {
            return labels.fill(.atSessionTime, ["time": DisplayText.clock(seconds: Double(elapsed))])
        }
        let total = (hour * 3600 + minute * 60 + elapsed) / 60
        return labels.fill(.atTime, ["time": DisplayText.timeOfDay(hour: total / 60 % 24, minute: total % 60, labels.language)])
    }

    /// Hour and minute of an ISO 8601 date-time (`2026-11-24T09:02:11+01:00`).
    private static func startClock(_ iso: String) -> (Int, Int)? {
        guard let t = iso.firstIndex(of: "T") else { return nil }
        let clock = iso[iso.index(after: t)...].prefix(5).split(separator: ":")
        guard clock.count == 2, let h = Int(clock[0]), let m = Int(clock[1]), (0..<24).contains(h), (0..<60).contains(m) else {
            return nil
        }
        return (h, m)
    }
}

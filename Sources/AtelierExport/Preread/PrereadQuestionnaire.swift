import Foundation
import AtelierCore

/// What a questionnaire is made for: the client it is sent to and when the answers are due.
public struct PrereadOptions: Sendable, Hashable {
    /// The client, as the session will name it (it is checked again when the answers come back).
    public var client: String?
    /// The day the answers are due.
    public var due: Day?

    public init(client: String? = nil, due: Day? = nil) {
        self.client = client
        self.due = due
    }
}

/// The pre-read questionnaire: one self-contained HTML page (its style and script inside, no
/// network, no server) with the script's pre-read questions in the client's language, the right
/// box for each kind of answer, the "why we ask" of each question, a button that saves the answers
/// to a small file the client sends back, and a print layout for clients who prefer paper.
/// Every text from the script or the command line is escaped.
public enum PrereadQuestionnaire {
    /// The page, as UTF-8 bytes.
    public static func render(_ workshop: Workshop, options: PrereadOptions) -> [UInt8] {
        Array(html(workshop, options: options).utf8)
    }

    /// The name the client's browser gives the saved answers: `<workshop>-<client>.preread.json`.
    public static func answersFileName(_ workshop: Workshop, client: String?) -> String {
        let parts = [workshop.id, client.map(slug) ?? ""].filter { !$0.isEmpty }
        return parts.joined(separator: "-") + ".preread.json"
    }

    /// The questionnaire's own file name, for `-o` by default and the e-mail's attachment.
    public static func fileName(_ workshop: Workshop, client: String?) -> String {
        let text = PrereadText(workshop.language)
        let base = [text.text(.kicker), workshop.title, client ?? ""].filter { !$0.isEmpty }.joined(separator: " - ")
        return EMLExporter.fileName(base) + ".html"
    }

    static func slug(_ text: String) -> String {
        let folded = TextFolding.fold(SafeText.line(text))
        var out = ""
        for c in folded {
            if c.isASCII && (c.isLetter || c.isNumber) { out.append(c) } else if !out.hasSuffix("-") { out.append("-") }
        }
        return String(out.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(60))
    }

    static func html(_ workshop: Workshop, options: PrereadOptions) -> String {
        let text = PrereadText(workshop.language)
        let e = HTMLEscaper()
        let client = options.client.map(SafeText.line).flatMap { $0.isEmpty ? nil : $0 }
        let title = [text.text(.kicker), SafeText.line(workshop.title), client].compactMap { $0 }.joined(separator: " — ")
        let engine = Engine(workshop: workshop, today: options.due ?? Day(year: 2000, month: 1, day: 1))
        var out = "<!DOCTYPE html>\n<html lang=\"\(workshop.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        // Nothing may be fetched: the page works from an e-mail attachment, offline.
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        out += "<meta name=\"generator\" content=\"Atelier\">\n"
        out += "<title>\(e.inline(title))</title>\n<style>\n\(PrereadPage.style)</style>\n</head>\n<body>\n<main>\n"
        out += "<header>\n<p class=\"kicker\">\(e.inline(text.text(.kicker)))</p>\n<h1>\(e.inline(SafeText.line(workshop.title)))</h1>\n"
        if let client { out += "<p class=\"client\">\(e.inline(text.text(.forClient, ["client": client])))</p>\n" }
        let due = options.due.map { text.text(.dueBefore, ["date": PrereadDates.long($0, workshop.language)]) } ?? text.text(.noDue)
        out += "<p class=\"due\"><strong>\(e.inline(due))</strong></p>\n</header>\n"
        out += "<section class=\"intro\">\n"
        for paragraph in SafeText.clean(workshop.preread.intro ?? text.text(.defaultIntro)).split(separator: "\n", omittingEmptySubsequences: true) {
            out += "<p>\(e.inline(String(paragraph)))</p>\n"
        }
        out += "<p class=\"how screen\">\(e.inline(text.text(.howTo)))</p>\n<p class=\"how paper\">\(e.inline(text.text(.paperNote)))</p>\n</section>\n"
        out += "<p id=\"restored\" class=\"notice\" hidden>\(e.inline(text.text(.restored)))</p>\n"
        out += "<form id=\"preread\" autocomplete=\"off\" novalidate>\n"
        var people = false
        for (number, entry) in workshop.prereadQuestions.enumerated() {
            guard let item = engine.describe(item: entry.item), let field = item.field else { continue }
            out += PrereadFields.question(number: number + 1, item: item, field: field,
                                          recordFields: PrereadFormat.askedFields(field, entry.question), text: text)
            people = people || PrereadFields.asksPeople(field)
        }
        if people { out += "<datalist id=\"atelier-people\"></datalist>\n" }
        out += "</form>\n"
        out += "<div class=\"actions\">\n<button type=\"button\" id=\"save\" class=\"primary\">\(e.inline(text.text(.save)))</button>\n"
        out += "<button type=\"button\" id=\"print\">\(e.inline(text.text(.print)))</button>\n"
        out += "<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n</div>\n"
        out += "<footer><p>\(e.inline(text.text(.footer)))</p></footer>\n</main>\n"
        out += "<script type=\"application/json\" id=\"preread-meta\">\(meta(workshop, client: client, text: text))</script>\n"
        out += "<script>\n\(PrereadPage.script)</script>\n</body>\n</html>\n"
        return out
    }

    /// What the page's script needs: the file's identity and the sentences it shows.
    private static func meta(_ workshop: Workshop, client: String?, text: PrereadText) -> String {
        var fields: [(String, String)] = [
            ("format", PrereadFormat.formatName), ("workshop_id", workshop.id),
            ("questions", PrereadFormat.questionsFingerprint(workshop)), ("client", client ?? ""),
            ("file", answersFileName(workshop, client: client)),
        ]
        for key: PrereadText.Key in [.saved, .savedNamed, .restored, .invalidNumber, .invalidDuration, .invalidDate, .fixFirst, .emptyNothing, .itemNumber] {
            fields.append(("text_" + key.rawValue, text.text(key)))
        }
        let body = fields.map { "\(PrereadJSON.string($0.0)):\(PrereadJSON.string($0.1))" }.joined(separator: ",")
        return "{\"version\":\(PrereadFormat.version),\(body)}"
    }
}

/// JSON strings safe inside a `<script>` element: `<`, `>` and `&` are escaped too, so no text can
/// close the element or open a comment.
enum PrereadJSON {
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += "\\u" + String(format4(scalar.value))
            default:
                if scalar.value < 0x20 { out += "\\u" + format4(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    private static func format4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// Dates as the client reads them: "lundi 23 novembre 2026", "Monday, November 23, 2026".
enum PrereadDates {
    static let weekdays: [PrereadMessage] = [.sunday, .monday, .tuesday, .wednesday, .thursday, .friday, .saturday]

    static func long(_ day: Day, _ language: Language) -> String {
        let index = ((day.ordinal + 4) % 7 + 7) % 7  // 1970-01-01 was a Thursday; 0 is Sunday
        return PrereadMessage.longDate.text(language, ["weekday": weekdays[index], "date": DisplayText.date(day, language)])
    }
}

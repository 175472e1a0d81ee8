import Foundation

/// `has_date(x)`: whether a client's text mentions a date or a deadline, in French or English.
///
/// What counts (case and accents ignored):
/// - numeric dates: `15/03/2027`, `15/03`, `15.03.2027`, `2027-03-15`, `15-03-2027`;
/// - a day and a month: `15 mars`, `1er avril`, `March 15`, `15th of March`;
/// - a month and a year: `mars 2027`, `March 2027`;
/// - a month or a year after a time word: `fin juin`, `début mars`, `mi-mars`, `d'ici septembre`,
///   `en 2027`, `end of June`, `by September`, `early 2027`;
/// - quarters, halves and weeks: `Q3`, `T2`, `S1 2027`, `H2 2027`, `2e trimestre`, `first quarter`,
///   `semaine 12`, `week 12`;
/// - relative dates: `demain`, `tomorrow`, `lundi`, `Friday`, `la semaine prochaine`, `next month`,
///   `dans 3 semaines`, `sous 15 jours`, `within two weeks`.
/// A bare number (`2000 clients`) or a bare month word (`mai`, `may`) does not count.
enum DateMention {
    static func isPresent(in text: String) -> Bool {
        if let known = memo.value(text) { return known }
        let folded = TextFolding.fold(text)
        let found: Bool
        if mayMentionDate(folded), let regex = pattern.regex {
            found = RegexCache.matches(regex, folded)
        } else {
            found = false
        }
        memo.store(found, for: text)
        return found
    }

    /// Texts are re-checked at every step of a session: answers are remembered.
    private static let memo = Memo()

    /// A cheap first look: without a digit or a calendar word the big pattern cannot match.
    private static func mayMentionDate(_ folded: String) -> Bool {
        var word = ""
        for c in folded.unicodeScalars {
            if c.properties.numericType != nil { return true }
            if c.properties.isAlphabetic {
                word.unicodeScalars.append(c)
            } else {
                if triggers.contains(word) { return true }
                word = ""
            }
        }
        return triggers.contains(word)
    }

    private static let triggers: Set<String> = {
        var words = Set((months + "|" + weekdays).split(separator: "|").map(String.init))
        words.formUnion(["fev", "fevr", "demain", "aujourd", "soir", "tomorrow", "today", "tonight", "prochain", "prochaine",
                         "next", "semaine", "semaines", "week", "weeks", "sem", "trimestre", "semestre", "quarter",
                         "half", "jour", "jours", "day", "days", "mois", "month", "months", "an", "ans", "annee",
                         "annees", "year", "years"])
        return words
    }()

    private final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var known: [String: Bool] = [:]

        func value(_ text: String) -> Bool? {
            lock.lock()
            defer { lock.unlock() }
            return known[text]
        }

        func store(_ value: Bool, for text: String) {
            lock.lock()
            defer { lock.unlock() }
            if known.count >= 8192 { known.removeAll(keepingCapacity: true) }
            known[text] = value
        }
    }

    private final class Compiled: @unchecked Sendable {
        let regex: NSRegularExpression?
        init(_ regex: NSRegularExpression?) { self.regex = regex }
    }

    private static let months = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
        + "|janv|fevr?|avr|juil|sept|oct|nov|dec"
        + "|january|february|march|april|may|june|july|august|september|october|november|december"
        + "|jan|feb|mar|apr|jun|jul|aug|sep"
    private static let lead = "fin|debut|mi|courant|d'ici|avant|apres|jusqu'a|jusqu'en|des|en"
        + "|end of|beginning of|start of|early|mid|late|by|before|after|until|in"
    private static let count = "\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|a|one|two|three|four|five|ten|fifteen"
    private static let unit = "jours?|semaines?|mois|ans?|annees?|days?|weeks?|months?|years?"
    private static let weekdays = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
        + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    private static let year = "(?:19|20)\\d{2}"

    private static let alternatives = [
        "(?:0?[1-9]|[12]\\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.]\\d{2,4}",
        "(?:[0-2]\\d|3[01])/(?:0[1-9]|1[0-2])",
        "\\d{4}-\\d{1,2}-\\d{1,2}",
        "\\d{1,2}-\\d{1,2}-\\d{4}",
        "(?:1er|[0-3]?\\d)(?:er|st|nd|rd|th)? (?:of )?(?:\(months))\\.?",
        "(?:\(months)) [0-3]?\\d(?:st|nd|rd|th)?",
        "(?:\(months))\\.? (?:de |of )?\(year)",
        "(?:\(lead))[ -](?:\(months)|\(year))",
        "[qt][1-4]",
        "[sh][12] \(year)",
        "\\d(?:er|re|e|eme|nd|st|rd|th) (?:trimestre|semestre|quarter|half)",
        "(?:premier|deuxieme|second|troisieme|quatrieme|dernier|first|third|fourth|last) (?:trimestre|semestre|quarter|half)",
        "(?:semaine|week|sem\\.?) ?\\d{1,2}",
        "demain|apres-demain|aujourd'hui|ce soir|tomorrow|today|tonight",
        "(?:semaine|mois|trimestre|annee) prochaine?",
        "next (?:week|month|quarter|year|\(weekdays))",
        weekdays,
        "(?:dans|sous|d'ici|within|in) (?:\(count)) (?:\(unit))",
    ]

    private static let pattern: Compiled = {
        let source = "\\b(?:" + alternatives.joined(separator: "|") + ")\\b"
        // A constant pattern, checked by the tests.
        return Compiled(try? NSRegularExpression(pattern: source, options: [.caseInsensitive]))
    }()
}

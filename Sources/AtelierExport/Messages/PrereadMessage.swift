import AtelierCore

/// Every sentence of the pre-read questionnaire and of the e-mail that carries it (the tables are in
/// `PrereadMessage+French.swift` and `PrereadMessage+English.swift`), French typeset when read.
/// Sentences the page's script fills in the browser keep their `{placeholders}` (`template`).
package enum PrereadMessage: String, MessageCatalogue {
    case longDate  // {weekday} {date}
    case sunday, monday, tuesday, wednesday, thursday, friday, saturday
    case kicker, forClient, dueBefore, noDue, defaultIntro, howTo, whyLabel, hintLabel, addLine, addItem, removeItem
    case itemNumber, yes, no, save, print, saved, savedNamed, restored, invalidNumber, invalidDuration, invalidDate
    case fixFirst, emptyNothing, footer, paperNote, durationPlaceholder, numberPlaceholder, questionCount
    case mailSubject, mailGreeting, mailIntro, mailDue, mailHow, mailPaper, mailConfirm, mailSignature
    case mailAttached  // {file}
}

extension PrereadMessage {
    package static var typesetsFrench: Bool { true }
}

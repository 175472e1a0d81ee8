import AtelierCore

/// Every word and sentence the exports write, with its arguments (`{name}` in the tables of
/// `ExportMessage+French.swift` and `ExportMessage+English.swift`).
///
/// The words around the charter keep the names templates use (`{{labels.open_questions}}`, see
/// `templateLabels` and docs/export-templates.md); errors are diagnostics (lower case, no full stop).
enum ExportMessage: String, MessageCatalogue {
    // MARK: The words around the charter
    case charter, readiness, locked, decisions, decision, owner, parked, blocking, advisory, asked, people, email, role
    case annex, checkpoints, phase, timing, timebox, spent, over, notes, time, total, yes, no, section, question
    case greeting, intro, attached, signature, colon
    case preparedFor = "prepared_for", blockingOpen = "blocking_open", blockingClosed = "blocking_closed"
    case blockingOpenOne = "blocking_open_one", blockingClosedOne = "blocking_closed_one", notAnswered = "not_answered"
    case decisionAbout = "decision_about", openQuestions = "open_questions", ownerUnknown = "owner_unknown"
    case dontKnow = "dont_know", openGaps = "open_gaps", notAsked = "not_asked", confirmReceipt = "confirm_receipt"
    case unanswered, subjectPrefix = "subject_prefix", fileName = "file_name"

    // MARK: Dates, numbers, the document's language
    case longDate                 // {day} {month} {year}
    case firstOfMonth             // the day number 1 (« 1er »)
    case month1, month2, month3, month4, month5, month6, month7, month8, month9, month10, month11, month12
    case decimalSeparator
    case percent                  // {value}
    case documentLanguage         // the language tag of a DOCX (fr-FR)

    // MARK: Errors (after the file's path)
    case templateNotFound, templateExists, notAFolder, missingSender, noRecipient
    case templateParse            // {reason}
    case defaultTemplatesMissing  // {searched}
    case writeFailed              // {reason}
    case archiveFailed            // {detail}
    case templateTooLarge         // {kilobytes}
    case templateNotText, templateEndsInsideTag, templateWrongClosingName, templateUnfinishedTag
    case templateSectionNeverClosed, templateInvalidSetDelimiter, templateInheritedSection, templateInvalidPragma
    case templateUnknownPragma
    case templateOther            // {detail}

    /// The labels templates see, as `{{labels.NAME}}`.
    static let templateLabels: [ExportMessage] = [
        .charter, .preparedFor, .readiness, .blockingOpen, .blockingClosed, .blockingOpenOne, .blockingClosedOne, .locked,
        .notAnswered, .decisions, .decisionAbout, .decision, .openQuestions, .owner, .ownerUnknown, .dontKnow, .parked,
        .openGaps, .blocking, .advisory, .asked, .notAsked, .people, .email, .role, .annex, .checkpoints, .phase, .timing,
        .timebox, .spent, .over, .notes, .time, .total, .yes, .no, .section, .question, .greeting, .intro,
        .confirmReceipt, .attached, .signature, .colon,
    ]

    /// The month's name, 1 to 12.
    static func month(_ number: Int) -> ExportMessage {
        let months: [ExportMessage] = [.month1, .month2, .month3, .month4, .month5, .month6, .month7, .month8, .month9,
                                       .month10, .month11, .month12]
        return months[max(1, min(12, number)) - 1]
    }
}

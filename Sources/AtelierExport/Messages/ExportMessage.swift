import AtelierCore

/// Every word and sentence the exports write, with its arguments (`{name}` in the tables of
/// `ExportMessage+French.swift` and `ExportMessage+English.swift`), French typeset once, here
/// (narrow no-break spaces before ; : ! ? % and inside « »).
///
/// The words around the charter keep the names templates use (`{{labels.open_questions}}`,
/// `templateLabels`, docs/export-templates.md); `Labels` reads them by name. Errors are diagnostics
/// (lower case, no full stop).
package enum ExportMessage: String, MessageCatalogue {
    // MARK: The document
    case charter, preparedFor = "prepared_for", workshopDate = "workshop_date", version, status
    case statusDraft = "status_draft", statusValidated = "status_validated", summary, contents
    case facilitatorCopy = "facilitator_copy", page, pageOf = "page_of", logo
    // MARK: Readiness (facilitator's copy)
    case readiness, blockingOpen = "blocking_open", blockingClosed = "blocking_closed"
    case blockingOpenOne = "blocking_open_one", blockingClosedOne = "blocking_closed_one"
    // MARK: Sections and fields
    case locked, lockedChanged = "locked_changed", changesAfterLock = "changes_after_lock"
    case changeReplaced = "change_replaced"   // {subject} {new} {old} {time}
    case changeAdded = "change_added"         // {subject} {new} {time}
    case atTime = "at_time"                   // {time}
    case atSessionTime = "at_session_time"    // {time}
    case notAnswered = "not_answered", unanswered, toConfirm = "to_confirm"
    case confirmQuestion = "confirm_question" // {value}
    // MARK: Decisions and open questions
    case decisions, decisionAbout = "decision_about", decision, decisionsTaken = "decisions_taken"
    case openQuestions = "open_questions", subject, question, owner, ownerUnknown = "owner_unknown"
    case due, dueUnknown = "due_unknown", dontKnow = "dont_know", parked
    case openGaps = "open_gaps", blocking, advisory, asked, notAsked = "not_asked"
    // MARK: A follow-up workshop: since last time
    case sinceLastTime = "since_last_time"
    case progressIntro = "progress_intro"     // {date}
    case reviewItem = "review_item", reviewPoint = "review_point", lastTime = "last_time", now
    case targetValue = "target_value", trend, trendBetter = "trend_better", trendWorse = "trend_worse"
    case trendSteady = "trend_steady"
    case ofTheWay = "of_the_way"              // {percent}
    case changesSince = "changes_since", progressAdded = "progress_added", progressChanged = "progress_changed"
    case progressRemoved = "progress_removed", before, after, resolvedQuestions = "resolved_questions"
    case stillOpen = "still_open"
    // MARK: People and approval
    case people, email, role, name, date, approval, approvalIntro = "approval_intro", sign
    // MARK: Facilitator annex
    case annex, checkpoints, phase, timing, timebox, spent, over, notes, time, total, yes, no, section
    // MARK: The e-mail
    case greeting, intro, confirmReceipt = "confirm_receipt", attached, signature, subjectPrefix = "subject_prefix"
    // MARK: Punctuation, dates, numbers, the document's language
    case colon
    case quoted                    // {text}: the client's words quoted
    case percent                   // {value}
    case longDate                  // {day} {month} {year}
    case firstOfMonth              // the day number 1 (« 1er »)
    case month1, month2, month3, month4, month5, month6, month7, month8, month9, month10, month11, month12
    case timeOfDay                 // {hour} {minute}
    case decimalSeparator
    case documentLanguage          // the language tag of a DOCX (fr-FR)

    // MARK: Errors (after the file's path)
    case templateNotFound, templateExists, notAFolder, missingSender, noRecipient
    case defaultTemplatesMissing   // {searched}
    case writeFailed               // {reason}
    case invalidSender, invalidRecipient   // {address}
    case facilitatorCopyToOthers   // {recipients}
    case archiveFailed             // {detail}
    // MARK: Templates that cannot be used
    case templateTooLarge          // {kilobytes}
    case templateNotText, templateUnterminatedTag, templateInvalidDelimiters, templateInvalidInheritance, templateInvalidPragma
    case templateSectionNotClosed, templateClosedButNotOpen, templateOpenedInsideItself  // {name}
    case templateClosedWithWrongName   // {closing} {open} {line}
    case templateNestedTooDeep     // {depth}
    case templateParser            // {reason}
    case templateUnknownVariable   // {name}
    case templateDidYouMean        // {suggestion}

    /// French is typeset: narrow no-break spaces, as in the documents.
    package static var typesetsFrench: Bool { true }

    /// The labels templates see, as `{{labels.NAME}}`.
    static let templateLabels: [ExportMessage] = [
        .charter, .preparedFor, .workshopDate, .version, .status, .statusDraft, .statusValidated, .summary, .contents,
        .facilitatorCopy, .page, .pageOf, .logo, .readiness, .blockingOpen, .blockingClosed, .blockingOpenOne,
        .blockingClosedOne, .locked, .lockedChanged, .changesAfterLock, .changeReplaced, .changeAdded, .atTime,
        .atSessionTime, .notAnswered, .unanswered, .toConfirm, .confirmQuestion, .decisions, .decisionAbout, .decision,
        .decisionsTaken, .openQuestions, .subject, .question, .owner, .ownerUnknown, .due, .dueUnknown, .dontKnow, .parked,
        .openGaps, .blocking, .advisory, .asked, .notAsked, .sinceLastTime, .progressIntro, .reviewItem, .reviewPoint,
        .lastTime, .now, .targetValue, .trend, .trendBetter, .trendWorse, .trendSteady, .ofTheWay, .changesSince,
        .progressAdded, .progressChanged, .progressRemoved, .before, .after, .resolvedQuestions, .stillOpen, .people, .email, .role, .name, .date, .approval,
        .approvalIntro, .sign, .annex, .checkpoints, .phase, .timing, .timebox, .spent, .over, .notes, .time, .total,
        .yes, .no, .section, .greeting, .intro, .confirmReceipt, .attached, .signature, .subjectPrefix, .colon,
    ]

    /// The month's name, 1 to 12.
    static func month(_ number: Int) -> ExportMessage {
        let months: [ExportMessage] = [.month1, .month2, .month3, .month4, .month5, .month6, .month7, .month8, .month9,
                                       .month10, .month11, .month12]
        return months[max(1, min(12, number)) - 1]
    }
}

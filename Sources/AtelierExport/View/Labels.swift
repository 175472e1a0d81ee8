import AtelierCore

/// The words the exports print around the client's text, in the workshop's language: one table per
/// language (`Labels+French.swift`, `Labels+English.swift`), the same keys in both. French text is
/// typeset once, here (narrow no-break spaces before ; : ! ? % and inside « »).
package struct Labels: Sendable {
    /// Every label, by the key templates use (`{{labels.open_questions}}`).
    package enum Key: String, CaseIterable, Sendable {
        // The document
        case charter, preparedFor = "prepared_for", workshopDate = "workshop_date", version, status
        case statusDraft = "status_draft", statusValidated = "status_validated", summary, contents
        case facilitatorCopy = "facilitator_copy", page, pageOf = "page_of", logo
        // Readiness (facilitator's copy)
        case readiness, blockingOpen = "blocking_open", blockingClosed = "blocking_closed"
        case blockingOpenOne = "blocking_open_one", blockingClosedOne = "blocking_closed_one"
        // Sections and fields
        case locked, lockedChanged = "locked_changed", changesAfterLock = "changes_after_lock"
        case changeReplaced = "change_replaced", changeAdded = "change_added", atTime = "at_time"
        case atSessionTime = "at_session_time", notAnswered = "not_answered"
        case unanswered, toConfirm = "to_confirm", confirmQuestion = "confirm_question"
        // Decisions and open questions
        case decisions, decisionAbout = "decision_about", decision, decisionsTaken = "decisions_taken"
        case openQuestions = "open_questions", subject, question, owner, ownerUnknown = "owner_unknown"
        case due, dueUnknown = "due_unknown", dontKnow = "dont_know", parked
        case openGaps = "open_gaps", blocking, advisory, asked, notAsked = "not_asked"
        // A follow-up workshop: since last time
        case sinceLastTime = "since_last_time", progressIntro = "progress_intro", reviewItem = "review_item"
        case reviewPoint = "review_point", lastTime = "last_time", now, targetValue = "target_value", trend
        case trendBetter = "trend_better", trendWorse = "trend_worse", trendSteady = "trend_steady", ofTheWay = "of_the_way"
        case changesSince = "changes_since", progressAdded = "progress_added", progressChanged = "progress_changed"
        case progressRemoved = "progress_removed", before, after, resolvedQuestions = "resolved_questions"
        case stillOpen = "still_open"
        // People and approval
        case people, email, role, name, date, approval, approvalIntro = "approval_intro", sign
        // Facilitator annex
        case annex, checkpoints, phase, timing, timebox, spent, over, notes, time, total, yes, no, section
        // The e-mail
        case greeting, intro, confirmReceipt = "confirm_receipt", attached, signature, subjectPrefix = "subject_prefix"
        // Punctuation
        case colon
    }

    package let language: Language
    private let table: [Key: String]

    init(language: Language, _ table: [Key: String]) {
        self.language = language
        self.table = language == .fr ? table.mapValues(Typography.french) : table
    }

    package subscript(_ key: Key) -> String { table[key] ?? "" }

    /// True when the table has a word for every key (checked by the tests for both languages).
    var isComplete: Bool { Key.allCases.allSatisfy { table[$0] != nil } }

    package static func of(_ language: Language) -> Labels {
        switch language {
        case .fr: french
        case .en: english
        }
    }

    /// "1 point bloquant ouvert", "23 points bloquants traités", "0 blocking points open": French
    /// takes the singular below 2, English only for 1.
    package func count(_ n: Int, one: Key, other: Key) -> String {
        let singular = language == .fr ? abs(n) < 2 : abs(n) == 1
        return "\(n) \(self[singular ? one : other])"
    }

    /// A label with `{name}` placeholders filled in ("{subject} : {new} remplace {old}").
    package func fill(_ key: Key, _ values: [String: String]) -> String {
        var text = self[key]
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// The client's words quoted: «\u{202F}…\u{202F}» in French, “…” in English.
    package func quote(_ text: String) -> String {
        language == .fr ? "«\u{202F}\(text)\u{202F}»" : "“\(text)”"
    }

    /// "96 %" with a narrow no-break space in French, "96%" in English.
    package func percent(_ value: Int) -> String {
        language == .fr ? "\(value)\u{202F}%" : "\(value)%"
    }

    /// "Label : " with the language's spacing before the colon.
    package func labelled(_ label: String, _ value: String) -> String { "\(label)\(self[.colon]) \(value)" }

    /// Every label by its template key.
    var dictionary: [String: String] {
        Dictionary(uniqueKeysWithValues: table.map { ($0.key.rawValue, $0.value) })
    }
}

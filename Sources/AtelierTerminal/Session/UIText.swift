import AtelierCore

/// Every sentence the live session shows, by name, in the session's language (the texts are in
/// `TerminalMessage`'s tables).
struct UIText {
    let language: Language

    private func t(_ key: TerminalMessage, _ arguments: [String: any MessageArgument] = [:]) -> String {
        key.text(language, arguments)
    }

    // Opening and closing
    var agendaTitle: String { t(.agendaTitle) }
    func agendaTotal(_ minutes: Int) -> String { t(.agendaTotal, ["duration": DurationText.minutes(minutes)]) }
    func agendaStart(_ time: String) -> String { t(.agendaStart, ["time": time]) }
    func resumed(_ phase: String, _ time: String) -> String { t(.resumed, ["phase": phase, "time": time]) }
    var helpHint: String { t(.helpHint) }
    func saved(_ path: String) -> String { t(.saved, ["path": path]) }
    func resumeWith(_ command: String) -> String { t(.resumeWith, ["command": command]) }
    var finished: String { t(.finished) }
    func readiness(_ percent: Int, _ open: Int) -> String {
        TerminalMessage.plural(open, one: .readinessOne, other: .readinessOther, language, ["percent": percent])
    }

    // The prompt and /etat
    func promptGaps(_ count: Int) -> String { TerminalMessage.plural(count, one: .promptGapsOne, other: .promptGapsOther, language) }
    func statusPhase(number: Int, count: Int, title: String, elapsed: String, timebox: String) -> String {
        t(.statusPhase, ["number": number, "count": count, "title": title, "elapsed": elapsed, "timebox": timebox])
    }
    func statusTotal(elapsed: String, planned: String) -> String { t(.statusTotal, ["elapsed": elapsed, "planned": planned]) }
    /// The same count as the prompt's and `/ecarts`' list, with the blocking ones among them.
    func statusGaps(_ open: Int, blocking: Int) -> String { t(.statusGaps, ["count": open, "blocking": blocking]) }
    func statusReadiness(_ percent: Int) -> String { t(.statusReadiness, ["percent": percent]) }
    /// Between a label and its value: « Cible : 30 jours », "Target: 30 days".
    var colon: String { t(.colon) }

    // Questions
    var checkpointTag: String { t(.checkpointTag) }
    var yesNoHint: String { t(.yesNoHint) }
    var listHint: String { t(.listHint) }
    var longTextHint: String { t(.longTextHint) }
    func recordHint(_ list: String) -> String { t(.recordHint, ["list": list]) }
    func choiceHint(_ options: [String]) -> String {
        t(.choiceHint, ["choices": options.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "  ")])
    }
    /// The value as Atelier read it, under the answer: « → 13 octobre 2027 », « → Échéance : fin mars 2027 ».
    func readBack(_ value: String, label: String?) -> String {
        label.map { t(.readBackLabelled, ["label": $0, "value": value]) } ?? t(.readBack, ["value": value])
    }
    var otherOption: String { t(.otherOption) }
    func notAnOptionInWords(_ words: String, _ options: [String]) -> String {
        t(.notAnOptionInWords, ["words": words, "choices": options.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "  ")])
    }
    var closestOptionPrompt: String { t(.closestOptionPrompt) }
    var gapTag: String { t(.gapTag) }
    var advisoryTag: String { t(.advisoryTag) }
    var reopenedTag: String { t(.reopenedTag) }
    var noWhy: String { t(.noWhy) }
    func inputLine(_ n: Int) -> String { t(.inputLine, ["number": n]) }
    func closed(_ question: String) -> String { t(.closed, ["question": question]) }
    func parkedAsOpen(_ owner: String?) -> String { owner.map { t(.parkedAsOpenWith, ["owner": $0]) } ?? t(.parkedAsOpen) }
    func emptyAnswer(_ expected: String) -> String { t(.emptyAnswer, ["expected": expected]) }
    var decided: String { t(.decided) }
    var noteSaved: String { t(.noteSaved) }
    func locked(_ section: String) -> String { t(.locked, ["section": section]) }
    func warning80(_ phase: String) -> String { t(.warning80, ["phase": phase]) }
    func unknownCommand(_ word: String) -> String { t(.unknownCommand, ["word": word]) }
    var notHere: String { t(.notHere) }
    var notePrompt: String { t(.notePrompt) }
    var decisionPrompt: String { t(.decisionPrompt) }
    var editWhich: String { t(.editWhich) }
    func editCurrent(_ label: String, _ value: String) -> String { t(.editCurrent, ["label": label, "value": value]) }
    var editNewValue: String { t(.editNewValue) }
    var nothingAnswered: String { t(.nothingAnswered) }
    func noSuchField(_ text: String) -> String { t(.noSuchField, ["text": text]) }
    var which: String { t(.which) }
    func noSuchChoice(_ text: String) -> String { t(.noSuchChoice, ["text": text]) }
    var noGaps: String { t(.noGaps) }
    var blocking: String { t(.blocking) }
    var parkedTag: String { t(.parkedTag) }
    var askedTag: String { t(.askedTag) }
    /// The disk refusing a write, or the engine refusing an event: « ⚠ … ».
    func diskProblem(_ message: String) -> String { t(.problem, ["message": message]) }
    var interruptedHint: String { t(.interruptedHint) }
    var lineUndone: String { t(.lineUndone) }
    var draftSoFar: String { t(.draftSoFar) }

    // /charte
    var decisionsTitle: String { t(.decisionsTitle) }
    var openQuestionsTitle: String { t(.openQuestionsTitle) }
    var lockChangesTitle: String { t(.lockChangesTitle) }
    var changedTag: String { t(.changedTag) }
    func lockChangeTime(_ time: String) -> String { t(.lockChangeTime, ["time": time]) }
    func lockChangeReplaced(subject: String, new: String, old: String, time: String) -> String {
        t(.lockChangeReplaced, ["subject": subject, "new": new, "old": old, "time": time])
    }
    func lockChangeAdded(subject: String, new: String, time: String) -> String {
        t(.lockChangeAdded, ["subject": subject, "new": new, "time": time])
    }

    // An empty Enter: what is expected
    func expectedChoice(_ options: [String]) -> String {
        t(.expectedChoice, ["choices": options.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "  ")])
    }
    var expectedDate: String { t(.expectedDate) }
    var expectedNumber: String { t(.expectedNumber) }
    var expectedDuration: String { t(.expectedDuration) }
    var expectedPerson: String { t(.expectedPerson) }
    var expectedYesNo: String { t(.expectedYesNo) }
    var expectedText: String { t(.expectedText) }
    var expectedLines: String { t(.expectedLines) }
    var emptyOr: String { t(.emptyOr) }

    // "Park the rest"
    var parkedRestTitle: String { t(.parkedRestTitle) }
    var parkedRestNothing: String { t(.parkedRestNothing) }
    var skippedRestTitle: String { t(.skippedRestTitle) }

    /// `/aide`: each command as typed, and what it does.
    var help: [(String, String)] {
        let pairs: [(TerminalMessage, TerminalMessage)] = [
            (.usageHelp, .purposeHelp), (.usageStatus, .purposeStatus), (.usageWhy, .purposeWhy), (.usageSkip, .purposeSkip),
            (.usageBack, .purposeBack), (.usageEdit, .purposeEdit), (.usagePark, .purposePark), (.usageDecide, .purposeDecide),
            (.usageNote, .purposeNote), (.usageGaps, .purposeGaps), (.usageCharter, .purposeCharter), (.usageGoto, .purposeGoto),
            (.usageLock, .purposeLock), (.usageUndo, .purposeUndo), (.usageQuit, .purposeQuit),
        ]
        return pairs.map { (t($0.0), t($0.1)) }
    }
}

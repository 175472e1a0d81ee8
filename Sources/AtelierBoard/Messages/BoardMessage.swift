import AtelierCore

/// Every word the board says, on its page and in the terminal, with its arguments (`{name}` in the
/// tables of `BoardMessage+French.swift` and `BoardMessage+English.swift`). French is typeset (narrow
/// no-break spaces), as on the charter. The charter's own words (section titles, "Questions
/// ouvertes", "validée"…) come from the export's labels, so the board and the documents say the same
/// thing the same way.
package enum BoardMessage: String, MessageCatalogue {
    // The page
    case boardTitle, nowDiscussing, toClarify, whoWillAnswer, saidToTheRoom, workshopComplete
    case phaseOf                  // {number} {count}
    case workshopClock, live, paused, finished, reconnecting, offline
    case emptySection, noOpenQuestion, waitingForTheFirstQuestion, draftAnswer
    // The terminal
    case opened, openedOnNetwork  // {url}
    case unencrypted
    case followingReadOnly        // {session}
    case stopHint
    case invalidAddress           // {address}
    case hostNotAnAddress         // {address}
    case cannotListen             // {address} {reason}
    case portTaken, portReserved  // {port}
    case addressNotHere           // {host}
    case listenSilent
    case notFollowable            // {session} {reason}
    // The board program (`atelier-board`), when run by hand
    case programUsage, noSessionHeader
    case scriptUnreadable         // {script}

    package static var typesetsFrench: Bool { true }
}

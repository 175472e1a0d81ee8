import AtelierCore

/// What the session says about the pre-read questionnaire (`atelier run --preread`).
extension UIText {
    /// After the opening: how many answers the questionnaire brought.
    func prereadTaken(_ count: Int, file: String) -> String {
        TerminalMessage.plural(count, one: .prereadTakenOne, other: .prereadTakenOther, language, ["file": file])
    }

    /// At the start of a phase, to the room: what the client wrote beforehand.
    var prereadRecall: String { TerminalMessage.prereadRecall.text(language) }

    /// Under the recall, for the consultant.
    var prereadRecallHint: String { TerminalMessage.prereadRecallHint.text(language) }

    /// In `/charte`, beside a field the questionnaire filled.
    var prereadTag: String { TerminalMessage.prereadTag.text(language) }

    /// In `/charte`, beside a field the questionnaire filled and the room changed since.
    var prereadChangedTag: String { TerminalMessage.prereadChangedTag.text(language) }

    /// Between the parts of a record shown on one line.
    var listSeparator: String { TerminalMessage.listSeparator.text(language) }
}

import AtelierCore

/// A rewording as `atelier replay --workshop` lists it, in the session's language.
extension WordingChange {
    /// `objectifs/q-objectifs — question : « avant » → « après »`; « (rien) » for a text added or removed.
    func line(_ language: Language) -> String {
        CLIMessage.wordingLine.text(language, [
            "place": SafeText.line(place), "part": part.name,
            "before": Self.quoted(before, language), "after": Self.quoted(after, language),
        ])
    }

    private static func quoted(_ text: String, _ language: Language) -> String {
        text.isEmpty ? CLIMessage.wordingNone.text(language) : CLIMessage.wordingQuoted.text(language, ["text": SafeText.line(text)])
    }
}

extension WordingChange.Part {
    /// What was reworded: « question », « consigne », « pourquoi »…
    var name: CLIMessage {
        switch self {
        case .question: .wordingQuestion
        case .hint: .wordingHint
        case .why: .wordingWhy
        case .say: .wordingSay
        case .check: .wordingCheck
        case .gapQuestion: .wordingGapQuestion
        case .label: .wordingLabel
        }
    }
}

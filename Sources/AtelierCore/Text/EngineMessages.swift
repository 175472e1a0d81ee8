/// The sentences the engine itself writes (the script writes the rest), from `CoreMessage`.
enum EngineMessages {
    static func parkOffer(_ phase: String, _ language: Language) -> String {
        CoreMessage.parkOffer.text(language, ["phase": phase])
    }

    static func whoWillAnswer(_ question: String, _ language: Language) -> String {
        CoreMessage.whoWillAnswer.text(language, ["question": question])
    }

    static func ownerLabel(_ language: Language) -> String {
        CoreMessage.ownerLabel.text(language)
    }

    /// The facilitator annex's note for `Event.Kind.board`.
    static func boardNote(_ url: String, _ language: Language) -> String {
        CoreMessage.boardNote.text(language, ["url": url])
    }

    /// The open question made of an answer the edited (or follow-up) script has no place for.
    static func noLongerFits(_ label: String, _ value: String, _ language: Language) -> String {
        CoreMessage.noLongerFits.text(language, ["label": label, "value": value])
    }

    static func finished(_ language: Language) -> String {
        CoreMessage.finished.text(language)
    }

    /// What "I don't know" sounds like, for a script without a `dont_know` lexicon.
    static func defaultDontKnow(_ language: Language) -> [String] {
        CoreMessage.dontKnowPhrases.text(language).split(separator: "|").map(String.init)
    }
}

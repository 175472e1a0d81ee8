/// The sentences the engine itself writes (the script writes the rest), in French and English.
enum EngineMessages {
    static func parkOffer(_ phase: String, _ language: Language) -> String {
        language == .fr
            ? "Le temps prévu pour « \(phase) » est écoulé. On met les questions restantes de côté (questions ouvertes) pour finir à l'heure ?"
            : "The time planned for “\(phase)” is up. Shall we park the remaining questions (open questions) to finish on time?"
    }

    static func whoWillAnswer(_ question: String, _ language: Language) -> String {
        // French spacing: narrow no-break spaces inside « » and before "?".
        language == .fr ? "«\u{202F}\(question)\u{202F}» — qui pourra y répondre, et pour quand\u{202F}?"
            : "“\(question)” — who will answer it, and by when?"
    }

    static func ownerLabel(_ language: Language) -> String {
        language == .fr ? "Qui répondra" : "Who will answer"
    }

    /// The facilitator annex's note for `Event.Kind.board`.
    static func boardNote(_ url: String, _ language: Language) -> String {
        language == .fr ? "Tableau de la salle ouvert à l'adresse \(url)" : "Room board opened at \(url)"
    }

    /// The open question made of an answer the edited (or follow-up) script has no place for.
    static func noLongerFits(_ label: String, _ value: String, _ language: Language) -> String {
        language == .fr
            ? "«\u{202F}\(label)\u{202F}» avait pour réponse «\u{202F}\(value)\u{202F}», qui n'a plus de place dans le script : où la reprendre\u{202F}?"
            : "“\(label)” was answered “\(value)”, which has no place in the script any more: where should it go?"
    }

    static func finished(_ language: Language) -> String {
        language == .fr ? "L'atelier est terminé : toutes les questions ont été abordées." : "The workshop is complete: every question has been covered."
    }

    static func defaultDontKnow(_ language: Language) -> [String] {
        switch language {
        case .fr: ["je ne sais pas", "je sais pas", "on ne sait pas", "on sait pas", "aucune idée", "ne sais pas", "nsp", "je ne sais pas encore"]
        case .en: ["I don't know", "I do not know", "don't know", "dunno", "no idea", "not sure yet", "we don't know"]
        }
    }
}

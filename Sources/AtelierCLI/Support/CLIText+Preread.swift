import AtelierCore

/// What `atelier preread` and `atelier run --preread` say, in French and English.
extension CLIText {
    private static func say(_ language: Language, _ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// The script asks nothing before the workshop.
    static func prereadNone(_ script: String, _ language: Language) -> String {
        say(language, "le script \(script) n'a pas de questionnaire préalable : marquez ses questions avec `preread: true` (ou listez-les sous `preread:`), voir docs/workshop-format.md.",
            "the script \(script) has no pre-read questionnaire: mark its questions with `preread: true` (or list them under `preread:`), see docs/workshop-format.md.")
    }

    /// `--due` or `--workshop-date` is not a day.
    static func prereadBadDate(_ text: String, option: String, _ language: Language) -> String {
        say(language, "\(option) « \(text) » n'est pas une date (ex. 2026-11-23 ou 23/11/2026).",
            "\(option) “\(text)” is not a date (e.g. 2026-11-23).")
    }

    /// `--due` falls later than the script's rule allows before the workshop.
    static func prereadDueTooLate(due: String, latest: String, _ language: Language) -> String {
        say(language, "le script demande les réponses au plus tard le \(latest) (règle `due` de `preread:`), et --due dit le \(due).",
            "the script wants the answers by \(latest) (the `due` rule of `preread:`), and --due says \(due).")
    }

    /// The e-mail needs a sender and recipients.
    static func prereadNeedsSender(_ language: Language) -> String {
        say(language, "indiquez l'expéditeur de l'invitation avec --from (ou ATELIER_FROM) : c'est à lui que le client renverra ses réponses.",
            "name the sender of the invitation with --from (or ATELIER_FROM): the client sends the answers back to it.")
    }

    static func prereadNeedsRecipient(_ language: Language) -> String {
        say(language, "indiquez à qui envoyer le questionnaire avec --to (l'adresse du client).",
            "say who receives the questionnaire with --to (the client's address).")
    }

    /// Written.
    static func prereadWritten(_ path: String, format: String, _ language: Language) -> String {
        format == "eml"
            ? say(language, "Invitation (brouillon d'e-mail, questionnaire en pièce jointe) écrite dans \(path)\n", "Invitation (draft e-mail, questionnaire attached) written to \(path)\n")
            : say(language, "Questionnaire écrit dans \(path) : à envoyer au client ; il renverra un fichier de réponses pour atelier run --preread.\n",
                  "Questionnaire written to \(path): send it to the client, who sends back an answers file for atelier run --preread.\n")
    }

    /// The returned file is far larger than any questionnaire.
    static func prereadTooLarge(_ path: String, _ language: Language) -> String {
        say(language, "« \(path) » pèse plus de \(PrereadFormat.sizeLimit / (1024 * 1024)) Mo : un questionnaire rempli pèse quelques kilo-octets, ce n'en est pas un ; rien n'a été lu.",
            "“\(path)” weighs more than \(PrereadFormat.sizeLimit / (1024 * 1024)) MB: a filled questionnaire weighs a few kilobytes, so this is not one; nothing was read.")
    }

    /// `export --preread` is for the e-mail only.
    static func prereadExportNeedsEML(_ language: Language) -> String {
        say(language, "--preread va avec --format eml (l'invitation au questionnaire) ; pour la page seule : atelier preread SCRIPT.",
            "--preread goes with --format eml (the questionnaire's invitation); for the page alone: atelier preread SCRIPT.")
    }
}

import AtelierCore

/// Every sentence the live session shows, in French and English (the script's language decides).
struct UIText {
    let language: Language
    private var fr: Bool { language == .fr }

    func t(_ french: String, _ english: String) -> String { fr ? french : english }

    // Opening and closing
    var agendaTitle: String { t("Déroulé de l'atelier", "Workshop agenda") }
    func resumed(_ phase: String, _ time: String) -> String {
        t("Reprise de la session — phase « \(phase) », \(time) déjà passées.", "Session resumed — phase “\(phase)”, \(time) already spent.")
    }
    var helpHint: String { t("Tapez /aide pour les commandes. Tab complète.", "Type /help for commands. Tab completes.") }
    func saved(_ path: String) -> String { t("Session enregistrée dans \(path).", "Session saved in \(path).") }
    func resumeWith(_ command: String) -> String { t("Pour reprendre : \(command)", "To resume: \(command)") }
    var finished: String { t("L'atelier est terminé. /charte pour relire, /modifier pour corriger, /quitter pour enregistrer.",
                             "The workshop is complete. /charter to review, /edit to correct, /quit to save.") }
    func readiness(_ percent: Int, _ open: Int) -> String {
        t("Charte prête à \(percent) % (\(open) point(s) bloquant(s) ouvert(s)).", "Charter \(percent)% ready (\(open) blocking gap(s) open).")
    }

    // Questions
    var checkpointTag: String { t("[facilitateur] Check :", "[facilitator] Check:") }
    var yesNoHint: String { t("(o/n)", "(y/n)") }
    var listHint: String { t("Une réponse par ligne ; une ligne vide pour terminer.", "One answer per line; an empty line to finish.") }
    var longTextHint: String { t("Plusieurs lignes possibles ; une ligne vide pour terminer.", "Several lines allowed; an empty line to finish.") }
    func recordHint(_ list: String) -> String {
        t("Entrée vide sur le premier champ pour terminer la liste « \(list) ».", "Empty first field to finish the list “\(list)”.")
    }
    func choiceHint(_ options: [String]) -> String {
        let list = options.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "  ")
        return t("Choix : \(list)  (numéro ou Tab)", "Choices: \(list)  (number or Tab)")
    }
    func readBack(_ value: String, label: String?) -> String {
        label.map { t("  → \($0) : \(value)", "  → \($0): \(value)") } ?? "  → \(value)"
    }
    var otherOption: String { t("autre", "other") }
    func notAnOptionInWords(_ words: String, _ options: [String]) -> String {
        let list = options.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "  ")
        return t("« \(words) » n'est pas une des options. La plus proche ? \(list) — les mots du client sont gardés.",
                 "“\(words)” is not one of the options. The closest? \(list) — the client's words are kept.")
    }
    var closestOptionPrompt: String { t("Option la plus proche (numéro, nom ou Tab) : ", "Closest option (number, name or Tab): ") }
    var gapTag: String { t("Point à éclaircir", "Point to clarify") }
    var advisoryTag: String { t("conseillé", "advisory") }
    var reopenedTag: String { t("(reprise)", "(again)") }
    var noWhy: String { t("Pas de raison indiquée dans le script pour cette question.", "The script gives no reason for this question.") }
    func inputLine(_ n: Int) -> String { t("ligne \(n) de l'entrée : ", "input line \(n): ") }
    func closed(_ question: String) -> String { t("✓ Réglé : \(question)", "✓ Settled: \(question)") }
    func parkedAsOpen(_ owner: String?) -> String {
        owner.map { t("Mis en questions ouvertes (réponse : \($0)).", "Moved to open questions (answer: \($0)).") }
            ?? t("Mis en questions ouvertes.", "Moved to open questions.")
    }
    var emptyAnswer: String { t("Une réponse est attendue (ou /passer, /reporter).", "An answer is expected (or /skip, /park).") }
    var decided: String { t("Décision notée.", "Decision recorded.") }
    var noteSaved: String { t("Note enregistrée (facilitateur seulement).", "Note saved (facilitator only).") }
    func locked(_ section: String) -> String { t("Section « \(section) » verrouillée.", "Section “\(section)” locked.") }
    func warning80(_ phase: String) -> String {
        t("⚠ 80 % du temps de « \(phase) » est passé.", "⚠ 80% of the time for “\(phase)” is spent.")
    }
    func unknownCommand(_ word: String) -> String {
        t("Commande inconnue : /\(word). Tapez /aide.", "Unknown command: /\(word). Type /help.")
    }
    var notHere: String { t("Cette commande ne s'applique pas ici.", "This command does not apply here.") }
    var notePrompt: String { t("Note : ", "Note: ") }
    var decisionPrompt: String { t("Décision : ", "Decision: ") }
    var editWhich: String { t("Numéro ou chemin du champ à modifier (vide pour annuler) : ", "Number or path of the field to edit (empty to cancel): ") }
    func editCurrent(_ label: String, _ value: String) -> String { t("\(label) — actuellement : \(value)", "\(label) — now: \(value)") }
    var editNewValue: String { t("Nouvelle valeur : ", "New value: ") }
    var nothingAnswered: String { t("Aucune réponse à modifier pour l'instant.", "No answer to edit yet.") }
    func noSuchField(_ text: String) -> String {
        t("« \(text) » ne désigne aucun champ rempli (ex. objectifs[1].intitule ou un numéro de la liste).",
          "“\(text)” names no answered field (e.g. objectives[1].title or a number from the list).")
    }
    var which: String { t("Lequel ? ", "Which one? ") }
    func noSuchChoice(_ text: String) -> String { t("« \(text) » ne correspond à rien dans la liste.", "“\(text)” matches nothing in the list.") }
    var noGaps: String { t("Aucun point ouvert.", "No open gaps.") }
    var blocking: String { t("bloquant", "blocking") }
    var parkedTag: String { t("en questions ouvertes", "in open questions") }
    var askedTag: String { t("déjà posé", "already asked") }
    func diskProblem(_ message: String) -> String { t("⚠ \(message)", "⚠ \(message)") }
    var lineUndone: String { t("Dernière ligne retirée ; la réponse continue.", "Last line taken back; the answer goes on.") }
    var draftSoFar: String { t("Déjà noté (la réponse continue) :", "Already noted (the answer goes on):") }
    var interruptedHint: String { t("(ligne effacée — /quitter pour enregistrer et sortir)", "(line cleared — /quit to save and leave)") }

    var help: [(String, String)] {
        [
            (t("/aide", "/help"), t("cette aide", "this help")),
            (t("/etat", "/status"), t("où en est l'atelier (phase, temps, points ouverts)", "where the workshop stands (phase, time, open gaps)")),
            (t("/pourquoi", "/why"), t("pourquoi cette question", "why this question")),
            (t("/passer", "/skip"), t("passer cette question pour l'instant", "skip this question for now")),
            (t("/retour", "/back"), t("reprendre la question précédente", "go back to the previous question")),
            (t("/modifier [chemin]", "/edit [path]"), t("corriger une réponse déjà donnée", "correct an earlier answer")),
            (t("/reporter [qui]", "/park [who]"), t("mettre en questions ouvertes, avec qui répondra", "move to open questions, with who will answer")),
            (t("/decider [texte]", "/decide [text]"), t("noter une décision explicite (« pas d'indicateur pour celui-ci »)", "record an explicit decision (“no indicator for this one”)")),
            (t("/note [texte]", "/note [text]"), t("note du facilitateur (jamais dans la copie client)", "facilitator note (never in the client's copy)")),
            (t("/ecarts", "/gaps"), t("les points encore ouverts", "the gaps still open")),
            (t("/charte", "/charter"), t("relire la charte telle qu'elle est", "preview the charter so far")),
            (t("/aller [phase]", "/goto [phase]"), t("aller à une phase", "go to a phase")),
            (t("/verrouiller [section]", "/lock [section]"), t("verrouiller une section", "lock a section")),
            (t("/annuler", "/undo"), t("annuler la dernière action", "undo the last action")),
            (t("/quitter", "/quit"), t("enregistrer et quitter (Ctrl-D aussi)", "save and quit (Ctrl-D too)")),
        ]
    }
}

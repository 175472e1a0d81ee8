import AtelierCore
import Foundation
import Testing

/// Issue 3: the real `atelier run` on the flagship workshop in a pseudo-terminal, typed like a
/// consultant would: accents, the Up arrow, Tab on a command and on a choice, Ctrl-C mid-line,
/// `/modifier`, `/reporter`, Ctrl-D to leave; then every answer is found in the session file.
@Suite struct TerminalSessionTests {
    /// The terminals and locales the scenario runs under.
    enum Setting: String, CaseIterable, CustomTestStringConvertible {
        case dumbUTF8, xtermUTF8, xtermNoLocale, dumbNoLocale

        var testDescription: String { rawValue }
        var terminal: String { self == .dumbUTF8 || self == .dumbNoLocale ? "dumb" : "xterm" }
        var hasLocale: Bool { self == .dumbUTF8 || self == .xtermUTF8 }
        /// NO_COLOR is set where a locale is, so both colour cases are seen.
        var noColor: Bool { hasLocale }

        func environment(_ home: URL) -> [String: String] {
            var environment = ["PATH": "/usr/bin:/bin", "HOME": home.path, "XDG_STATE_HOME": home.path, "TERM": terminal]
            if hasLocale {
                environment["LANG"] = "C.UTF-8"
                environment["NO_COLOR"] = "1"
                environment["ATELIER_CLOCK_STEP"] = "5"
            }
            return environment  // without a locale: exactly PATH, HOME, TERM and XDG_STATE_HOME
        }
    }

    static let context = "Le projet est né d’une fusion : « ça dépend », naïveté, cœur, Noël, À l’été"

    @Test(arguments: Setting.allCases)
    func aConsultantTypesAWholeSequence(setting: Setting) throws {
        let workspace = try Workspace("atelier-pty")
        let session = workspace.path("s.jsonl")
        let term = try TerminalSession(atelierExecutableURL(), arguments: ["run", flagshipScript, "--session", session],
                                       environment: setting.environment(workspace.folder))
        try term.see("Déroulé de l'atelier")
        try term.see("Un lien s'est créé pendant le tour de table")
        try term.see("] › ")
        let openingPrompt = #"\[Ouverture \d+ min / 10 min · \d+ min / 2 h · \d+ écarts?\] › "#
        #expect(term.transcript.range(of: openingPrompt, options: .regularExpression) != nil, "the prompt shows the phase and the time")

        for next in ["Le client a compris pourquoi", "La structure de l'atelier", "Racontez-nous comment ce projet est né"] {
            term.send("o\r")
            try term.see(next)
            try term.see("] › ")
        }
        #expect(term.transcript.range(of: #"\[Contexte et enjeux \d+ min / 15 min · "#, options: .regularExpression) != nil)

        // A long text with accents; an empty line ends it.
        term.send(Self.context + "\r")
        try term.see("  2. › ")
        term.send("\r")
        try term.see("Qu'est-ce qui se joue pour vous")
        try term.see("] › ")

        // Ctrl-C mid-line clears it; the same question is asked again.
        term.send("réponse abandonnée")
        try term.see("abandonnée")
        term.sendControl("c")
        try term.see("] › ")
        term.send("Réussir la rentrée\r")
        try term.see("  2. › ")
        term.send("\r")
        try term.see("Formulons-le en objectifs")
        try term.see("] › ")

        // Tab completes a command.
        term.send("/ai\t\r")
        try term.see("/verrouiller [section]  verrouiller une section")
        try term.see("] › ")

        // A record, then the gap the rules raise; Tab completes the frequency (a choice).
        term.send("Réduire le délai de recrutement\r")
        try term.see("objectif 2 › Objectif : ")
        term.send("\r")
        try term.see("Vous n'avez pas encore d'indicateur pour « Réduire le délai de recrutement »")
        try term.see("] › ")
        for (typed, prompt) in [("Délai moyen de recrutement", "Valeur de départ : "), ("45 jours", "Cible : "),
                                ("je pense 30 jours", "Fréquence de suivi : "), ("mens\t", "Responsable / source : "),
                                ("Céline Fabre", "indicateur 2 › Indicateur : ")] {
            term.send(typed + "\r")
            try term.see(prompt)
        }
        term.send("\r")

        // The hedge is noticed; the gap is parked with who will answer it.
        try term.see("vous avez dit : « je pense 30 jours »")
        try term.see("] › ")
        term.send("/reporter Céline Fabre\r")
        try term.see("Mis en questions ouvertes (réponse : Céline Fabre).")

        // A list; the Up arrow recalls the line just typed, to extend it.
        try term.see("Complétez la phrase")
        try term.see("] › ")
        term.send("Une équipe fière de son vivier\r")
        try term.see("  2. › ")
        term.press(.up)
        term.send(" élargi\r")
        try term.see("  3. › ")
        term.send("\r")
        try term.see("Sur les objectifs et leurs cibles")
        try term.see("] › ")

        // An earlier answer edited from the numbered list.
        term.send("/modifier\r")
        try term.see("  2. Enjeux : Réussir la rentrée\n")
        try term.see("Numéro ou chemin du champ à modifier (vide pour annuler) : ")
        term.send("2\r")
        try term.see("Enjeux — actuellement : Réussir la rentrée")
        try term.see("Nouvelle valeur : ")
        term.send("Réussir la rentrée, ensemble\r")
        try term.see("  2. › ")
        term.send("\r")
        try term.see("] › ")

        // A choice reached quickly: go to a phase, pass four questions, Tab completes the method.
        term.send("/aller risques\r")
        try term.see("Qu'est-ce qui pourrait empêcher la mission de réussir")
        for next in ["De quels autres projets", "Quel budget est prévu", "Qui sera dédié à la mission",
                     "Comment aimeriez-vous que l'on travaille"] {
            try term.see("] › ")
            term.send("/passer\r")
            try term.see(next)
        }
        try term.see("Choix : 1. cascade  2. agile  3. scrum  4. autre  (numéro ou Tab)")
        try term.see("] › ")
        term.send("ag\t\r")
        try term.see("Avec quels outils")
        try term.see("] › ")

        // Ctrl-D on an empty line saves and leaves.
        term.sendControl("d")
        try term.see("Session enregistrée dans \(session).")
        try term.see("Pour reprendre : \(atelierAsStarted) resume \(session)")
        #expect(try term.waitForExit() == 0)

        if setting.noColor {
            #expect(!containsColourCodes(term.transcript), "NO_COLOR=1 and yet colour codes were printed")
        } else if setting.terminal == "xterm" {
            #expect(containsColourCodes(term.transcript), "an xterm without NO_COLOR gets colour")
        } else {
            #expect(!containsColourCodes(term.transcript), "a dumb terminal gets no colour")
        }

        // Every answer typed is in the session, accents intact; the cleared line is not.
        let journal = try readJournal(session)
        #expect(journal.error == nil && journal.warnings.isEmpty)
        let recorded = journal.recordedTexts
        for typed in [Self.context, "Réussir la rentrée", "Réduire le délai de recrutement", "Délai moyen de recrutement",
                      "45 jours", "je pense 30 jours", "mensuelle", "Céline Fabre", "Une équipe fière de son vivier",
                      "Une équipe fière de son vivier élargi", "Réussir la rentrée, ensemble", "agile"] {
            #expect(recorded.contains(typed), "not in the session: \(typed)")
        }
        #expect(!recorded.contains { $0.contains("abandonnée") })
        let kinds = journal.events.map(\.kind)
        #expect(kinds.contains(.edit(path: "enjeux", value: .text("Réussir la rentrée, ensemble"))))
        #expect(kinds.contains { if case .park(.gap(let gap), "Céline Fabre", false) = $0 { gap.rule == "reponse-hesitante" } else { false } })
        #expect(kinds.contains(.goto(phase: "risques")))
        #expect(kinds.contains(.skip(item: .step(phase: "risques", step: "budget"))))
        #expect(kinds.contains(.answer(item: .step(phase: "risques", step: "methode"), value: .text("agile"))))
        #expect(kinds.last == .quit)

        // Answers stay in the session's journal: the shared history holds command words only.
        let history = workspace.folder.appendingPathComponent("atelier/history-commands")
        let shared = try String(contentsOf: history, encoding: .utf8)
        #expect(!shared.contains("Réussir la rentrée"))
        #expect(shared.split(separator: "\n").allSatisfy { $0.hasPrefix("/") && !$0.contains(" ") })
    }

    /// Ctrl-D on the second line of a long text: the first line is on disk (a `line` event), the
    /// session saves and quits, and a resume continues the answer at its second line.
    @Test func ctrlDInTheMiddleOfAListKeepsItsLinesAndQuits() throws {
        let workspace = try Workspace("atelier-pty-eof")
        let session = workspace.path("s.jsonl")
        let term = try TerminalSession(atelierExecutableURL(), arguments: ["run", flagshipScript, "--session", session],
                                       environment: Setting.xtermUTF8.environment(workspace.folder))
        for next in ["Le client a compris pourquoi", "La structure de l'atelier", "Racontez-nous comment ce projet est né"] {
            try term.see("] › ")
            term.send("o\r")
            try term.see(next)
        }
        try term.see("] › ")
        term.send("Une première ligne déjà dite\r")
        try term.see("  2. › ")
        term.sendControl("d")
        try term.see("Pour reprendre : \(atelierAsStarted) resume \(session)")
        #expect(try term.waitForExit() == 0)
        let journal = try readJournal(session)
        #expect(journal.events.map(\.kind).contains(.line(item: .step(phase: "contexte", step: "contexte"), DraftLine(value: .text("Une première ligne déjà dite")))))
        #expect(journal.events.last?.kind == .quit)

        let resumed = try TerminalSession(atelierExecutableURL(), arguments: ["resume", session],
                                          environment: Setting.xtermUTF8.environment(workspace.folder))
        try resumed.see("Racontez-nous comment ce projet est né")
        try resumed.see("1. Une première ligne déjà dite")
        try resumed.see("  2. › ")
        resumed.send("Et une seconde\r")
        try resumed.see("  3. › ")
        resumed.send("\r")
        try resumed.see("] › ")
        resumed.send("/quitter\r")
        #expect(try resumed.waitForExit() == 0)
        #expect(try readJournal(session).events.map(\.kind).contains(
            .answer(item: .step(phase: "contexte", step: "contexte"), value: .text("Une première ligne déjà dite\nEt une seconde"))))
    }

    @Test func aResumedSessionInTheTerminalSaysWhereItStands() throws {
        let workspace = try Workspace("atelier-pty-resume")
        let session = workspace.path("s.jsonl")
        let input = FlagshipAnswers.turns.prefix(4).flatMap(\.lines).map { $0 + "\n" }.joined()
        #expect(try workspace.atelier(["run", flagshipScript, "--session", session], input: input).exitStatus == 1,
                "piped answers that end mid-workshop: saved, status 1")
        let recordedTime = Int(try readJournal(session).elapsedTime)
        #expect(recordedTime > 20)

        let term = try TerminalSession(atelierExecutableURL(), arguments: ["resume", session],
                                       environment: Setting.xtermUTF8.environment(workspace.folder))
        try term.see("Reprise de la session — phase « Contexte et enjeux »")
        try term.see("Qu'est-ce qui se joue pour vous")
        try term.see("] › ")
        // The clock picks up from the recorded time, not from zero.
        let total = try #require(term.transcript.firstMatch(of: /· (\d+) min \/ 2 h ·/))
        #expect((Int(total.1) ?? 0) * 60 + 59 >= recordedTime)
        term.send("/quitter\r")
        try term.see("Pour reprendre : \(atelierAsStarted) resume \(session)")
        #expect(try term.waitForExit() == 0)
    }
}

private extension TerminalSession {
    /// `expect` with a timeout generous enough for a loaded machine.
    func see(_ text: String) throws {
        try expect(text, timeout: .seconds(20))
    }
}

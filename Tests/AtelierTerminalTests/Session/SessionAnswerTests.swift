import AtelierCore
import Testing
@testable import AtelierTerminal

/// Answers, interruptions, the clock and the disk in the live session, in-process.
@Suite struct SessionAnswerTests {
    @Test func theOpeningShowsTheAgendaAndEveryEventIsJournaledInOrder() throws {
        let run = try SessionRun.run(lines: ["o", "Un contexte", "Claire Martin", "2", "/quitter"])
        #expect(run.output.contains("Déroulé de l'atelier\n  1. Ouverture — 10 min  (à 0 min)\n  2. Risques — 20 min  (à 10 min)\n  Total : 30 min"))
        #expect(run.events == [
            .said(item: "ouverture/ouverture-1"),
            .checkpoint(item: "ouverture/ouverture-2", ok: true),
            .answer(item: "ouverture/contexte", value: .text("Un contexte")),
            .answer(item: "ouverture/sponsor", value: .text("Claire Martin")),
            .answer(item: "risques/frequence", value: .text("mensuelle")),
        ])
    }

    @Test func aRecordsAnswerRaisesTheRulesGapAndTheGapClosesWhenAnswered() throws {
        let lines = ["o", "Contexte", "Claire", "1", "Retard du prestataire", "", "", "Un second prestataire", "/quitter"]
        let run = try SessionRun.run(lines: lines)
        #expect(run.output.contains("Point à éclaircir — Qu'est-ce qui pourrait sécuriser « Retard du prestataire » ?"))
        #expect(run.prompts.contains("  risque 1 › Parade : "))
        #expect(run.events.contains { if case .answer(let item, .text("Un second prestataire")) = $0 { item.description.hasPrefix("gap:") } else { false } })
        #expect(run.engine.openGaps().isEmpty)
        #expect(run.output.contains("L'atelier est terminé : toutes les questions ont été abordées."))
    }

    @Test func aValueOfTheWrongShapeIsAskedAgain() throws {
        let run = try SessionRun.run(lines: ["peut-être", "o", "Contexte", "/quitter"])
        #expect(run.output.contains("« peut-être » : répondez oui ou non."))
        #expect(run.events.filter { if case .checkpoint = $0 { true } else { false } } == [.checkpoint(item: "ouverture/ouverture-2", ok: true)])
    }

    /// A choice answered in the client's words: kept, with the option the room picks as closest.
    @Test func wordsThatAreNoOptionAreKeptWithTheClosestOption() throws {
        let run = try SessionRun.run(lines: ["o", "Contexte", "Claire", "trimestrielle", "2", "/quitter"])
        #expect(run.output.contains("« trimestrielle » n'est pas une des options. La plus proche ? 1. hebdomadaire  2. mensuelle  3. autre — les mots du client sont gardés."))
        #expect(run.prompts.contains("Option la plus proche (numéro, nom ou Tab) : "))
        #expect(run.events.contains(.answer(item: "risques/frequence", value: .wordedChoice(WordedChoice(option: "mensuelle", words: "trimestrielle")))))
        #expect(run.output.contains("  → mensuelle (« trimestrielle »)"))
    }

    /// A command typed where the closest option is asked: the client's words are kept (no option
    /// picked), and the command is obeyed — never refused as "not an option".
    @Test(arguments: ["/note Le client hésite encore", "/quitter"])
    func aCommandInsteadOfTheClosestOptionKeepsTheWordsAndIsObeyed(command: String) throws {
        let run = try SessionRun.run(lines: ["o", "Contexte", "Claire", "trimestrielle", command, "/quitter"])
        #expect(run.events.contains(.answer(item: "risques/frequence", value: .wordedChoice(WordedChoice(option: nil, words: "trimestrielle")))))
        #expect(!run.output.contains("« /"), "the command was taken for an option: \(run.output)")
        if command.hasPrefix("/note") {
            #expect(run.events.contains { if case .note(let text) = $0 { text == "Le client hésite encore" } else { false } }, "\(run.events)")
        }
        // The session ends at the pick's /quitter, or at the next line's after the note.
        #expect(run.ending == .quit, "\(run.ending)")
        #expect(run.prompts.count == 6 - (command == "/quitter" ? 1 : 0), "\(run.prompts)")
    }

    @Test func dontKnowBecomesAnOpenQuestionAndAsksWhoWillAnswer() throws {
        let run = try SessionRun.run(lines: ["o", "je ne sais pas", "Paul", "/quitter"])
        #expect(run.events.contains(.park(item: "ouverture/contexte", owner: nil, dontKnow: true)))
        #expect(run.output.contains("«\u{202F}Quel est le contexte ?\u{202F}» — qui pourra y répondre, et pour quand\u{202F}?"))
    }

    @Test func ctrlCClearsTheLineAndSaysOnceHowToLeave() throws {
        let run = try SessionRun.run([.interrupted, .interrupted, .line("o"), .line("/quitter")])
        #expect(run.output.components(separatedBy: "(ligne effacée — /quitter pour enregistrer et sortir)").count - 1 == 1)
        #expect(run.events.contains(.checkpoint(item: "ouverture/ouverture-2", ok: true)))
    }

    @Test func pipedAnswersNameTheInputLineOfAProblem() throws {
        let run = try SessionRun.run(lines: ["o", "", "/quitter"], interactive: false)
        #expect(run.output.contains("ligne 2 de l'entrée : Une réponse est attendue : quelques mots ou une phrase.\n"))
        #expect(run.output.contains("  Sinon : /passer pour y revenir plus tard, /reporter pour la mettre en questions ouvertes.\n"))
        #expect(run.refusedLines == [2])
        #expect(run.prompts.allSatisfy { $0.isEmpty }, "no prompt over a pipe")
    }

    @Test func pastEightyPercentOfTheTimeboxTheSessionWarnsThenOffersToFinishOnTime() throws {
        // Ten minutes of timebox, two minutes a line.
        let clock = ManualClock(step: 120)
        let lines: [LineResult] = ["o", "/etat", "/etat", "/etat", "/etat", "o", "/quitter"].map { .line($0) }
        let run = try SessionRun.run(lines, clock: clock)
        #expect(run.output.contains("⚠ 80 % du temps de « Ouverture » est passé."))
        #expect(run.output.contains("Le temps prévu pour « Ouverture » est écoulé."))
        #expect(run.events.contains(.parkRest(phase: "ouverture")))
    }

    @Test func aDiskThatRefusesIsSaidAtOnceAndTheSessionGoesOn() throws {
        let journal = RecordingJournal()
        journal.refuseFrom = 2
        let run = try SessionRun.run([.line("o"), .line("Un contexte"), .line("/quitter")], journal: journal)
        #expect(run.output.contains("⚠ le disque est plein : la dernière réponse est gardée en mémoire"))
        #expect(run.events.contains(.answer(item: "ouverture/contexte", value: .text("Un contexte"))))
    }

    @Test func tabCompletesCommandsChoicesAndPeopleAlreadyNamed() throws {
        let workshop = try SessionScript.workshop()
        let input = ScriptedInput(lines: ["o", "Contexte", "Claire Martin"])
        let runner = SessionRunner(engine: Engine(workshop: workshop, today: Day(year: 2027, month: 3, day: 15)), input: input,
                                   output: CapturedOutput(), clock: ManualClock(), journal: RecordingJournal(), interactive: true)
        runner.open(resumed: false)
        _ = runner.run()
        // The session ended on the choice question: its options, the commands, both languages'.
        let words = input.completions("")
        #expect(words.prefix(2) == ["hebdomadaire", "mensuelle"])
        #expect(words.contains("/aide") && words.contains("/help") && words.contains("/statut"))
        #expect(words.firstIndex(of: "/aide")! < words.firstIndex(of: "/help")!, "the session's language first")
    }

    @Test func anEnglishSessionSpeaksEnglish() throws {
        let run = try SessionRun.run(lines: ["y", "/status", "/gaps", "/quit"], language: "en")
        #expect(run.output.contains("Workshop agenda"))
        #expect(run.output.contains("Phase 1/2: Ouverture — 0 min / 10 min"))
        #expect(run.output.contains("No open gaps."))
        #expect(run.prompts.contains { $0.contains("0 gaps]") })
        // English spacing before a colon, in every label and prompt built (issue 10, item 14).
        #expect(!run.output.contains(" :"))
        #expect(run.output.contains("Open gaps: 0 (blocking: 0)"))
    }
}

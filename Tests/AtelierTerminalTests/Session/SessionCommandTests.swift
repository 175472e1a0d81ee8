import AtelierCore
import Testing
@testable import AtelierTerminal

/// Every facilitator command of the live session, in-process: scripted input, captured output, a
/// clock that moves ten seconds a line, a journal that keeps the events. The pseudo-terminal tests
/// keep what needs a real terminal (readline, Ctrl-C, colours).
@Suite struct SessionCommandTests {
    /// Past the welcome and the checkpoint: the first question is the context.
    static let opening = ["o"]

    @Test func helpListsEveryCommandInTheSessionsLanguage() throws {
        let french = try SessionRun.run(lines: ["/aide", "/quitter"])
        for command in ["/aide", "/etat", "/pourquoi", "/passer", "/retour", "/modifier [chemin]", "/reporter [qui]",
                        "/decider [texte]", "/note [texte]", "/ecarts", "/charte", "/aller [phase]", "/verrouiller [section]",
                        "/annuler", "/quitter"] {
            #expect(french.output.contains("  " + command), "\(command)")
        }
        let english = try SessionRun.run(lines: ["/help", "/quit"], language: "en")
        #expect(english.output.contains("  /lock [section]"))
        #expect(english.output.contains("save and quit (Ctrl-D too)"))
        #expect(!english.output.contains("verrouiller"))
    }

    @Test func bothLanguagesCommandWordsAreUnderstood() throws {
        let run = try SessionRun.run(lines: ["/status", "/etat", "/statut", "/quit"])
        #expect(run.output.components(separatedBy: "Phase 1/2 : Ouverture").count - 1 == 3)
        #expect(run.ending == .quit)
    }

    @Test func statusShowsThePhaseTheTimeAndTheReadiness() throws {
        let run = try SessionRun.run(lines: Self.opening + ["/etat", "/quitter"])
        // Two lines read, ten seconds each.
        #expect(run.output.contains("Phase 1/2 : Ouverture — 0 min / 10 min"))
        #expect(run.output.contains("Total : 0 min / 30 min"))
        #expect(run.output.contains("Charte prête à "))
        // The same count of open gaps as the prompt's, with its word.
        let prompt = try #require(run.prompts.last)
        let count = try #require(prompt.firstMatch(of: /(\d+) écarts?\]/)?.1)
        #expect(run.output.contains("Écarts ouverts : \(count) (dont bloquants : "))
    }

    @Test func whyGivesTheScriptsReasonOrSaysThereIsNone() throws {
        let run = try SessionRun.run(lines: ["/pourquoi"] + Self.opening + ["/pourquoi", "Un contexte", "/pourquoi", "/quitter"])
        #expect(run.output.contains("Pour que chacun sache où l'on va."))
        #expect(run.output.contains("Pour partir de votre point de vue."))
        #expect(run.output.contains("Pas de raison indiquée dans le script pour cette question."))
    }

    @Test func skipBackAndUndoAreJournaled() throws {
        let run = try SessionRun.run(lines: Self.opening + ["/passer", "/retour", "Un contexte", "/annuler", "/quitter"])
        let kinds = run.events
        #expect(kinds.contains(.skip(item: "ouverture/contexte")))
        #expect(kinds.contains(.back))
        #expect(kinds.contains(.answer(item: "ouverture/contexte", value: .text("Un contexte"))))
        #expect(kinds.last == .undo)
        #expect(run.engine.charter["contexte"] == nil, "the answer was undone")
    }

    @Test func parkMovesTheQuestionToOpenQuestionsWithWhoWillAnswer() throws {
        let run = try SessionRun.run(lines: Self.opening + ["/reporter Claire Martin", "/reporter", "/quitter"])
        #expect(run.events.contains(.park(item: "ouverture/contexte", owner: "Claire Martin", dontKnow: false)))
        #expect(run.output.contains("Mis en questions ouvertes (réponse : Claire Martin)."))
        #expect(run.events.contains(.park(item: "ouverture/sponsor", owner: nil, dontKnow: false)))
        #expect(run.output.contains("Mis en questions ouvertes.\n"))
    }

    @Test func decideRecordsAnExplicitDecisionGivenOrAskedFor() throws {
        let run = try SessionRun.run(lines: Self.opening + ["/decider pas de contexte écrit", "/decider", "Pas de sponsor désigné", "/quitter"])
        #expect(run.events.contains(.decide(item: "ouverture/contexte", text: "pas de contexte écrit")))
        #expect(run.events.contains(.decide(item: "ouverture/sponsor", text: "Pas de sponsor désigné")))
        #expect(run.prompts.contains("Décision : "))
        #expect(run.output.components(separatedBy: "Décision notée.").count - 1 == 2)
    }

    @Test func noteIsForTheFacilitatorOnly() throws {
        let run = try SessionRun.run(lines: Self.opening + ["/note le sponsor arrive à 10 h", "/note", "", "/quitter"])
        #expect(run.events.contains(.note("le sponsor arrive à 10 h")))
        #expect(run.events.filter { if case .note = $0 { true } else { false } }.count == 1, "an empty note is cancelled")
        #expect(run.output.contains("Note enregistrée (facilitateur seulement)."))
        let doc = run.engine.document(sessionID: "s", client: nil, date: Day(year: 2027, month: 3, day: 15))
        #expect(doc.annex.notes.map(\.text) == ["le sponsor arrive à 10 h"])
    }

    @Test func gapsListsTheOpenPointsWithTheirRuleAndWeight() throws {
        let none = try SessionRun.run(lines: Self.opening + ["/ecarts", "/quitter"])
        #expect(none.output.contains("Aucun point ouvert."))
        let lines = Self.opening + ["Contexte", "Claire", "/aller risques", "1", "Retard du prestataire", "", "", "/ecarts", "/quitter"]
        let some = try SessionRun.run(lines: lines)
        #expect(some.output.contains("  • Qu'est-ce qui pourrait sécuriser « Retard du prestataire » ?  [risque-sans-parade · bloquant"))
    }

    @Test func charterPreviewsWhatIsWrittenSoFar() throws {
        let run = try SessionRun.run(lines: Self.opening + ["Acme recrute 40 techniciens", "/charte", "/quitter"])
        #expect(run.output.contains("■ Cadre"))
        #expect(run.output.contains("  Contexte : Acme recrute 40 techniciens"))
        #expect(run.output.contains("  Sponsor : —"))
    }

    @Test func gotoTakesANumberAnIdOrATitleOrListsThePhases() throws {
        let run = try SessionRun.run(lines: Self.opening + ["/aller", "2", "/aller ouverture", "/aller Risq", "/aller nulle-part", "/quitter"])
        #expect(run.output.contains("  1. Ouverture  (ouverture)"))
        #expect(run.prompts.contains("Lequel ? "))
        #expect(run.events.filter { $0 == .goto(phase: "risques") }.count == 2)
        #expect(run.events.contains(.goto(phase: "ouverture")))
        #expect(run.output.contains("« nulle-part » ne correspond à rien dans la liste."))
    }

    @Test func lockFlagsLaterChanges() throws {
        let run = try SessionRun.run(lines: Self.opening + ["/verrouiller cadre", "Un contexte", "/quitter"])
        #expect(run.events.contains(.lock(section: "cadre")))
        #expect(run.output.contains("Section « Cadre » verrouillée."))
        #expect(run.output.contains("⚠ la section « Cadre » était verrouillée : la modification est gardée et signalée"))
    }

    @Test func editChangesAnAnswerByPathOrByNumber() throws {
        let lines = Self.opening + ["Premier contexte", "/modifier contexte", "Contexte corrigé", "/modifier", "1", "Contexte final",
                                    "/modifier inconnu", "/quitter"]
        let run = try SessionRun.run(lines: lines)
        #expect(run.events.contains(.edit(path: "contexte", value: .text("Contexte corrigé"))))
        #expect(run.events.contains(.edit(path: "contexte", value: .text("Contexte final"))))
        #expect(run.output.contains("Contexte — actuellement : Premier contexte"))
        #expect(run.output.contains("  1. Contexte : Contexte corrigé"))
        #expect(run.output.contains("« inconnu » ne désigne aucun champ rempli"))
        #expect(run.engine.charter["contexte"] == .text("Contexte final"))
        let nothing = try SessionRun.run(lines: Self.opening + ["/modifier", "/quitter"])
        #expect(nothing.output.contains("Aucune réponse à modifier pour l'instant."))
    }

    @Test func quitAndTheEndOfTheInputStopTheSession() throws {
        #expect(try SessionRun.run(lines: ["/quitter"]).ending == .quit)
        #expect(try SessionRun.run(lines: Self.opening).ending == .quit, "Ctrl-D on a terminal")
        #expect(try SessionRun.run(lines: Self.opening, interactive: false).ending == .endOfInput, "piped answers ran out")
    }

    @Test func anUnknownCommandAndACommandOutOfPlaceAreRefused() throws {
        let run = try SessionRun.run(lines: ["/envoyer", "/reporter", "/decider oui", "/quitter"])
        #expect(run.output.contains("Commande inconnue : /envoyer. Tapez /aide."))
        #expect(run.output.components(separatedBy: "Cette commande ne s'applique pas ici.").count - 1 == 2,
                "a checkpoint is neither parked nor decided")
        // Each line typed is kept as an `input` event (for the history); nothing else was recorded.
        #expect(run.events.filter { if case .input = $0 { false } else { true } } == [.said(item: "ouverture/ouverture-1")])
    }
}

import Testing
@testable import AtelierCore

@Suite struct EngineGapTests {
    @Test func objectiveWithoutIndicatorIsAskedQuotingTheClient() throws {
        var d = EngineDriver(try MiniScript.workshop())
        d.passFormalities()
        #expect(d.next.id == "objectifs/objectifs")
        d.answerNext(.records([EngineDriver.objective("Réduire les délais de recrutement")]))
        let gap = d.next
        #expect(gap.kind == .gap)
        #expect(gap.rule == "objectif-sans-indicateur")
        #expect(gap.text == "Vous n'avez pas encore d'indicateur pour « Réduire les délais de recrutement ». À quoi pourrait-il ressembler ?")
        #expect(gap.why == "Sans indicateur, personne ne saura dire si c'est atteint.")
        #expect(gap.recordFields.map(\.id) == ["nom", "cible"])
    }

    @Test func gapClosesWhenFilledAndIsNotAskedTwice() throws {
        var d = EngineDriver(try MiniScript.workshop())
        d.passFormalities()
        d.answerNext(.records([EngineDriver.objective("Réduire les délais")]))
        let gapID = d.next.id
        d.answerNext(.records([Record(id: "", fields: ["nom": .text("Délai moyen"), "cible": .text("30 jours")])]))
        #expect(!d.engine.openGaps().contains { $0.id == gapID })
        #expect(d.next.id == "gouvernance/sponsor")
    }

    @Test func skippedGapStaysOpenButIsNotReasked() throws {
        var d = EngineDriver(try MiniScript.workshop())
        d.passFormalities()
        d.answerNext(.records([EngineDriver.objective("Réduire les délais")]))
        let gapID = d.next.id
        d.send(.skip(item: gapID))
        #expect(d.engine.openGaps().contains { $0.id == gapID && $0.asked })
        #expect(d.next.id != gapID)
    }

    @Test func explicitDecisionClosesTheGapAndIsRecorded() throws {
        var d = EngineDriver(try MiniScript.workshop())
        d.passFormalities()
        d.answerNext(.records([EngineDriver.objective("Image de marque")]))
        let gapID = d.next.id
        d.send(.decide(item: gapID, text: "Pas d'indicateur pour celui-ci"))
        #expect(!d.engine.openGaps().contains { $0.id == gapID })
        #expect(!d.engine.agenda(at: d.time).contains { $0.id == gapID })
        let doc = d.engine.document(sessionID: "s", client: nil, date: d.engine.today)
        #expect(doc.decisions.map(\.text) == ["Pas d'indicateur pour celui-ci"])
        #expect(doc.decisions.first?.question.contains("« Image de marque »") == true)
    }

    @Test func nestedBindingQuotesTheIndicatorAndClosesOnANumber() throws {
        var d = EngineDriver(try MiniScript.workshop())
        d.passFormalities()
        let indicator = Record(id: "", fields: ["nom": .text("Satisfaction"), "cible": .text("élevée")])
        d.answerNext(.records([EngineDriver.objective("Clients contents", indicators: [indicator])]))
        let gap = d.next
        #expect(gap.rule == "cible-non-mesurable")
        #expect(gap.text == "La cible « élevée » de « Satisfaction » : quel chiffre la rendrait vérifiable ?")
        d.answerNext(.text("8/10 au baromètre"))
        #expect(!d.engine.openGaps().contains { $0.id == gap.id })
        guard case .records(let objectives)? = d.engine.charter["objectifs"],
              case .records(let indicators)? = objectives.first?.fields["indicateurs"] else {
            Issue.record("objectives not recorded")
            return
        }
        #expect(indicators.first?.fields["cible"] == .text("8/10 au baromètre"))
    }

    @Test func hedgingAnswerIsQuotedAndReplacedWhenLocked() throws {
        var d = EngineDriver(try MiniScript.workshop())
        d.passFormalities()
        d.answerNext(.records([EngineDriver.objective("Je pense qu'on doit réduire les délais",
                                                      indicators: [Record(id: "", fields: ["nom": .text("Délai"), "cible": .text("30 jours")])])]))
        let gap = d.next
        #expect(gap.rule == "hesitation")
        #expect(gap.text == "Vous avez dit « Je pense » : pouvons-nous le verrouiller ?")
        d.answerNext(.text("Réduire les délais de recrutement à 30 jours"))
        guard case .records(let objectives)? = d.engine.charter["objectifs"] else { Issue.record("no objectives"); return }
        #expect(objectives.first?.fields["intitule"] == .text("Réduire les délais de recrutement à 30 jours"))
        #expect(!d.engine.openGaps().contains { $0.rule == "hesitation" })
    }

    @Test func endScopedRuleWaitsForTheFinalReview() throws {
        var d = EngineDriver(try MiniScript.workshop())
        d.passFormalities()
        #expect(d.engine.openGaps().contains { $0.rule == "pas-de-sponsor" })
        #expect(!d.engine.agenda(at: d.time).contains { $0.rule == "pas-de-sponsor" })
        d.answerNext(.records([EngineDriver.objective("A", indicators: [Record(id: "", fields: ["nom": .text("n"), "cible": .text("3")])])]))
        d.send(.skip(item: "gouvernance/sponsor"))
        d.answerNext(.text("mensuelle"))
        #expect(d.next.rule == "pas-de-sponsor")
        d.answerNext(.text("Michel"))
        #expect(d.next.kind == .end)
        #expect(d.engine.readiness().overall == 1)
    }

    @Test func dontKnowBecomesAnOpenQuestionWithWhoWillAnswer() throws {
        var d = EngineDriver(try MiniScript.workshop())
        #expect(d.engine.isDontKnow("Je ne sais pas."))
        #expect(d.engine.isDontKnow("aucune idée"))
        #expect(!d.engine.isDontKnow("je ne sais pas si c'est utile de le dire"))
        d.passFormalities()
        d.answerNext(.records([EngineDriver.objective("A", indicators: [Record(id: "", fields: ["nom": .text("n"), "cible": .text("3")])])]))
        d.send(.park(item: "gouvernance/sponsor", owner: nil, dontKnow: true))
        let follow = d.next
        #expect(follow.kind == .ownerFollowUp)
        #expect(follow.text == "«\u{202F}Qui sponsorise la mission ?\u{202F}» — qui pourra y répondre, et pour quand\u{202F}?")
        d.answerNext(.text("Céline"))
        let doc = d.engine.document(sessionID: "s", client: nil, date: d.engine.today)
        #expect(doc.openQuestions.map(\.owner) == ["Céline"])
        #expect(doc.openQuestions.first?.dontKnow == true)
    }

    @Test func openQuestionIsAnsweredWhenItsFieldIsFilledLater() throws {
        var d = EngineDriver(try MiniScript.workshop())
        d.passFormalities()
        d.answerNext(.records([EngineDriver.objective("A", indicators: [Record(id: "", fields: ["nom": .text("n"), "cible": .text("3")])])]))
        d.send(.park(item: "gouvernance/sponsor", owner: "Michel", dontKnow: true))
        d.answerNext(.text("mensuelle"))
        #expect(d.next.rule == "pas-de-sponsor")
        d.answerNext(.text("Isabelle"))
        let doc = d.engine.document(sessionID: "s", client: nil, date: d.engine.today)
        #expect(doc.openQuestions.isEmpty)
        // Ids are never reused: the next open question is oq2, not oq1 again.
        d.send(.goto(phase: "gouvernance"))
        d.send(.back)
        d.send(.park(item: "gouvernance/cadence", owner: nil, dontKnow: false))
        #expect(d.engine.document(sessionID: "s", client: nil, date: d.engine.today).openQuestions.map(\.id) == ["oq2"])
    }
}

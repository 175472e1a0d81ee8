import Testing
@testable import AtelierCore

@Suite struct EngineCommandTests {
    private func withObjective() throws -> EngineDriver {
        var d = EngineDriver(try MiniScript.workshop())
        d.passFormalities()
        d.answerNext(.records([EngineDriver.objective("A", indicators: [Record(id: "", fields: ["nom": .text("n"), "cible": .text("3")])])]))
        return d
    }

    @Test func checkpointsAreRecordedForTheFacilitator() throws {
        var d = EngineDriver(try MiniScript.workshop())
        d.send(.said(item: .step(phase: "ouverture", step: "ouverture-1")))
        #expect(d.next.kind == .checkpoint)
        d.send(.checkpoint(item: .step(phase: "ouverture", step: "chk"), ok: false))
        let doc = d.engine.document(sessionID: "s", client: nil, date: d.engine.today)
        #expect(doc.annex.checkpoints.map(\.ok) == [false])
    }

    @Test func undoTakesBackTheLastAnswerButNotTheTime() throws {
        var d = try withObjective()
        d.answerNext(.text("Michel"))
        #expect(d.engine.charter["sponsor"] == .text("Michel"))
        let before = d.engine.lastEventTime
        d.send(.undo)
        #expect(d.engine.charter["sponsor"] == nil)
        #expect(d.next.id == .step(phase: "gouvernance", step: "sponsor"))
        #expect(d.engine.lastEventTime > before)
        #expect(d.send(.undo).isEmpty)
    }

    @Test func undoWithNothingToUndoSaysSo() throws {
        var d = EngineDriver(try MiniScript.workshop())
        #expect(d.send(.undo) == [.nothingToUndo])
    }

    @Test func backReopensThePreviousQuestionFirst() throws {
        var d = try withObjective()
        d.answerNext(.text("Michel"))
        d.send(.back)
        #expect(d.next.id == .step(phase: "gouvernance", step: "sponsor"))
        #expect(d.next.reopened)
        d.answerNext(.text("Céline"))
        #expect(d.engine.charter["sponsor"] == .text("Céline"))
        #expect(d.next.id == .step(phase: "gouvernance", step: "cadence"))
    }

    @Test func editChangesAnEarlierAnswerAndRechecksTheRules() throws {
        var d = try withObjective()
        guard let path = d.engine.resolve(userPath: "objectifs[1].indicateurs[1].cible") else {
            Issue.record("path not resolved")
            return
        }
        d.send(.edit(path: path.description, value: .text("beaucoup mieux")))
        #expect(d.engine.openGaps().contains { $0.rule == "cible-non-mesurable" })
        #expect(d.engine.resolve(userPath: "objectifs[2].intitule") == nil)
        #expect(d.engine.resolve(userPath: "inconnu") == nil)
    }

    @Test func editingALockedSectionIsKeptAndFlagged() throws {
        var d = try withObjective()
        d.send(.lock(section: "objectifs"))
        guard let path = d.engine.resolve(userPath: "objectifs[1].intitule") else { Issue.record("no path"); return }
        let notices = d.send(.edit(path: path.description, value: .text("B")))
        #expect(notices == [.lockedSectionChanged(section: "Objectifs")])
        #expect(d.engine.lockChanges.count == 1)
        #expect(d.engine.value(at: path) == .text("B"))
    }

    @Test func eventsThatNoLongerFitAreReportedNotApplied() throws {
        var d = try withObjective()
        #expect(d.send(.answer(item: .step(phase: "nulle-part", step: "q"), value: .text("x"))) == [.unknownItem("nulle-part/q")])
        #expect(d.send(.answer(item: .step(phase: "gouvernance", step: "cadence"), value: .text("quotidienne"))) == [.valueDoesNotFit("gouvernance/cadence")])
        #expect(d.send(.goto(phase: "nulle-part")) == [.unknownPhase("nulle-part")])
        #expect(d.engine.charter["cadence"] == nil)
    }

    @Test func gotoMovesToAPhaseAndParkNamesWhoWillAnswer() throws {
        var d = EngineDriver(try MiniScript.workshop())
        d.send(.goto(phase: "gouvernance"))
        #expect(d.engine.currentPhase?.id == "gouvernance")
        d.send(.park(item: .step(phase: "gouvernance", step: "sponsor"), owner: "Michel", dontKnow: false))
        #expect(d.next.kind != .ownerFollowUp)
        let doc = d.engine.document(sessionID: "s", client: nil, date: d.engine.today)
        #expect(doc.openQuestions.first?.owner == "Michel")
    }

    @Test func peopleNamedAreOfferedForCompletion() throws {
        var d = try withObjective()
        d.answerNext(.text("Céline Fabre"))
        #expect(d.engine.people == ["Céline Fabre"])
    }
}

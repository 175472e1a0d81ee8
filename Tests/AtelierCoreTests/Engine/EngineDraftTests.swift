import Testing
@testable import AtelierCore

/// Issue 9: each acknowledged line of an answer is an event; the engine keeps the lines as the
/// item's draft, which the closing answer replaces, and which never wakes a rule.
@Suite struct EngineDraftTests {
    static let item = ItemID.step(phase: "objectifs", step: "objectifs")

    func driverAtObjectives() throws -> EngineDriver {
        var driver = EngineDriver(try MiniScript.workshop())
        driver.passFormalities()
        #expect(driver.next.id == Self.item)
        return driver
    }

    static func line(_ record: Int, _ title: String) -> Event.Kind {
        .line(item: item, DraftLine(record: record, field: "intitule", value: .text(title)))
    }

    @Test func theClosingAnswerReplacesTheDraftAndReplaysToTheSameCharter() throws {
        var withLines = try driverAtObjectives()
        withLines.send(Self.line(1, "Réduire les délais"))
        withLines.send(.input(item: Self.item, text: "/pourquoi"))
        withLines.send(Self.line(2, "Ouvrir le portail"))
        #expect(withLines.engine.draft(for: Self.item).count == 2)
        let closing = Value.records([EngineDriver.objective("Réduire les délais"), EngineDriver.objective("Ouvrir le portail")])
        withLines.send(.answer(item: Self.item, value: closing))
        #expect(withLines.engine.drafts.isEmpty)

        var without = try driverAtObjectives()
        without.send(.answer(item: Self.item, value: closing))
        #expect(withLines.engine.charter == without.engine.charter)
        #expect(withLines.engine.openGaps().map(\.id) == without.engine.openGaps().map(\.id))
    }

    @Test func aDraftWakesNoRuleButTheDocumentShowsIt() throws {
        var driver = try driverAtObjectives()
        driver.send(Self.line(1, "Réduire les délais"))
        driver.send(Self.line(2, "Ouvrir le portail"))
        #expect(driver.engine.charter["objectifs"] == nil)
        #expect(!driver.engine.openGaps().contains { $0.rule == "objectif-sans-indicateur" })
        let document = driver.engine.document(sessionID: "s", client: nil, date: driver.engine.today)
        let field = document.sections.flatMap(\.fields).first { $0.model.id == "objectifs" }
        guard case .records(let records)? = field?.value else {
            Issue.record("the answer under way is not in the document")
            return
        }
        #expect(records.map { $0.fields["intitule"] } == [.text("Réduire les délais"), .text("Ouvrir le portail")])
    }

    @Test func undoTakesBackTheLastLineAndSkipClosesTheDraft() throws {
        var driver = try driverAtObjectives()
        driver.send(Self.line(1, "Réduire les délais"))
        driver.send(Self.line(2, "Une faute de frappe"))
        driver.send(.undo)
        #expect(driver.engine.draft(for: Self.item) == [DraftLine(record: 1, field: "intitule", value: .text("Réduire les délais"))])
        driver.send(.skip(item: Self.item))
        #expect(driver.engine.drafts.isEmpty)
    }

    @Test func anAnswerUnderWayIsAskedBeforeTheParkOffer() throws {
        var driver = try driverAtObjectives()
        driver.send(Self.line(1, "Réduire les délais"), after: 3_600)  // far past the phase's timebox
        #expect(driver.engine.timeState(at: driver.time) == .over)
        #expect(driver.next.id == Self.item)
        #expect(driver.engine.agenda(at: driver.time).first?.id == Self.item)
    }

    @Test func aLineForAnItemOrAFieldTheScriptDoesNotHaveLandsNowhere() throws {
        var driver = try driverAtObjectives()
        #expect(driver.send(.line(item: .step(phase: "nulle-part", step: "q"), DraftLine(value: .text("x")))) == [.unknownItem("nulle-part/q")])
        #expect(driver.send(.line(item: Self.item, DraftLine(record: 1, field: "inconnu", value: .text("x"))))
                == [.pathGone("objectifs.inconnu")])
        #expect(driver.send(.line(item: Self.item, DraftLine(value: .text("pas un record")))) == [.valueDoesNotFit(Self.item.description)])
        #expect(driver.engine.drafts.isEmpty)
    }
}

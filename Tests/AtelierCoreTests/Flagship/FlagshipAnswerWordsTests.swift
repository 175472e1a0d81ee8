import Foundation
import Testing
@testable import AtelierCore

/// Answers in the client's own words, with the flagship: dates as they are said (read back in
/// words, months kept as months), a working method that is none of the options, and an open
/// question that quotes the client's latest wording.
@Suite struct FlagshipAnswerWordsTests {
    typealias C = CadrageCharter

    /// The flagship played up to `step` (not answered yet), every question before it answered from
    /// the complete charter.
    static func driver(upTo step: String, charter: [String: Value] = C.complete) throws -> EngineDriver {
        var walk = FlagshipSessionWalk(try ShippedScript.cadrageFR.workshop())
        var driver = walk.driver
        for _ in 0..<200 {
            let item = driver.next
            if item.id.description == step { return driver }
            walk.driver = driver
            switch item.kind {
            case .say: driver.send(.said(item: item.id), after: 1)
            case .checkpoint: driver.send(.checkpoint(item: item.id, ok: true), after: 1)
            case .question:
                let value = item.target.flatMap(\.rootField).flatMap { charter[$0] }
                driver.send(value.map { .answer(item: item.id, value: $0) } ?? .skip(item: item.id), after: 1)
            default: driver.send(.skip(item: item.id), after: 1)
            }
        }
        throw ShippedScript.LoadError(message: "\(step) never asked")
    }

    /// What the terminal does with a typed line: parse it against the engine's dates, answer.
    @discardableResult
    static func type(_ line: String, into driver: inout EngineDriver) throws -> EngineChanges {
        let item = driver.next
        let field = try #require(item.field)
        let value = try AnswerParser.parse(line, as: field.type, dates: driver.engine.dateContext).get()
        driver.time += 1
        return driver.engine.apply(Event(.answer(item: item.id, value: value), at: driver.time))
    }

    @Test func aMonthIsKeptAsAMonthAndReadBackInWords() throws {
        var driver = try Self.driver(upTo: "perimetre/debut_mission")
        #expect(try Self.type("début janvier", into: &driver).readBack.map(\.text) == ["début janvier 2027"])
        #expect(driver.next.id.description == "perimetre/fin_mission")
        let changes = try Self.type("fin juin", into: &driver)
        #expect(changes.readBack == [ReadBack(label: nil, text: "fin juin 2027")])
        #expect(driver.engine.charter["fin_mission"] == .month(MonthDate(year: 2027, month: 6, part: .end)!))
        // Neither month is a made-up day, and the rules compare them as the days they cover.
        #expect(!driver.engine.openGaps().contains { $0.rule == "fin-avant-debut" })
        let document = driver.engine.document(sessionID: "s", client: nil, date: driver.engine.today)
        let field = document.sections.flatMap(\.fields).first { $0.model.id == "fin_mission" }
        #expect(field?.value == .month(MonthDate(year: 2027, month: 6, part: .end)!))
        // The journal keeps the precision: it reads back as the same month.
        let line = try JournalCodec.encode(Event(.answer(item: .step(phase: "perimetre", step: "fin_mission"),
                                                         value: .month(MonthDate(year: 2027, month: 6, part: .end)!)), at: 1))
        #expect(line.contains(#""value":{"month":"2027-06","part":"end"}"#))
        #expect(try JSONDecoder().decode(Event.self, from: Data(line.utf8)).kind == Event.Kind.answer(item: .step(phase: "perimetre", step: "fin_mission"),
                                                                             value: .month(MonthDate(year: 2027, month: 6, part: .end)!)))
    }

    @Test func aDateWithoutItsYearFallsWithinTheMission() throws {
        var driver = try Self.driver(upTo: "perimetre/debut_mission")
        try Self.type("04/01/2027", into: &driver)
        try Self.type("30/06/2027", into: &driver)
        // "le 13/10" is within no mission year: the next 13th of October after the session.
        #expect(AnswerParser.parse("le 13/10", as: .date, dates: driver.engine.dateContext) == .success(.date(Day(year: 2027, month: 10, day: 13))))
        // "le 13/03" falls within the mission (March 2027), though the session is in November 2026.
        #expect(AnswerParser.parse("le 13/03", as: .date, dates: driver.engine.dateContext) == .success(.date(Day(year: 2027, month: 3, day: 13))))
        let context = driver.engine.dateContext
        #expect(context.missionStart == Day(year: 2027, month: 1, day: 4)...Day(year: 2027, month: 1, day: 4))
    }

    @Test func aMilestoneMonthAfterTheMissionRaisesTheGapQuotingTheMonth() throws {
        var charter = C.complete
        charter["jalons"] = .records([Record(id: "", fields: ["jalon": V.t("Bilan"), "date": .month(MonthDate(year: 2027, month: 9, part: .end)!)])])
        var walk = FlagshipSessionWalk(try ShippedScript.cadrageFR.workshop())
        walk.play(charter, limit: 60)
        let gap = try #require(walk.asked.first { $0.rule == "jalon-apres-fin" })
        #expect(gap.text.contains("(fin septembre 2027)"))
        // A month that overlaps the mission's end is not said to be after it.
        charter["jalons"] = .records([Record(id: "", fields: ["jalon": V.t("Bilan"), "date": .month(MonthDate(year: 2027, month: 6)!)])])
        walk = FlagshipSessionWalk(try ShippedScript.cadrageFR.workshop())
        walk.play(charter, limit: 60)
        #expect(!walk.asked.contains { $0.rule == "jalon-apres-fin" })
    }

    static let method = "On avance pas à marche forcée mais avec agilité, au rythme des équipes"

    @Test func theWorkingMethodKeepsTheClientsWords() throws {
        var driver = try Self.driver(upTo: "risques/methode")
        let item = driver.next
        guard case .choice(let options)? = item.field?.type else { throw ShippedScript.LoadError(message: "methode is not a choice") }
        // Not an option: the terminal offers the options and keeps the words with the one picked.
        #expect(AnswerParser.parse(Self.method, as: .choice(options)) == .failure(.notAnOption(Self.method, options: options)))
        let chosen = WordedChoice(option: "agile", words: Self.method)
        driver.time += 1
        let changes = driver.engine.apply(Event(.answer(item: item.id, value: .wordedChoice(chosen)), at: driver.time))
        #expect(!changes.rejected)
        #expect(changes.readBack.map(\.text) == ["agile (« \(Self.method) »)"])
        #expect(driver.engine.charter["methode"] == .wordedChoice(chosen))
        // The rule that asks for a method sees one; a rule comparing it sees the option chosen.
        #expect(!driver.engine.openGaps().contains { $0.rule == "methode-non-choisie" })
        #expect(Evaluator.isTrue(try Self.expression(#"methode == "agile""#), in: driver.engine.evaluationContext()))
        // "autre": none of the options, the words alone.
        let other = WordedChoice(option: nil, words: Self.method)
        driver.send(.edit(path: "methode", value: .wordedChoice(other)))
        #expect(driver.engine.charter["methode"] == .wordedChoice(other))
        #expect(ValueText.plain(.wordedChoice(other), .fr) == "autre (« \(Self.method) »)")
        // An option the script does not have does not fit.
        #expect(driver.send(.edit(path: "methode", value: .wordedChoice(WordedChoice(option: "kanban", words: "x")))) == [.valueDoesNotFit("methode")])
        let line = try JournalCodec.encode(Event(.answer(item: item.id, value: .wordedChoice(chosen)), at: 1))
        #expect(try JSONDecoder().decode(Event.self, from: Data(line.utf8)).kind == Event.Kind.answer(item: item.id, value: .wordedChoice(chosen)))
    }

    static func expression(_ text: String) throws -> Expr {
        try ExpressionParser.parse(text)
    }

    @Test func anOpenQuestionQuotesTheClientsLatestWording() throws {
        var charter = C.complete
        charter["objectifs"] = V.records(C.objective(indicators: [C.indicator(cible: "je pense 30 jours")]))
        var walk = FlagshipSessionWalk(try ShippedScript.cadrageFR.workshop())
        var target: FieldPath?
        walk.play(charter, limit: 100) { item, _ in
            guard target == nil, item.rule == "reponse-hesitante" else { return nil }
            target = item.target
            return .park(item: item.id, owner: "Céline Martin", dontKnow: true)
        }
        let path = try #require(target)
        func openQuestions() -> [String] {
            walk.driver.engine.document(sessionID: "s", client: nil, date: walk.driver.engine.today).openQuestions.map(\.question)
        }
        #expect(openQuestions().count == 1 && openQuestions()[0].contains("« je pense 30 jours »"))
        // The client restates, still hedging: the open question quotes the new words.
        walk.driver.send(.edit(path: path.description, value: V.t("peut-être 25 jours")))
        #expect(openQuestions().count == 1)
        #expect(openQuestions().first?.contains("« peut-être 25 jours »") == true)
        #expect(openQuestions().first?.contains("je pense") == false)
        // Restated without the hedge: the question is answered, and goes.
        walk.driver.send(.edit(path: path.description, value: V.t("25 jours")))
        #expect(openQuestions().isEmpty)
        #expect(!walk.driver.engine.openGaps().contains { $0.rule == "reponse-hesitante" })
    }
}

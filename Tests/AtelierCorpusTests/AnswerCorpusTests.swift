import AtelierCore
import AtelierFuzzing
import AtelierTerminal
import Foundation
import Testing

/// Broken answers, as a pipe or a paste delivers them: a 10 MB line, control and escape characters,
/// invalid UTF-8. The parser accepts or refuses each with one short sentence, the engine keeps the
/// text whole, and the terminal shows it without its control sequences.
@Suite struct AnswerCorpusTests {
    static let tenMegabytes = String(repeating: "Réduire les délais de traitement des dossiers, ", count: 210_000)

    static func engine() throws -> Engine {
        Engine(workshop: try #require(FuzzFixtures.workshop), today: FuzzFixtures.today)
    }

    @Test func aTenMegabyteLineIsKeptWhole() throws {
        #expect(Self.tenMegabytes.utf8.count > 10_000_000)
        let parsed = AnswerParser.parse(Self.tenMegabytes, as: .longText)
        let expected = Self.tenMegabytes.trimmingCharacters(in: .whitespaces)
        #expect(parsed == .success(.text(expected)))
        // A script without a rule over `answers`: scanning 10 MB for hedges takes seconds in a
        // debug build (a tenth of that in release), and the point here is that nothing is lost.
        let mini = try #require(WorkshopLoader.load(source: MiniScript.text, file: "mini.yaml").workshop)
        var engine = Engine(workshop: mini, today: FuzzFixtures.today)
        let notices = engine.apply(Event(.answer(item: .step(phase: "p", step: "objectif"), value: .text(expected)), at: 1)).notices
        #expect(notices.isEmpty)
        #expect(engine.charter["objectif"] == .text(expected))
        #expect(SafeText.clean(expected) == expected)
        let line = try JournalCodec.encode(Event(.answer(item: .step(phase: "ouverture", step: "contexte"), value: .text(expected)), at: 1))
        #expect(!line.contains("\n"))
    }

    @Test func aTenMegabyteLineWhereANumberIsExpectedIsRefusedInOneShortSentence() {
        let parsed = AnswerParser.parse(Self.tenMegabytes, as: .number)
        guard case .failure(let problem) = parsed else {
            Issue.record("a 10 MB text was taken for a number")
            return
        }
        let message = problem.message(.fr)
        #expect(message.count < 200)
        #expect(message.hasPrefix("« Réduire les délais de traitement"))
        #expect(message.hasSuffix("» n'est pas un nombre (ex. 12 ou 3,5)."))
    }

    @Test func escapeSequencesAreKeptInTheCharterAndNeverReachTheScreen() throws {
        let pasted = "Réduire\u{1B}[2J\u{1B}[H les délais\u{07}\u{1B}]0;titre\u{07} de 30 %\u{202E}"
        #expect(AnswerParser.parse(pasted, as: .text) == .success(.text(pasted)))
        var engine = try Self.engine()
        engine.apply(Event(.answer(item: .step(phase: "ouverture", step: "contexte"), value: .text(pasted)), at: 1))
        #expect(engine.charter["contexte"] == .text(pasted))
        #expect(SafeText.clean(pasted) == "Réduire les délais de 30 %")
    }

    @Test func controlCharactersAroundADateOrAChoiceAreRefusedNotGuessed() {
        #expect(AnswerParser.parse("15/03/2027\u{0}", as: .date) == .failure(.notADate("15/03/2027\u{0}")))
        #expect(AnswerParser.parse("\u{1B}[31m2\u{1B}[0m", as: .choice(["mensuelle", "trimestrielle"]))
            == .failure(.notAnOption("\u{1B}[31m2\u{1B}[0m", options: ["mensuelle", "trimestrielle"])))
        #expect(AnswerParser.parse("oui\u{202E}", as: .yesNo) == .failure(.notYesNo("oui\u{202E}")))
        #expect(AnswerParser.parse("\u{7}\u{7}", as: .text) == .success(.text("\u{7}\u{7}")))
    }

    @Test func invalidUTF8BecomesReplacementCharactersNotALostAnswer() throws {
        let bytes: [UInt8] = Array("Objectif : ".utf8) + [0xFF, 0xFE, 0xC3] + Array(" fin".utf8)
        let line = String(decoding: bytes, as: UTF8.self)
        #expect(line == "Objectif : \u{FFFD}\u{FFFD}\u{FFFD} fin")
        #expect(AnswerParser.parse(line, as: .text) == .success(.text(line)))
        #expect(AnswerParser.parse(line, as: .date) == .failure(.notADate(line)))
        #expect(SafeText.clean(line) == line)
        var engine = try Self.engine()
        engine.apply(Event(.answer(item: .step(phase: "ouverture", step: "contexte"), value: .text(line)), at: 1))
        let decoded = JournalCodec.decode(JournalCorpusTests.header + "\n" + (try JournalCodec.encode(
            Event(.answer(item: .step(phase: "ouverture", step: "contexte"), value: .text(line)), at: 1))) + "\n", file: "j")
        #expect(decoded.events.first?.kind == .answer(item: .step(phase: "ouverture", step: "contexte"), value: .text(line)))
    }

    @Test func numbersTooBigOrNotNumbersAreRefused() {
        #expect(AnswerParser.parse("1e400", as: .number) == .failure(.notANumber("1e400")))
        #expect(AnswerParser.parse("nan", as: .number) == .failure(.notANumber("nan")))
        #expect(AnswerParser.parse(String(repeating: "9", count: 400), as: .number)
            == .failure(.notANumber(String(repeating: "9", count: 400))))
        #expect(AnswerParser.parse("99999999999999999999", as: .duration) == .failure(.notADuration("99999999999999999999")))
    }
}

import Testing
@testable import AtelierCore

@Suite struct InterpolationTests {
    private func failure(_ s: String) -> ExpressionError? {
        ExpressionFixtures.error { () throws(ExpressionError) in try ExpressionParser.parseInterpolation(s) }
    }

    @Test func holesAndLiteralBraces() throws {
        let text = try ExpressionParser.parseInterpolation("Pour « {o.intitule} » {{ok}} {count(objectifs)}")
        #expect(text.parts.count == 4)
        guard case .expression(let e, let offset) = text.parts[1] else { Issue.record("no hole"); return }
        #expect(offset == 8 && e.offset == 8 && e.length == 10)
        #expect(text.parts[2] == .literal(" » {ok} "))
        #expect(try ExpressionParser.parseInterpolation("sans trou").parts == [.literal("sans trou")])
    }

    @Test func errorsPointIntoTheWholeText() {
        #expect(failure("Pour {o.intitule") == ExpressionError(.unclosedInterpolation, offset: 5, length: 1))
        #expect(failure("a } b") == ExpressionError(.unmatchedClosingBrace, offset: 2, length: 1))
        #expect(failure("vide { }") == ExpressionError(.emptyInterpolation, offset: 5, length: 3))
        #expect(failure("x {o.} y") == ExpressionError(.expected(.name, found: nil), offset: 5, length: 1))
        #expect(failure("x {a # b}") == ExpressionError(.unexpectedCharacter("#"), offset: 5, length: 1))
        #expect(failure("{quote(x, \"}\")}") == nil)
    }

    @Test func rendersTheClientsWords() throws {
        let text = try ExpressionParser.parseInterpolation(
            "Vous n'avez pas d'indicateur pour « {o.intitule} » (objectif {index(o)} sur {count(objectifs)}).")
        var ctx = ExpressionFixtures.context()
        let combos = Evaluator.enumerate(try ExpressionParser.parseBindings("o in objectifs"), in: ctx)
        ctx.bindings = combos[1]
        #expect(Interpolator.render(text, in: ctx)
                == "Vous n'avez pas d'indicateur pour « Former l’équipe » (objectif 2 sur 2).")
    }

    @Test func rendersEveryKindOfValue() throws {
        func render(_ s: String, _ ctx: EvaluationContext = ExpressionFixtures.context()) throws -> String {
            Interpolator.render(try ExpressionParser.parseInterpolation(s), in: ctx)
        }
        #expect(try render("{valide}|{hors_perimetre}|{budget}|{3.5}|{fin}") == "…|Formation des managers, Paie|12000|3.5|30/06/2027")
        var english = ExpressionFixtures.context()
        english.language = .en
        #expect(try render("{fin}|{1 == 1}", english) == "2027-06-30|yes")
        #expect(try render("{1 == 1}") == "oui")
        #expect(try render("{comite}|{45min}|{2h}|{1h05}|{objectifs}") == "1h30|45 min|2h|1h05|Réduire les délais de traitement, Former l’équipe")
        #expect(try render("{quote(objectifs[].indicateurs[].cible, hedges)}") == "…")
        #expect(try render("{{{sponsor}}}") == "{Claire Dupont}")
    }
}

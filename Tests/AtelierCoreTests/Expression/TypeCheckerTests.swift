import Testing
@testable import AtelierCore

@Suite struct TypeCheckerTests {
    private let env = ExpressionFixtures.env

    private func type(_ s: String, _ bindings: [String: ExprType] = [:]) throws -> ExprType {
        var env = self.env
        env.bindings = bindings
        return try TypeChecker.check(try ExpressionParser.parse(s), in: env)
    }

    private func failure(_ s: String, _ bindings: String? = nil) -> ExpressionError? {
        ExpressionFixtures.error { () throws(ExpressionError) in
            var env = self.env
            if let bindings { env = try TypeChecker.bind(try ExpressionParser.parseBindings(bindings), in: env) }
            return try TypeChecker.check(try ExpressionParser.parse(s), in: env)
        }
    }

    @Test func fieldTypesAndPaths() throws {
        let o = ExprType.record(ExpressionFixtures.objectif)
        let i = ExprType.record(ExpressionFixtures.indicateur)
        #expect(try type("sponsor") == .text)
        #expect(try type("budget") == .number)
        #expect(try type("valide") == .bool)
        #expect(try type("comite") == .duration)
        #expect(try type("hors_perimetre") == .list(.text))
        #expect(try type("objectifs") == .list(o))
        #expect(try type("objectifs[].indicateurs") == .list(i))
        #expect(try type("objectifs.intitule") == .list(.text))
        #expect(try type("objectifs.indicateurs.cible") == .list(.text))
        #expect(try type("o.indicateurs", ["o": o]) == .list(i))
        #expect(try type("answers") == .list(.answer))
        #expect(try type("any(a in answers: uses(a.text, hedges))") == .bool)
        #expect(try type("count(r in risques: empty(r.responsable))") == .number)
        #expect(try type("fin + 30j") == .date)
    }

    @Test func unknownNamesAndFieldsSuggestTheClosest() {
        #expect(failure("empty(sponsr)") == ExpressionError(.unknownName("sponsr", suggestion: "sponsor"), offset: 6, length: 6))
        #expect(failure("empty(o.intitulé)", "o in objectifs")
                == ExpressionError(.unknownField("intitulé", suggestion: "intitule"), offset: 8, length: 8))
        #expect(failure("objectifs[].indicateur", nil)
                == ExpressionError(.unknownField("indicateur", suggestion: "indicateurs"), offset: 12, length: 10))
        #expect(failure("a.txt", "a in answers") == ExpressionError(.unknownField("txt", suggestion: "text"), offset: 2, length: 3))
        #expect(failure("zzz") == ExpressionError(.unknownName("zzz", suggestion: nil), offset: 0, length: 3))
        #expect(failure("emty(sponsor)") == ExpressionError(.unknownFunction("emty", suggestion: "empty"), offset: 0, length: 4))
        #expect(failure("uses(sponsor, hedge)") == ExpressionError(.unknownLexicon("hedge", suggestion: "hedges"), offset: 14, length: 5))
    }

    @Test func typeMismatches() {
        #expect(failure("budget == \"douze\"") == ExpressionError(.cannotCompare(.number, .text), offset: 0, length: 17))
        #expect(failure("comite > 30") == ExpressionError(.cannotCompare(.duration, .number), offset: 0, length: 11))
        #expect(failure("len(budget) > 2") == ExpressionError(.typeMismatch(expected: [.text], found: .number), offset: 4, length: 6))
        #expect(failure("sponsor and valide") == ExpressionError(.typeMismatch(expected: [.bool], found: .text), offset: 0, length: 7))
        #expect(failure("count(sponsor)") == ExpressionError(.typeMismatch(expected: [.list(.null)], found: .text), offset: 6, length: 7))
        #expect(failure("sponsor + 1") == ExpressionError(.cannotCombine("+", .text, .number), offset: 0, length: 11))
        #expect(failure("contains(sponsor)") == ExpressionError(.wrongArgumentCount(function: "contains", expected: 2, found: 1), offset: 0, length: 17))
        #expect(failure("sponsor.nom") == ExpressionError(.noFields("nom", on: .text), offset: 8, length: 3))
        #expect(failure("sponsor[]") == ExpressionError(.notAList(.text), offset: 0, length: 9))
        #expect(failure("empty(hedges)") == ExpressionError(.misplacedLexicon("hedges"), offset: 6, length: 6))
        #expect(failure("matches(sponsor, \"[a-\")") == ExpressionError(.invalidRegex("[a-"), offset: 17, length: 5))
        #expect(failure("matches(sponsor, sponsor)") == ExpressionError(.regexNotLiteral, offset: 17, length: 7))
        #expect(failure("fin - debut")?.problem == .cannotCombine("-", .date, .date))
        #expect(failure("sponsor == null") == nil)
        #expect(failure("fin > today() and debut < fin") == nil)
    }

    @Test func typeMismatchReadsWell() throws {
        let error = try #require(failure("len(budget) > 2"))
        #expect(error.message(.fr) == "il faut ici un texte, pas un nombre")
        #expect(error.message(.en) == "this needs a text, not a number")
    }

    @Test func bindingsNeedListsOfRecordsOrAnswers() throws {
        let bound = try TypeChecker.bind(try ExpressionParser.parseBindings("o in objectifs, i in o.indicateurs"), in: env)
        #expect(bound.bindings["i"] == .record(ExpressionFixtures.indicateur))
        let notRecords = ExpressionFixtures.error { () throws(ExpressionError) in
            try TypeChecker.bind(try ExpressionParser.parseBindings("h in hors_perimetre"), in: env)
        }
        #expect(notRecords == ExpressionError(.notABindingSource(.list(.text)), offset: 5, length: 14))
        let twice = ExpressionFixtures.error { () throws(ExpressionError) in
            try TypeChecker.bind(try ExpressionParser.parseBindings("o in objectifs, o in risques"), in: env)
        }
        #expect(twice?.problem == .duplicateVariable("o"))
    }

    private func target(_ s: String, _ bindings: String = "o in objectifs, i in o.indicateurs, a in answers") throws(ExpressionError) -> FieldModel? {
        let env = try TypeChecker.bind(try ExpressionParser.parseBindings(bindings), in: self.env)
        return try TypeChecker.checkTarget(try ExpressionParser.parse(s), in: env)
    }

    @Test func assignableTargets() throws {
        #expect(try target("sponsor")?.id == "sponsor")
        #expect(try target("o.indicateurs")?.label == "Indicateurs")
        #expect(try target("i.cible")?.id == "cible")
        #expect(try target("a") == nil)
        for source in ["o", "objectifs.intitule", "count(objectifs)", "o.indicateurs.nom", "a.text"] {
            let error = ExpressionFixtures.error { () throws(ExpressionError) in try target(source) }
            #expect(error?.problem == .notAssignable, "\(source)")
        }
        let typo = ExpressionFixtures.error { () throws(ExpressionError) in try target("o.indicatuers") }
        #expect(typo?.problem == .unknownField("indicatuers", suggestion: "indicateurs"))
    }
}

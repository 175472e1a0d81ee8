import Testing
@testable import AtelierCore

@Suite struct ParserTests {
    /// The tree as a compact string, to compare shapes.
    private func shape(_ e: Expr) -> String {
        switch e.kind {
        case .literal(let l):
            switch l {
            case .number(let n): return Interpolator.number(n)
            case .text(let s): return "'\(s)'"
            case .bool(let b): return "\(b)"
            case .date(let d): return "@\(d.iso)"
            case .duration(let m): return "\(m)m"
            case .null: return "null"
            }
        case .name(let n): return n
        case .member(let b, let f): return "\(shape(b)).\(f)"
        case .flatten(let b): return "\(shape(b))[]"
        case .unary(let op, let x): return "(\(op.rawValue) \(shape(x)))"
        case .binary(let op, let l, let r): return "(\(shape(l)) \(op.rawValue) \(shape(r)))"
        case .call(let n, let args): return "\(n)(\(args.map(shape).joined(separator: ", ")))"
        case .quantified(let q, let v, let s, let p): return "\(q.rawValue)(\(v) in \(shape(s)): \(p.map(shape) ?? "-"))"
        }
    }

    private func parsed(_ s: String) throws -> String { shape(try ExpressionParser.parse(s)) }

    @Test func precedenceFromOrToPostfix() throws {
        #expect(try parsed("a or b and c") == "(a or (b and c))")
        #expect(try parsed("not a and b") == "((not a) and b)")
        #expect(try parsed("not a == b") == "(not (a == b))")
        #expect(try parsed("a + b < c - d") == "((a + b) < (c - d))")
        #expect(try parsed("-a.b + 1") == "((- a.b) + 1)")
        #expect(try parsed("a - b - c") == "((a - b) - c)")
        #expect(try parsed("(a or b) and c") == "((a or b) and c)")
        #expect(try parsed("objectifs[].indicateurs.nom") == "objectifs[].indicateurs.nom")
    }

    @Test func literals() throws {
        #expect(try parsed("12") == "12")
        #expect(try parsed("3.5") == "3.5")
        #expect(try parsed(#""dit \"oui\"""#) == #"'dit "oui"'"#)
        #expect(try parsed("'l\\'équipe'") == "'l'équipe'")
        #expect(try parsed(#""\d+""#) == #"'\d+'"#)
        #expect(try parsed("true or false or null") == "((true or false) or null)")
        #expect(try parsed("2027-03-15") == "@2027-03-15")
        #expect(try parsed("30min") == "30m")
        #expect(try parsed("2h") == "120m")
        #expect(try parsed("1h30") == "90m")
        #expect(try parsed("1.5h") == "90m")
        #expect(try parsed("7j + 2d") == "(10080m + 2880m)")
    }

    @Test func accentedNamesAndMinusIsNeverInAName() throws {
        #expect(try parsed("échéance") == "échéance")
        #expect(try parsed("date_fin-debut") == "(date_fin - debut)")
    }

    @Test func callsAndQuantifiers() throws {
        #expect(try parsed("today()") == "today()")
        #expect(try parsed("contains(lower(x), \"a\")") == "contains(lower(x), 'a')")
        #expect(try parsed("count(objectifs)") == "count(objectifs)")
        #expect(try parsed("count(r in risques: empty(r.responsable))") == "count(r in risques: empty(r.responsable))")
        #expect(try parsed("count(r in risques)") == "count(r in risques: -)")
        #expect(try parsed("any(o in objectifs: empty(o.indicateurs)) and x") == "(any(o in objectifs: empty(o.indicateurs)) and x)")
        #expect(try parsed("none(i in objectifs[].indicateurs: i.cible == \"\")") == "none(i in objectifs[].indicateurs: (i.cible == ''))")
    }

    @Test func nodeOffsetsAndLengths() throws {
        let e = try ExpressionParser.parse("  empty(o.nom) ")
        #expect(e.offset == 2 && e.length == 12)
        guard case .call(_, let args) = e.kind else { Issue.record("not a call"); return }
        #expect(args[0].offset == 8 && args[0].length == 5)
    }

    @Test func bindings() throws {
        let b = try ExpressionParser.parseBindings("o in objectifs, i in o.indicateurs")
        #expect(b.map(\.variable) == ["o", "i"])
        #expect(shape(b[1].source) == "o.indicateurs")
        #expect(b[1].source.offset == 21)
    }

    private func failure(_ s: String) -> ExpressionError? {
        ExpressionFixtures.error { () throws(ExpressionError) in try ExpressionParser.parse(s) }
    }

    @Test func errorsCarryExactOffsets() {
        #expect(failure("a # b") == ExpressionError(.unexpectedCharacter("#"), offset: 2, length: 1))
        #expect(failure("a && b") == ExpressionError(.operatorSpelling(found: "&&", use: "and"), offset: 2, length: 2))
        #expect(failure("x = 3") == ExpressionError(.operatorSpelling(found: "=", use: "=="), offset: 2, length: 1))
        #expect(failure("contains(x, \"abc") == ExpressionError(.unterminatedString, offset: 12, length: 1))
        #expect(failure("d > 30sec") == ExpressionError(.invalidNumber("30sec"), offset: 4, length: 5))
        #expect(failure("1h75") == ExpressionError(.invalidNumber("1h75"), offset: 0, length: 4))
        #expect(failure("d < 2027-02-30") == ExpressionError(.invalidDate("2027-02-30"), offset: 4, length: 10))
        #expect(failure("(a and b") == ExpressionError(.expected(.token(")"), found: nil), offset: 8, length: 1))
        #expect(failure("a and") == ExpressionError(.expected(.expression, found: nil), offset: 5, length: 1))
        #expect(failure("a b") == ExpressionError(.expected(.endOfExpression, found: "b"), offset: 2, length: 1))
        #expect(failure("o.") == ExpressionError(.expected(.name, found: nil), offset: 2, length: 1))
        #expect(failure("x[1]") == ExpressionError(.expected(.token("]"), found: "1"), offset: 2, length: 1))
        #expect(failure("any(objectifs)") == ExpressionError(.expected(.token("in"), found: ")"), offset: 13, length: 1))
        #expect(failure("all(o in xs)") == ExpressionError(.expected(.token(":"), found: ")"), offset: 11, length: 1))
        #expect(failure("a < b < c") == ExpressionError(.expected(.endOfExpression, found: "<"), offset: 6, length: 1))
    }

    @Test func messagesAreSentencesInBothLanguages() {
        let error = ExpressionError(.expected(.token(")"), found: nil), offset: 8, length: 1)
        #expect(error.message(.fr) == "« ) » est attendu ici à la fin de l'expression")
        #expect(error.message(.en) == "“)” is expected here at the end of the expression")
        let unknown = ExpressionError(.unknownField("intitulé", suggestion: "intitule"), offset: 0, length: 1)
        #expect(unknown.message(.fr) == "il n'y a pas de champ « intitulé » ici ; vouliez-vous dire `intitule` ?")
    }
}

@Suite struct ParserRobustnessTests {
    @Test func deepNestingIsAnErrorNotACrash() {
        for source in [String(repeating: "(", count: 5000) + "a", String(repeating: "a + ", count: 5000) + "a",
                       String(repeating: "not ", count: 5000) + "a", "a" + String(repeating: ".b", count: 5000)] {
            let error = ExpressionFixtures.error { () throws(ExpressionError) in try ExpressionParser.parse(source) }
            #expect(error?.problem == .tooDeeplyNested)
        }
        #expect((try? ExpressionParser.parse(String(repeating: "(", count: 40) + "a" + String(repeating: ")", count: 40))) != nil)
    }

    /// Random inputs over the language's alphabet: parsing, checking, evaluating and rendering never crash.
    @Test func randomInputsNeverCrash() {
        let pieces = ["a", "o", "objectifs", "sponsor", ".", "[", "]", "(", ")", "\"", "'", "x\"", " and ", " or ", "not ",
                      "==", "<", "+", "-", "1", "2027-03-15", "30min", "1h30", "{", "}", ",", ":", " in ", "any(",
                      "count(", "uses(", "hedges", "é", "#", "\\", "null", "budget", "fin", "2h", "9999999999999999999h"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let ctx = ExpressionFixtures.context()
        for _ in 0..<3000 {
            let source = (0..<(1 + next(12))).map { _ in pieces[next(pieces.count)] }.joined()
            if let expr = try? ExpressionParser.parse(source) {
                _ = try? TypeChecker.check(expr, in: ExpressionFixtures.env)
                _ = Evaluator.evaluate(expr, in: ctx)
            }
            if let text = try? ExpressionParser.parseInterpolation(source) {
                _ = Interpolator.render(text, in: ctx)
            }
            _ = try? ExpressionParser.parseBindings(source)
        }
    }
}

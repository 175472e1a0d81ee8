import Testing
@testable import AtelierCore

@Suite struct EvaluatorTests {
    private func value(_ s: String, _ ctx: EvaluationContext = ExpressionFixtures.context()) throws -> EvalValue {
        try ExpressionFixtures.eval(s, ctx)
    }

    private func holds(_ s: String, _ ctx: EvaluationContext = ExpressionFixtures.context()) throws -> Bool {
        try value(s, ctx) == .bool(true)
    }

    @Test func emptiness() throws {
        #expect(try holds("empty(valide)"))
        #expect(try !holds("empty(sponsor)"))
        #expect(try !holds("empty(objectifs)"))
        #expect(try holds("any(o in objectifs: empty(o.indicateurs))"))
        #expect(try holds("empty(null)"))
        let blank = ExpressionFixtures.context(charter: ["sponsor": .text("   "), "objectifs": .records([])])
        #expect(try holds("empty(sponsor) and empty(objectifs) and empty(risques)", blank))
    }

    @Test func countsAndQuantifiers() throws {
        #expect(try value("count(objectifs)") == .number(2))
        #expect(try value("count(objectifs[].indicateurs)") == .number(2))
        #expect(try value("count(o in objectifs: empty(o.indicateurs))") == .number(1))
        #expect(try value("count(r in risques)") == .number(1))
        #expect(try holds("all(o in objectifs: not empty(o.intitule))"))
        #expect(try holds("none(i in objectifs[].indicateurs: empty(i.nom))"))
        #expect(try !holds("all(i in objectifs[].indicateurs: not empty(i.responsable))"))
        #expect(try holds("any(r in risques: empty(r.responsable))"))
        let none = ExpressionFixtures.context(charter: [:])
        #expect(try holds("all(o in objectifs: false) and not any(o in objectifs: true)", none))
        #expect(try value("count(objectifs)", none) == .number(0))
    }

    @Test func nestedPathsFlatten() throws {
        #expect(try value("objectifs[].indicateurs.nom") == .list([.text("Délai moyen"), .text("Satisfaction")]))
        #expect(try value("objectifs.intitule") == .list([.text("Réduire les délais de traitement"), .text("Former l’équipe")]))
    }

    @Test func enumerateGivesEveryCombinationWithPaths() throws {
        let bindings = try ExpressionParser.parseBindings("o in objectifs, i in o.indicateurs")
        let combos = Evaluator.enumerate(bindings, in: ExpressionFixtures.context())
        #expect(combos.count == 2)
        guard case .record(let first)? = combos.first?["i"], case .record(let second)? = combos.last?["i"],
              case .record(let objective)? = combos.first?["o"] else {
            Issue.record("expected records")
            return
        }
        #expect(first.path.description == "objectifs[r1].indicateurs[r2]")
        #expect(second.path.description == "objectifs[r1].indicateurs[r3]")
        #expect(first.index == 1 && second.index == 2)
        #expect(objective.path.description == "objectifs[r1]")
        #expect(Evaluator.enumerate([], in: ExpressionFixtures.context()).count == 1)
    }

    @Test func datesAndDurations() throws {
        #expect(try holds("fin > debut"))
        #expect(try holds("debut + 30j < 2027-02-10"))
        #expect(try value("fin - 1j") == .date(Day(year: 2027, month: 6, day: 29)))
        #expect(try holds("today() == 2027-03-15 and fin >= today()"))
        #expect(try holds("comite > 1h and comite == 1h30 and comite < 2h"))
        #expect(try value("comite + 30min") == .duration(120))
        #expect(try holds("budget >= 12000 and -budget < 0"))
    }

    @Test func textComparisonIgnoresCaseAccentsAndApostrophes() throws {
        #expect(try holds("sponsor == \"CLAIRE   dupont\""))
        #expect(try holds("any(o in objectifs: o.intitule == \"former l'EQUIPE\")"))
        #expect(try holds("contains(objectifs.intitule, \"DELAIS\")"))
        #expect(try !holds("contains(sponsor, \"Martin\")"))
        #expect(try holds("contains(hors_perimetre, \"paie\")"))
        #expect(try holds("lower(sponsor) == \"claire dupont\" and len(sponsor) == 13"))
        #expect(try holds("matches(sponsor, \"^claire\\\\s\") and matches(\"Équipe\", \"^equipe$\")"))
    }

    @Test func lexiconsMatchWholeWordsAndQuoteTheClientsWords() throws {
        #expect(try holds("any(i in objectifs[].indicateurs: uses(i.cible, hedges))"))
        #expect(try value("quote(\"Bon, À PRIORI c'est réglé\", hedges)") == .text("À PRIORI"))
        #expect(try value("quote(\"on fera peut être mieux\", hedges)") == .text("peut être"))
        #expect(try value("quote(\"c'est de l'apriorisme\", hedges)") == .null)
        #expect(try !holds("uses(\"Je pensais le faire\", hedges)"))
    }

    @Test func nullSemantics() throws {
        #expect(try !holds("valide == true"))
        #expect(try !holds("valide != true"))
        #expect(try holds("valide == null and null == valide"))
        #expect(try !holds("sponsor == null"))
        #expect(try holds("sponsor != null"))
        #expect(try !holds("any(r in risques: r.responsable == \"x\" or r.responsable != \"x\")"))
        #expect(try holds("not valide"))
        #expect(try value("any(r in risques: index(r) == 1)") == .bool(true))
        #expect(try value("risques.responsable") == .list([.null]))
        let missing = ExpressionFixtures.context(charter: [:])
        #expect(try value("len(sponsor)", missing) == .null)
        #expect(try value("fin + 1j", missing) == .null)
        #expect(try !holds("fin > 2020-01-01 or fin < 2020-01-01", missing))
    }

    @Test func answersAreACollection() throws {
        let answers = [
            AnswerRef(text: "On verra bien", label: "Cible", field: "cible", path: FieldPath(field: "cible")),
            AnswerRef(text: "Claire", label: "Sponsor", field: "sponsor", path: FieldPath(field: "sponsor")),
        ]
        let ctx = ExpressionFixtures.context(answers: answers)
        #expect(try value("count(answers)", ctx) == .number(2))
        #expect(try value("count(a in answers: uses(a.text, hedges))", ctx) == .number(1))
        #expect(try holds("any(a in answers: a.label == \"sponsor\" and a.field == \"sponsor\")", ctx))
        let each = Evaluator.enumerate(try ExpressionParser.parseBindings("a in answers"), in: ctx)
        #expect(each.map { $0["a"] } == answers.map { .answer($0) })
    }

    @Test func textHelpers() throws {
        #expect(try holds("has_number(\"réduire de 20 %\")"))
        #expect(try !holds("has_number(\"réduire beaucoup\")"))
        #expect(try holds("has_date(\"d'ici fin juin\")"))
        #expect(try !holds("has_date(\"le plus vite possible\")"))
    }
}

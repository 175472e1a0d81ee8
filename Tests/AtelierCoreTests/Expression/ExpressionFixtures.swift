@testable import AtelierCore

/// A small charter: objectives with indicators, a sponsor, risks, and a few scalar fields.
enum ExpressionFixtures {
    static let indicateur = RecordModel(fields: [
        FieldModel(id: "nom", label: "Indicateur", type: .text),
        FieldModel(id: "cible", label: "Cible", type: .text),
        FieldModel(id: "frequence", label: "Fréquence", type: .choice(["mensuelle", "trimestrielle"])),
        FieldModel(id: "responsable", label: "Responsable", type: .person),
    ])
    static let objectif = RecordModel(fields: [
        FieldModel(id: "intitule", label: "Objectif", type: .text),
        FieldModel(id: "indicateurs", label: "Indicateurs", type: .records(indicateur), itemLabel: "indicateur"),
    ])
    static let risque = RecordModel(fields: [
        FieldModel(id: "description", label: "Risque", type: .text),
        FieldModel(id: "responsable", label: "Responsable", type: .person),
    ])

    static let model = CharterModel(sections: [
        SectionModel(id: "objectifs", title: "Objectifs", fields: [
            FieldModel(id: "objectifs", label: "Objectifs", type: .records(objectif), itemLabel: "objectif"),
        ]),
        SectionModel(id: "gouvernance", title: "Gouvernance", fields: [
            FieldModel(id: "sponsor", label: "Sponsor", type: .person),
            FieldModel(id: "budget", label: "Budget", type: .number),
            FieldModel(id: "debut", label: "Début", type: .date),
            FieldModel(id: "fin", label: "Fin", type: .date),
            FieldModel(id: "comite", label: "Durée du comité", type: .duration),
            FieldModel(id: "valide", label: "Validé", type: .yesNo),
            FieldModel(id: "hors_perimetre", label: "Hors périmètre", type: .list(.text)),
        ]),
        SectionModel(id: "risques", title: "Risques", fields: [
            FieldModel(id: "risques", label: "Risques", type: .records(risque), itemLabel: "risque"),
        ]),
    ])

    static let lexicons: [String: [String]] = [
        "hedges": ["je pense", "peut-être", "a priori", "on verra", "à voir"],
        "dont_know": ["je ne sais pas"],
    ]

    static let env = TypeEnvironment(model: model, lexicons: Set(lexicons.keys))

    static let charter: [String: Value] = [
        "objectifs": .records([
            Record(id: "r1", fields: [
                "intitule": .text("Réduire les délais de traitement"),
                "indicateurs": .records([
                    Record(id: "r2", fields: ["nom": .text("Délai moyen"), "cible": .text("10 jours"), "responsable": .text("Claire")]),
                    Record(id: "r3", fields: ["nom": .text("Satisfaction"), "cible": .text("Je pense que ça ira mieux")]),
                ]),
            ]),
            Record(id: "r4", fields: ["intitule": .text("Former l’équipe")]),
        ]),
        "sponsor": .text("Claire Dupont"),
        "budget": .number(12000),
        "debut": .date(Day(year: 2027, month: 1, day: 10)),
        "fin": .date(Day(year: 2027, month: 6, day: 30)),
        "comite": .duration(90),
        "hors_perimetre": .list([.text("Formation des managers"), .text("Paie")]),
        "risques": .records([Record(id: "r5", fields: ["description": .text("Retard du prestataire")])]),
    ]

    static let today = Day(year: 2027, month: 3, day: 15)

    static func context(charter: [String: Value] = charter, answers: [AnswerRef] = []) -> EvaluationContext {
        EvaluationContext(model: model, charter: charter, lexicons: lexicons, today: today, answers: answers, language: .fr)
    }

    /// Parses, type-checks and evaluates `source`.
    static func eval(_ source: String, _ ctx: EvaluationContext = context(),
                     bindings: [String: ExprType] = [:]) throws -> EvalValue {
        let expr = try ExpressionParser.parse(source)
        var env = self.env
        env.bindings = bindings
        _ = try TypeChecker.check(expr, in: env)
        return Evaluator.evaluate(expr, in: ctx)
    }

    /// The error `body` throws, if any.
    static func error<T>(_ body: () throws(ExpressionError) -> T) -> ExpressionError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }
}

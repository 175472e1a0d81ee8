import AtelierCore

/// A small script covering every field type, and a charter filled in it: what fuzzed expressions
/// are checked and evaluated against, and what fuzzed journals are replayed over.
public enum FuzzFixtures {
    public static let today = Day(year: 2026, month: 11, day: 24)

    public static let script = """
    atelier: 1
    id: fuzz
    title: Fuzz
    language: fr
    duration: 30
    lexicons:
      hedges: [je pense, peut-être, à confirmer]
      dont_know: [je ne sais pas]
    charter:
      - section: objectifs
        title: Objectifs
        fields:
          - id: objectifs
            label: Objectifs
            type: records
            item: objectif
            fields:
              - { id: intitule, label: Objectif, type: text }
              - id: indicateurs
                label: Indicateurs
                type: records
                fields:
                  - { id: nom, label: Indicateur, type: text }
                  - { id: cible, label: Cible, type: text }
                  - { id: frequence, label: Fréquence, type: choice, options: [mensuelle, trimestrielle] }
          - { id: fiertes, label: Fiertés, type: list }
      - section: cadre
        title: Cadre
        fields:
          - { id: sponsor, label: Sponsor, type: person }
          - { id: debut, label: Début, type: date }
          - { id: fin, label: Fin, type: date }
          - { id: budget, label: Budget, type: number }
          - { id: duree, label: Durée, type: duration }
          - { id: valide, label: Validé, type: yesno }
          - { id: contexte, label: Contexte, type: longtext }
    phases:
      - id: ouverture
        title: Ouverture
        timebox: 10
        steps:
          - say: "Bienvenue."
          - ask: contexte
            question: "Le contexte ?"
          - check: "Le lien est créé."
            id: chk
      - id: objectifs
        title: Objectifs
        timebox: 20
        steps:
          - ask: objectifs
            question: "Vos objectifs ?"
            fields: [intitule]
          - ask: fiertes
            question: "Nous serons fiers si…"
          - ask: sponsor
            question: "Qui porte la mission ?"
          - ask: debut
            question: "Début ?"
          - ask: fin
            question: "Fin ?"
    rules:
      - id: sans-indicateur
        each: o in objectifs
        when: empty(o.indicateurs)
        ask: "Un indicateur pour « {o.intitule} » ?"
        answer: o.indicateurs
      - id: cible-floue
        each: o in objectifs, i in o.indicateurs
        when: not empty(i.cible) and not has_number(i.cible) and not has_date(i.cible)
        ask: "« {i.cible} » : un chiffre, une date ?"
        answer: i.cible
      - id: fin-avant-debut
        when: fin < debut
        ask: "La fin ({fin}) avant le début ({debut}) ?"
        answer: fin
      - id: hesitation
        each: a in answers
        when: uses(a.text, hedges)
        ask: "« {quote(a.text, hedges)} » dans « {a.text} » ?"
        answer: a
        section: objectifs
      - id: pas-de-sponsor
        when: empty(sponsor)
        ask: "Qui porte la mission ?"
        answer: sponsor
        phases: end
    """

    public static let workshop: Workshop? = WorkshopLoader.load(source: script, file: "fuzz.yaml").workshop

    /// The engine after a few answers, so that expressions see records, lists, dates and hedges.
    static let engine: Engine? = {
        guard let workshop else { return nil }
        var engine = Engine(workshop: workshop, today: today)
        let indicator = Record(id: "", fields: ["nom": .text("Délai"), "cible": .text("je pense 30 jours"),
                                                "frequence": .text("mensuelle")])
        let events: [Event.Kind] = [
            .answer(item: .step(phase: "ouverture", step: "contexte"), value: .text("Un projet né en 2025, peut-être trop tôt.")),
            .answer(item: .step(phase: "objectifs", step: "objectifs"), value: .records([
                Record(id: "", fields: ["intitule": .text("Réduire les délais"), "indicateurs": .records([indicator])]),
                Record(id: "", fields: ["intitule": .text("Ouvrir le portail")]),
            ])),
            .answer(item: .step(phase: "objectifs", step: "fiertes"), value: .list([.text("Les usagers sont contents"), .text("À confirmer")])),
            .answer(item: .step(phase: "objectifs", step: "sponsor"), value: .text("Claire Martin")),
            .answer(item: .step(phase: "objectifs", step: "debut"), value: .date(Day(year: 2027, month: 1, day: 4))),
            .answer(item: .step(phase: "objectifs", step: "fin"), value: .date(Day(year: 2026, month: 12, day: 1))),
        ]
        for (n, kind) in events.enumerated() { engine.apply(Event(kind, at: Double(n * 30))) }
        return engine
    }()

    static var environment: TypeEnvironment {
        TypeEnvironment(model: workshop?.charter ?? CharterModel(sections: []), lexicons: ["hedges", "dont_know"])
    }

    static var context: EvaluationContext {
        EvaluationContext(model: workshop?.charter ?? CharterModel(sections: []), charter: engine?.charter ?? [:],
                          lexicons: workshop?.lexicons ?? [:], today: today,
                          language: workshop?.language ?? Language.locale([:]))
    }

    public static let document: CharterDocument? = engine?.document(sessionID: "fuzz", client: "ACME", date: today)

    static func splitFirstLine(_ text: String) -> (String, String) {
        guard let newline = text.firstIndex(of: "\n") else { return (text, text) }
        return (String(text[..<newline]), String(text[text.index(after: newline)...]))
    }
}

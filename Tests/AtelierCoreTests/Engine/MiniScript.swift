@testable import AtelierCore

/// A small script exercising every engine mechanism, independent of the shipped workshops.
enum MiniScript {
    static let yaml = """
    atelier: 1
    id: mini
    title: Mini atelier
    language: fr
    duration: 30
    lexicons:
      hedges: ["je pense", "peut-être", "on verra"]
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
      - section: gouvernance
        title: Gouvernance
        fields:
          - { id: sponsor, label: Sponsor, type: person }
          - { id: cadence, label: Cadence, type: choice, options: [hebdomadaire, mensuelle] }
          - { id: debut, label: Début, type: date }
    phases:
      - id: ouverture
        title: Ouverture
        timebox: 5
        steps:
          - say: "Bienvenue."
          - check: "Le client a compris l'enjeu"
            id: chk
      - id: objectifs
        title: Objectifs
        timebox: 10
        steps:
          - ask: objectifs
            question: "Quels sont vos objectifs ?"
            fields: [intitule]
      - id: gouvernance
        title: Gouvernance
        timebox: 15
        steps:
          - ask: sponsor
            question: "Qui sponsorise la mission ?"
          - ask: cadence
            question: "À quel rythme se voir ?"
    rules:
      - id: objectif-sans-indicateur
        each: o in objectifs
        when: empty(o.indicateurs)
        ask: "Vous n'avez pas encore d'indicateur pour « {o.intitule} ». À quoi pourrait-il ressembler ?"
        answer: o.indicateurs
        phases: [objectifs]
        why: "Sans indicateur, personne ne saura dire si c'est atteint."
      - id: cible-non-mesurable
        each: o in objectifs, i in o.indicateurs
        when: not empty(i.cible) and not has_number(i.cible)
        ask: "La cible « {i.cible} » de « {i.nom} » : quel chiffre la rendrait vérifiable ?"
        answer: i.cible
        phases: [objectifs]
      - id: hesitation
        each: a in answers
        when: uses(a.text, hedges)
        ask: "Vous avez dit « {quote(a.text, hedges)} » : pouvons-nous le verrouiller ?"
        answer: a
        weight: advisory
      - id: pas-de-sponsor
        when: empty(sponsor)
        ask: "Qui portera la mission côté direction ?"
        answer: sponsor
        phases: end
    """

    static func workshop() throws -> Workshop {
        let (workshop, diagnostics) = WorkshopLoader.load(source: yaml, file: "mini.yaml")
        guard let workshop, !diagnostics.hasErrors else {
            throw MiniScriptError(diagnostics: diagnostics)
        }
        return workshop
    }

    struct MiniScriptError: Error, CustomStringConvertible {
        var diagnostics: [Diagnostic]
        var description: String { diagnostics.map { "\($0.location?.description ?? ""): \($0.message)" }.joined(separator: "\n") }
    }
}

/// Drives an engine with a fake clock: each event happens `step` seconds after the previous one.
struct EngineDriver {
    var engine: Engine
    var time: Double = 0
    var events: [Event] = []

    init(_ workshop: Workshop) {
        engine = Engine(workshop: workshop, today: Day(year: 2026, month: 11, day: 24))
    }

    var next: AgendaItem { engine.next(at: time) }

    @discardableResult
    mutating func send(_ kind: Event.Kind, after seconds: Double = 10) -> [EngineNotice] {
        time += seconds
        let event = Event(kind, at: time)
        events.append(event)
        return engine.apply(event).notices
    }

    /// Answers whatever comes next with `value`.
    @discardableResult
    mutating func answerNext(_ value: Value, after seconds: Double = 10) -> [EngineNotice] {
        send(.answer(item: next.id, value: value), after: seconds)
    }

    /// Acknowledges says and checkpoints until a question comes.
    mutating func passFormalities() {
        while true {
            let item = next
            switch item.kind {
            case .say: send(.said(item: item.id), after: 1)
            case .checkpoint: send(.checkpoint(item: item.id, ok: true), after: 1)
            default: return
            }
        }
    }

    static func objective(_ title: String, indicators: [Record] = []) -> Record {
        var fields: [String: Value] = ["intitule": .text(title)]
        if !indicators.isEmpty { fields["indicateurs"] = .records(indicators) }
        return Record(id: "", fields: fields)
    }
}

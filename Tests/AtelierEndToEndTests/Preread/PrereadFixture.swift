/// A workshop script whose pre-read questionnaire holds every kind of field (text, long text,
/// number, date, duration, yes/no, person, choice, list, list of records), and a rule that fires
/// on a pre-read answer: an objective without indicator, in the objectives phase.
enum PrereadFixture {
    static let script = #"""
atelier: 1
id: preread-complet
title: Atelier de test du questionnaire
language: fr
duration: 30
preread:
  intro: "Merci de préparer ces quelques questions <avant> l'atelier."
  due: 48h
charter:
  - section: contexte
    title: Contexte
    fields:
      - { id: intitule, label: Intitulé du projet, type: text }
      - { id: enjeux, label: Enjeux, type: longtext }
      - { id: effectif, label: Effectif concerné, type: number }
      - { id: lancement, label: Date de lancement, type: date }
      - { id: reunion, label: Durée des points, type: duration }
      - { id: budget_ok, label: Budget validé, type: yesno }
      - { id: sponsor, label: Sponsor, type: person }
      - { id: priorite, label: Priorité, type: choice, options: [haute, moyenne, basse] }
      - { id: sites, label: Sites, type: list }
  - section: objectifs
    title: Objectifs
    fields:
      - id: objectifs
        label: Objectifs
        type: records
        item: objectif
        title: intitule
        fields:
          - { id: intitule, label: Objectif, type: text }
          - { id: echeance, label: Échéance, type: date }
          - id: indicateurs
            label: Indicateurs
            type: records
            item: indicateur
            fields:
              - { id: nom, label: Indicateur, type: text }
  - section: annexe
    title: Annexe
    facilitator: true
    fields:
      - { id: observations, label: Observations, type: longtext }
phases:
  - id: contexte
    title: Contexte
    timebox: 10
    steps:
      - { ask: intitule, question: "Comment s'appelle le projet ?", preread: true, why: "Pour parler de la même chose." }
      - { ask: enjeux, question: "Quels sont les enjeux ?", preread: true }
      - { ask: effectif, question: "Combien de personnes sont concernées ?", preread: true }
      - { ask: lancement, question: "Quand le projet démarre-t-il ?", preread: true }
      - { ask: reunion, question: "Combien de temps pour un point d'avancement ?", preread: true }
      - { ask: budget_ok, question: "Le budget est-il validé ?", preread: true }
      - { ask: sponsor, question: "Qui sponsorise le projet ?", preread: true }
      - { ask: priorite, question: "Quelle priorité ?", preread: true }
      - { ask: sites, question: "Sur quels sites ?", preread: true }
  - id: objectifs
    title: Objectifs
    timebox: 15
    steps:
      - say: "Parlons maintenant des objectifs."
      - { ask: objectifs, question: "Quels sont les objectifs ?", fields: [intitule, echeance], preread: true }
  - id: conclusion
    title: Conclusion
    timebox: 5
    steps:
      - { ask: observations, question: "Observations ?" }
rules:
  - id: objectif-sans-indicateur
    each: o in objectifs
    when: empty(o.indicateurs)
    ask: "Vous n'avez pas encore d'indicateur pour « {o.intitule} ». À quoi pourrait-il ressembler ?"
    answer: o.indicateurs
    phases: [objectifs]
"""#
}

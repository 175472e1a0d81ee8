import AtelierCore

/// Charters as the engine will hand them to the exporters: a French scoping workshop (the
/// flagship) and its English counterpart.
enum Fixtures {
    typealias Doc = CharterDocument

    static let indicatorModel = RecordModel(fields: [
        FieldModel(id: "nom", label: "Indicateur", type: .text),
        FieldModel(id: "reference", label: "Référence", type: .text),
        FieldModel(id: "cible", label: "Cible", type: .text),
        FieldModel(id: "frequence", label: "Fréquence", type: .choice(["hebdomadaire", "mensuelle", "trimestrielle"])),
        FieldModel(id: "responsable", label: "Responsable", type: .person),
    ])
    static let objectiveModel = RecordModel(fields: [
        FieldModel(id: "titre", label: "Objectif", type: .text),
        FieldModel(id: "echeance", label: "Échéance", type: .date),
        FieldModel(id: "indicateurs", label: "Indicateurs de réussite", type: .records(indicatorModel), itemLabel: "indicateur"),
    ])
    static let stakeholderModel = RecordModel(fields: [
        FieldModel(id: "nom", label: "Nom", type: .person),
        FieldModel(id: "role", label: "Rôle", type: .choice(["sponsor", "chef de projet", "coordinateur", "contributeur"])),
        FieldModel(id: "email", label: "E-mail", type: .text),
        FieldModel(id: "disponibilite", label: "Disponibilité", type: .duration),
    ])
    static let riskModel = RecordModel(fields: [
        FieldModel(id: "risque", label: "Risque", type: .text),
        FieldModel(id: "mitigation", label: "Mitigation", type: .longText),
        FieldModel(id: "responsable", label: "Responsable", type: .person),
    ])
    static let stepModel = RecordModel(fields: [
        FieldModel(id: "action", label: "Action", type: .text),
        FieldModel(id: "responsable", label: "Responsable", type: .person),
        FieldModel(id: "date", label: "Date", type: .date),
    ])

    static func field(_ id: String, _ label: String, _ type: FieldType, _ value: Value?, item: String? = nil) -> Doc.Field {
        Doc.Field(model: FieldModel(id: id, label: label, type: type, itemLabel: item), value: value)
    }

    static func record(_ id: String, _ fields: [String: Value]) -> Record { Record(id: id, fields: fields) }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Value { .date(Day(year: y, month: m, day: d)) }

    static let french: CharterDocument = {
        let objectifs: Value = .records([
            record("r1", [
                "titre": .text("Réduire les délais de recrutement des coordinateurs"),
                "echeance": day(2027, 9, 30),
                "indicateurs": .records([
                    record("r2", ["nom": .text("Délai moyen de recrutement"), "reference": .text("62 jours"),
                                  "cible": .text("40 jours"), "frequence": .text("mensuelle"),
                                  "responsable": .text("Claire Martin")]),
                    record("r3", ["nom": .text("Postes ouverts depuis plus de 90 jours"), "reference": .text("7"),
                                  "cible": .text("0"), "frequence": .text("mensuelle")]),
                ]),
            ]),
            record("r4", [
                "titre": .text("Fiabiliser l'accueil des nouveaux arrivants"),
                "indicateurs": .records([
                    record("r5", ["nom": .text("Satisfaction à 3 mois"), "reference": .text("6,1/10"),
                                  "cible": .text("≥ 8/10"), "frequence": .text("trimestrielle"),
                                  "responsable": .text("Julien Robert")]),
                ]),
            ]),
        ])
        let parties: Value = .records([
            record("p1", ["nom": .text("Claire Martin"), "role": .text("sponsor"),
                          "email": .text("claire.martin@example.fr"), "disponibilite": .duration(60)]),
            record("p2", ["nom": .text("Julien Robert"), "role": .text("chef de projet"),
                          "email": .text("julien.robert@example.fr"), "disponibilite": .duration(240)]),
            record("p3", ["nom": .text("Inès Haddad"), "role": .text("coordinateur")]),
        ])
        let risques: Value = .records([
            record("k1", ["risque": .text("Indisponibilité des managers en période de clôture"),
                          "mitigation": .text("Bloquer les créneaux dès septembre.\nPrévoir un suppléant par site."),
                          "responsable": .text("Julien Robert")]),
            record("k2", ["risque": .text("Outil ATS non maîtrisé"), "responsable": .text("Inès Haddad")]),
        ])
        let etapes: Value = .records([
            record("e1", ["action": .text("Envoyer la fiche de poste validée"), "responsable": .text("Claire Martin"),
                          "date": day(2027, 3, 22)]),
            record("e2", ["action": .text("Planifier le premier comité de pilotage"), "responsable": .text("Julien Robert"),
                          "date": day(2027, 4, 1)]),
            record("e3", ["action": .text("Recenser les postes ouverts par site")]),
        ])
        let sections = [
            Doc.Section(id: "contexte", title: "Contexte et enjeux", facilitatorOnly: false, locked: true, fields: [
                field("contexte", "Contexte", .longText,
                      .text("Le réseau compte 14 sites et recrute 40 coordinateurs par an.\nLes délais s'allongent depuis 2025.")),
                field("enjeux", "Enjeux", .list(.text), .list([.text("Tenir les ouvertures de sites de l'automne"),
                                                                 .text("Limiter le recours à l'intérim")])),
            ], readiness: 1),
            Doc.Section(id: "objectifs", title: "Objectifs", facilitatorOnly: false, locked: false, fields: [
                field("objectifs", "Objectifs", .records(objectiveModel), objectifs, item: "objectif"),
                field("fiers_si", "Nous serons fiers si…", .list(.text),
                      .list([.text("les managers recommandent le processus"), .text("aucun site n'ouvre en sous-effectif")])),
            ], readiness: 0.5),
            Doc.Section(id: "perimetre", title: "Périmètre", facilitatorOnly: false, locked: false, fields: [
                field("hors_perimetre", "Hors périmètre", .list(.text), .list([])),
                field("budget", "Budget (k€)", .number, .number(85.5)),
                field("demarrage", "Démarrage", .date, day(2027, 4, 1)),
                field("comite", "Comité de pilotage mensuel", .yesNo, .bool(true)),
            ], readiness: 0.75),
            Doc.Section(id: "parties", title: "Parties prenantes", facilitatorOnly: false, locked: false, fields: [
                field("parties_prenantes", "Parties prenantes", .records(stakeholderModel), parties, item: "partie prenante"),
            ], readiness: 1),
            Doc.Section(id: "risques", title: "Risques et points à sécuriser", facilitatorOnly: false, locked: false, fields: [
                field("risques", "Risques", .records(riskModel), risques, item: "risque"),
            ], readiness: 0.5),
            Doc.Section(id: "suite", title: "Prochaines étapes", facilitatorOnly: false, locked: false, fields: [
                field("prochaines_etapes", "Prochaines étapes", .records(stepModel), etapes, item: "étape"),
            ], readiness: 0.5),
            Doc.Section(id: "animation", title: "Notes d'animation", facilitatorOnly: true, locked: false, fields: [
                field("ressenti", "Ressenti de l'animateur", .longText, .text("Sponsor très impliqué ; DRH en retrait.")),
            ], readiness: 1),
        ]
        return CharterDocument(
            workshopID: "cadrage-mission", workshopTitle: "Atelier de cadrage", language: .fr,
            sessionID: "2027-03-15-cadrage-7f3a", client: "Réseau Horizon", date: Day(year: 2027, month: 3, day: 15),
            sections: sections,
            decisions: [Doc.Decision(question: "Quel indicateur pour l'objectif « Fiabiliser l'accueil » ?",
                                     text: "Pas d'indicateur de délai pour l'accueil : la satisfaction suffit.",
                                     section: "objectifs", path: "objectifs[r4].indicateurs", time: 2_710)],
            openQuestions: [
                Doc.OpenQuestion(id: "q1", question: "Quel budget pour l'intérim en 2027 ?", owner: "Claire Martin",
                                 dontKnow: true, section: "perimetre", time: 3_300),
                Doc.OpenQuestion(id: "q2", question: "Qui pilote l'outil ATS ?", owner: nil, dontKnow: false,
                                 section: "risques", time: 5_100),
            ],
            openGaps: [
                Doc.Gap(id: "g1", rule: "indicateur-sans-responsable",
                        question: "Qui suivra l'indicateur « Postes ouverts depuis plus de 90 jours » ?",
                        weight: .blocking, section: "objectifs", asked: true),
                Doc.Gap(id: "g2", rule: "hors-perimetre-vide", question: "Qu'est-ce qui est hors du périmètre ?",
                        weight: .advisory, section: "perimetre", asked: false),
            ],
            readiness: Doc.Readiness(overall: 0.75, blockingOpen: 2, blockingClosed: 6),
            annex: Doc.Annex(
                checkpoints: [
                    Doc.CheckpointResult(phase: "Introduction", text: "L'ordre du jour a été annoncé", ok: true, time: 240),
                    Doc.CheckpointResult(phase: "Objectifs", text: "Chaque objectif a un indicateur", ok: false, time: 2_900),
                    Doc.CheckpointResult(phase: "Clôture", text: "Les prochaines étapes ont un responsable", ok: nil, time: nil),
                ],
                phases: [
                    Doc.PhaseTiming(id: "intro", title: "Introduction", timeboxMinutes: 10, spentSeconds: 540),
                    Doc.PhaseTiming(id: "objectifs", title: "Objectifs et indicateurs", timeboxMinutes: 30, spentSeconds: 2_280),
                    Doc.PhaseTiming(id: "cloture", title: "Clôture", timeboxMinutes: 10, spentSeconds: 420),
                ],
                notes: [Doc.Note(text: "Revenir sur le budget intérim avec la DAF.", time: 3_320)],
                totalSeconds: 7_020, plannedMinutes: 120),
            people: [
                Doc.Person(name: "Claire Martin", email: "claire.martin@example.fr", role: "sponsor"),
                Doc.Person(name: "Julien Robert", email: "julien.robert@example.fr", role: "chef de projet"),
                Doc.Person(name: "Inès Haddad", email: nil, role: "coordinateur"),
            ])
    }()
}

@testable import AtelierCore

extension CadrageRuleCases {
    static let newcomer = "Anne Lefèvre"

    // MARK: Rôles et gouvernance

    static let governance: [RuleCase] = [
        RuleCase(fr, "pas-de-sponsor",
                 question: "Qui, au niveau de la direction, porte cette mission et pourra arbitrer si besoin ?",
                 fill: V.t(C.sponsor)) { $0["sponsor"] = nil },
        RuleCase(fr, "pas-de-chef-de-projet",
                 question: "Qui sera garant du fond, celui ou celle qui tranche sur le contenu ?",
                 fill: V.t(C.lead)) { $0["chef_de_projet"] = nil },
        RuleCase(fr, "pas-de-coordinateur",
                 question: "Qui tiendra le cadencement et les alertes au quotidien ? Est-ce la même personne que le chef de projet ?",
                 fill: V.t(C.coordinator)) { $0["coordinateur"] = nil },
        RuleCase(fr, "sponsor-hors-parties-prenantes",
                 question: "« \(newcomer) » porte la mission, mais n'apparaît pas encore parmi les parties prenantes. Ajoutons cette personne : quelle est son organisation, et comment la solliciter ?",
                 quotes: [newcomer], fill: V.records(C.stakeholder(newcomer, role: "sponsor"))) {
            $0["sponsor"] = V.t(newcomer)
        },
        RuleCase(fr, "chef-de-projet-hors-parties-prenantes",
                 question: "« \(newcomer) » sera chef de projet, mais n'apparaît pas encore parmi les parties prenantes. Ajoutons cette personne : quelle est son organisation, et quel temps pourra-t-elle y consacrer ?",
                 quotes: [newcomer], fill: V.records(C.stakeholder(newcomer, role: "chef de projet"))) {
            $0["chef_de_projet"] = V.t(newcomer)
        },
        RuleCase(fr, "coordinateur-hors-parties-prenantes",
                 question: "« \(newcomer) » coordonnera la mission, mais n'apparaît pas encore parmi les parties prenantes. Ajoutons cette personne : quelle est son organisation, et quel temps pourra-t-elle y consacrer ?",
                 quotes: [newcomer], fill: V.records(C.stakeholder(newcomer, role: "coordinateur"))) {
            $0["coordinateur"] = V.t(newcomer)
        },
        RuleCase(fr, "disponibilite-sponsor-inconnue",
                 question: "Comment pourrons-nous solliciter « \(C.sponsor) », et à quelle fréquence ? Faut-il passer par son assistant ou son assistante ?",
                 quotes: [C.sponsor], fill: V.t("Une heure par mois, via son assistante")) {
            $0["parties_prenantes"] = C.stakeholders(sponsorAvailability: nil)
        },
        RuleCase(fr, "disponibilite-contributeur-inconnue",
                 question: "Quel temps pourra consacrer « Sophie Leroy » à la mission : une matinée par semaine, quelques heures par mois ?",
                 quotes: ["Sophie Leroy"], fill: V.t("Deux jours par mois")) {
            $0["parties_prenantes"] = C.stakeholders(extra: [C.stakeholder("Sophie Leroy", role: "contributeur", disponibilite: nil)])
        },
        RuleCase(fr, "pas-de-comite",
                 question: "Où seront prises les décisions importantes de la mission ? Qui siégerait dans ce comité de pilotage ?",
                 fill: V.t("Michel Durand et Céline Martin")) { $0["comite_pilotage"] = nil },
        RuleCase(fr, "pas-de-cadence",
                 question: "À quel rythme aimeriez-vous que l'on se retrouve : en équipe projet, en comité de pilotage ?",
                 fill: V.t("Chaque jeudi matin")) { $0["cadence"] = nil },
        RuleCase(fr, "pas-escalade",
                 question: "Si un problème bloque l'équipe, vers qui se tourne-t-on, et sous quel délai ?",
                 fill: V.t("Michel Durand, sous 48 heures")) { $0["escalade"] = nil },
        RuleCase(fr, "pas-de-reporting",
                 question: "Sous quelle forme aimeriez-vous suivre l'avancement, et qui doit la recevoir ?",
                 fill: V.t("Export PDF mensuel")) { $0["reporting"] = nil },
    ]

    // MARK: Risques, ressources et dépendances

    static let risks: [RuleCase] = [
        RuleCase(fr, "risque-sans-mitigation",
                 question: "Face à « Managers peu disponibles », qu'est-ce qui pourrait le sécuriser ?",
                 quotes: ["Managers peu disponibles"], fill: V.t("Bloquer les créneaux dès janvier")) {
            $0["risques"] = V.records(C.risk(mitigation: nil))
        },
        RuleCase(fr, "risque-sans-responsable",
                 question: "Qui gardera un œil sur « Managers peu disponibles » et donnera l'alerte s'il se concrétise ?",
                 quotes: ["Managers peu disponibles"], fill: V.t(C.coordinator)) {
            $0["risques"] = V.records(C.risk(responsable: nil))
        },
        RuleCase(fr, "dependance-sans-responsable",
                 question: "Qui suivra « Migration du SIRH » et fera le lien avec l'autre équipe ?",
                 quotes: ["Migration du SIRH"], fill: V.t(C.lead)) {
            $0["dependances"] = V.records(C.dependency(responsable: nil))
        },
        RuleCase(fr, "budget-non-defini",
                 question: "Quel budget est prévu pour la mission ? S'il n'est pas encore arrêté, qui pourra nous le confirmer, et quand ?",
                 fill: V.t("80 000 euros")) { $0["budget"] = nil },
        RuleCase(fr, "ressources-non-definies",
                 question: "Qui sera dédié à la mission, de votre côté et du nôtre, et pour combien de temps ?",
                 fill: V.t("Céline Martin à mi-temps")) { $0["ressources"] = nil },
        RuleCase(fr, "methode-non-choisie",
                 question: "Comment aimeriez-vous que l'on travaille : par grandes étapes successives, ou par itérations courtes ?",
                 fill: V.t("agile")) { $0["methode"] = nil },
    ]

    // MARK: Conclusion et prochaines étapes

    static let conclusion: [RuleCase] = [
        RuleCase(fr, "pas-de-facteur-cle",
                 question: "D'après vous, qu'est-ce qui fera que cette mission marche ?",
                 fill: V.list("Des managers impliqués")) { $0["facteurs_cles"] = nil },
        RuleCase(fr, "aucune-prochaine-etape",
                 question: "Avant de nous quitter : quelle est la toute première chose à faire, qui s'en charge, et pour quand ?",
                 fill: V.records(C.nextStep())) { $0["prochaines_etapes"] = nil },
        RuleCase(fr, "etape-sans-responsable",
                 question: "Qui se charge de « Envoyer la charte signée » ?",
                 quotes: ["Envoyer la charte signée"], fill: V.t(C.coordinator)) {
            $0["prochaines_etapes"] = V.records(C.nextStep(responsable: nil))
        },
        RuleCase(fr, "etape-sans-date",
                 question: "Pour « Envoyer la charte signée », à quelle date pouvons-nous nous engager ?",
                 quotes: ["Envoyer la charte signée"], fill: V.day("2026-11-26")) {
            $0["prochaines_etapes"] = V.records(C.nextStep(date: nil))
        },
        RuleCase(fr, "etape-date-passee",
                 question: "La date prévue pour « Envoyer la charte signée » (20/11/2026) est déjà passée. Quelle nouvelle date vous semble tenable ?",
                 quotes: ["Envoyer la charte signée"], fill: V.day("2026-11-27")) {
            $0["prochaines_etapes"] = V.records(C.nextStep(date: "2026-11-20"))
        },
    ]
}

@testable import AtelierCore

/// Every rule of `cadrage-mission.fr.yaml`, each on a charter that misses exactly what it names.
enum CadrageRuleCases {
    typealias C = CadrageCharter
    static let fr = ShippedScript.cadrageFR
    static let objective = "Réduire le délai de recrutement"
    static let indicator = "Délai moyen de recrutement"

    static let all: [RuleCase] = objectives + scope + governance + risks + conclusion

    // MARK: Objectifs et indicateurs, façon de répondre

    static let objectives: [RuleCase] = [
        RuleCase(fr, "aucun-objectif",
                 question: "Nous n'avons pas encore posé d'objectif. Si la mission réussit, qu'est-ce qui aura changé pour vous ?",
                 fill: V.records(C.objective())) { $0["objectifs"] = nil },
        RuleCase(fr, "objectif-sans-indicateur",
                 question: "Vous n'avez pas encore d'indicateur pour « Fiabiliser l'intégration des nouveaux arrivants ». À quoi pourrait-il ressembler ?",
                 quotes: ["Fiabiliser l'intégration des nouveaux arrivants"],
                 fill: V.records(C.indicator(nom: "Taux de départ pendant la période d'essai", cible: "moins de 5 %"))) {
            $0["objectifs"] = V.records(C.objective(), C.objective("Fiabiliser l'intégration des nouveaux arrivants", indicators: nil))
        },
        RuleCase(fr, "indicateur-sans-cible",
                 question: "Pour « \(indicator) », quelle valeur vous ferait dire que « \(objective) » est atteint ?",
                 quotes: [indicator, objective], fill: V.t("30 jours")) {
            $0["objectifs"] = V.records(C.objective(indicators: [C.indicator(cible: nil)]))
        },
        RuleCase(fr, "cible-non-mesurable",
                 question: "Vous visez « beaucoup plus court » pour « \(indicator) ». Le jour venu, comment saurons-nous que c'est atteint : un chiffre, un seuil, une date ?",
                 quotes: ["beaucoup plus court", indicator], fill: V.t("30 jours d'ici juin 2027")) {
            $0["objectifs"] = V.records(C.objective(indicators: [C.indicator(cible: "beaucoup plus court")]))
        },
        RuleCase(fr, "indicateur-sans-frequence",
                 question: "À quel rythme aimeriez-vous regarder « \(indicator) » : chaque semaine, chaque mois, à chaque étape clé ?",
                 quotes: [indicator], fill: V.t("mensuelle")) {
            $0["objectifs"] = V.records(C.objective(indicators: [C.indicator(frequence: nil)]))
        },
        RuleCase(fr, "indicateur-sans-responsable",
                 question: "Qui suivra « \(indicator) », et d'où viendra la donnée ?",
                 quotes: [indicator], fill: V.t("Céline Martin, depuis le SIRH")) {
            $0["objectifs"] = V.records(C.objective(indicators: [C.indicator(responsable: nil)]))
        },
        RuleCase(fr, "pas-de-fierte",
                 question: "Imaginons la fin de la mission : qu'est-ce qui vous ferait dire « nous sommes fiers de ce que nous avons fait » ?",
                 fill: V.list("Les managers recrutent sans attendre les RH")) { $0["fiertes"] = nil },
        RuleCase(fr, "reponse-hesitante",
                 question: "Pour « Budget », vous avez dit : « 80 000 euros, a priori ». Ce « a priori » laisse une porte ouverte : qu'est-ce qui nous permettrait de l'écrire sans réserve, ou qui pourra le confirmer ?",
                 quotes: ["Budget", "80 000 euros, a priori", "a priori"], fill: V.t("80 000 euros")) {
            $0["budget"] = V.t("80 000 euros, a priori")
        },
    ]

    // MARK: Périmètre, livrables et jalons

    static let scope: [RuleCase] = [
        RuleCase(fr, "pas-de-hors-perimetre",
                 question: "Qu'est-ce qui, volontairement, ne fera pas partie de la mission ?",
                 fill: V.list("Recrutement des stagiaires")) { $0["exclus"] = nil },
        RuleCase(fr, "livrable-sans-responsable",
                 question: "Qui, chez vous ou chez nous, portera « Référentiel de compétences » ?",
                 quotes: ["Référentiel de compétences"], fill: V.t(C.lead)) {
            $0["livrables"] = V.records(C.deliverable(responsable: nil))
        },
        RuleCase(fr, "livrable-sans-echeance",
                 question: "Pour « Référentiel de compétences », à quelle date vous serait-il utile de l'avoir entre les mains ?",
                 quotes: ["Référentiel de compétences"], fill: V.day("2027-03-01")) {
            $0["livrables"] = V.records(C.deliverable(echeance: nil))
        },
        RuleCase(fr, "echeance-passee",
                 question: "L'échéance de « Référentiel de compétences » (01/10/2026) est déjà passée. Est-ce un livrable déjà remis, ou une date à revoir ?",
                 quotes: ["Référentiel de compétences"], fill: V.day("2027-03-01")) {
            $0["livrables"] = V.records(C.deliverable(echeance: "2026-10-01"))
        },
        // Without milestones: with the end before the start, any milestone would fall outside the mission.
        RuleCase(fr, "fin-avant-debut",
                 question: "La fin de la mission (15/12/2026) tombe avant son début (04/01/2027). Quelle est la bonne date de fin ?",
                 fill: V.day("2027-06-30")) {
            $0["fin_mission"] = V.day("2026-12-15")
            $0["jalons"] = nil
        },
        RuleCase(fr, "jalons-desordonnes",
                 question: "Le jalon « Comité d'étape » (01/03/2027) tombe avant « Bilan » (15/06/2027), qui le précède pourtant dans la liste. Quel est le bon ordre ?",
                 quotes: ["Comité d'étape", "Bilan"], fill: V.day("2027-06-20")) {
            $0["jalons"] = .records((C.milestones + [C.milestone("Comité d'étape", "2027-03-01")]).map { Record(id: "", fields: $0) })
        },
        RuleCase(fr, "jalon-avant-debut",
                 question: "Le jalon « Préparation » (15/12/2026) tombe avant le début de la mission (04/01/2027). Faut-il déplacer le jalon, ou avancer le début ?",
                 quotes: ["Préparation"], fill: V.day("2027-01-04")) {
            $0["jalons"] = .records(([C.milestone("Préparation", "2026-12-15")] + C.milestones).map { Record(id: "", fields: $0) })
        },
        RuleCase(fr, "jalon-apres-fin",
                 question: "Le jalon « Retour d'expérience » (15/09/2027) tombe après la fin de la mission (30/06/2027). Faut-il l'avancer, ou prolonger la mission ?",
                 quotes: ["Retour d'expérience"], fill: V.day("2027-06-30")) {
            $0["jalons"] = .records((C.milestones + [C.milestone("Retour d'expérience", "2027-09-15")]).map { Record(id: "", fields: $0) })
        },
    ]
}

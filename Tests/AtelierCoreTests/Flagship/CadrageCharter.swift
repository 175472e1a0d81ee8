@testable import AtelierCore

/// A complete charter for `cadrage-mission.fr.yaml`: no rule of the script fires on it (the
/// session's day is 2026-11-24, see `EngineDriver`). Builders take nil for "not answered".
enum CadrageCharter {
    static let sponsor = "Michel Durand"
    static let lead = "Céline Martin"
    static let coordinator = "Paul Bernard"

    static func indicator(nom: String = "Délai moyen de recrutement", cible: String? = "30 jours",
                          frequence: String? = "mensuelle", responsable: String? = lead) -> [String: Value] {
        fields(["nom": V.t(nom), "reference": V.t("60 jours"), "cible": cible.map(V.t),
                "frequence": frequence.map(V.t), "responsable": responsable.map(V.t)])
    }

    static func objective(_ title: String = "Réduire le délai de recrutement",
                          indicators: [[String: Value]]? = [indicator()]) -> [String: Value] {
        fields(["intitule": V.t(title), "indicateurs": indicators.map { .records($0.map { Record(id: "", fields: $0) }) }])
    }

    static func deliverable(responsable: String? = lead, echeance: String? = "2027-03-01") -> [String: Value] {
        fields(["livrable": V.t("Référentiel de compétences"), "responsable": responsable.map(V.t),
                "echeance": echeance.map(V.day)])
    }

    static func milestone(_ name: String, _ date: String) -> [String: Value] {
        ["jalon": V.t(name), "date": V.day(date), "points_etape": V.t("Tous les mois en CODIR projets")]
    }

    static let milestones = [milestone("Lancement", "2027-01-04"), milestone("Bilan", "2027-06-15")]

    static func stakeholder(_ name: String, role: String, disponibilite: String? = "Une matinée par semaine") -> [String: Value] {
        fields(["nom": V.t(name), "organisation": V.t("Direction des ressources humaines"), "role": V.t(role),
                "email": V.t("contact@client.example"), "disponibilite": disponibilite.map(V.t)])
    }

    static func stakeholders(sponsorAvailability: String? = "Une heure par mois, via son assistante",
                             extra: [[String: Value]] = []) -> Value {
        .records(([stakeholder(sponsor, role: "sponsor", disponibilite: sponsorAvailability),
                   stakeholder(lead, role: "chef de projet"),
                   stakeholder(coordinator, role: "coordinateur")] + extra).map { Record(id: "", fields: $0) })
    }

    static func risk(mitigation: String? = "Bloquer les créneaux dès janvier", responsable: String? = coordinator) -> [String: Value] {
        fields(["risque": V.t("Managers peu disponibles"), "mitigation": mitigation.map(V.t),
                "responsable": responsable.map(V.t)])
    }

    static func dependency(responsable: String? = lead) -> [String: Value] {
        fields(["dependance": V.t("Migration du SIRH"), "responsable": responsable.map(V.t)])
    }

    static func nextStep(responsable: String? = coordinator, date: String? = "2026-11-26") -> [String: Value] {
        fields(["action": V.t("Envoyer la charte signée"), "responsable": responsable.map(V.t), "date": date.map(V.day)])
    }

    static let complete: [String: Value] = [
        "contexte": V.t("Les délais de recrutement ont doublé en deux ans."),
        "enjeux": V.t("Garder les meilleurs candidats, qui partent chez nos concurrents."),
        "objectifs": V.records(objective()),
        "fiertes": V.list("Les managers recrutent sans attendre les RH"),
        "inclus": V.list("Recrutement des cadres"),
        "exclus": V.list("Recrutement des stagiaires"),
        "debut_mission": V.day("2027-01-04"),
        "fin_mission": V.day("2027-06-30"),
        "livrables": V.records(deliverable()),
        "jalons": .records(milestones.map { Record(id: "", fields: $0) }),
        "parties_prenantes": stakeholders(),
        "sponsor": V.t(sponsor),
        "chef_de_projet": V.t(lead),
        "coordinateur": V.t(coordinator),
        "comite_pilotage": V.t("Michel Durand, Céline Martin et Paul Bernard : arbitre les priorités"),
        "cadence": V.t("Équipe projet chaque jeudi matin, comité de pilotage mensuel"),
        "reporting": V.t("Export PDF mensuel pour tous"),
        "escalade": V.t("Paul Bernard, puis Michel Durand sous 48 heures"),
        "risques": V.records(risk()),
        "dependances": V.records(dependency()),
        "budget": V.t("80 000 euros"),
        "ressources": V.t("Céline Martin à mi-temps, deux consultants"),
        "methode": V.t("agile"),
        "outils": V.list("Jira", "Teams"),
        "facteurs_cles": V.list("Des managers impliqués"),
        "prochaines_etapes": V.records(nextStep()),
    ]
}

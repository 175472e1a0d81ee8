/// The rules PRODUCT.md says the flagship script must carry ("Rules the flagship script must
/// carry"), each with the rule ids that implement it in the French and the English script.
struct ProductRule: Sendable, CustomStringConvertible {
    var name: String
    var fr: [String]
    var en: [String]

    var description: String { name }

    static let all: [ProductRule] = [
        .init(name: "objective without indicator", fr: ["objectif-sans-indicateur"], en: ["objective-without-indicator"]),
        .init(name: "indicator without target", fr: ["indicateur-sans-cible"], en: ["indicator-without-target"]),
        .init(name: "indicator without frequency", fr: ["indicateur-sans-frequence"], en: ["indicator-without-frequency"]),
        .init(name: "indicator without owner/source", fr: ["indicateur-sans-responsable"], en: ["indicator-without-owner"]),
        .init(name: "target not measurable", fr: ["cible-non-mesurable"], en: ["target-not-measurable"]),
        .init(name: "hedging answer", fr: ["reponse-hesitante"], en: ["hedging-answer"]),
        .init(name: "deliverable without owner", fr: ["livrable-sans-responsable"], en: ["deliverable-without-owner"]),
        .init(name: "deliverable without due date", fr: ["livrable-sans-echeance"], en: ["deliverable-without-due-date"]),
        .init(name: "milestone dates out of order", fr: ["jalons-desordonnes"], en: ["milestones-out-of-order"]),
        .init(name: "milestone outside the mission", fr: ["jalon-avant-debut", "jalon-apres-fin", "fin-avant-debut"],
              en: ["milestone-before-start", "milestone-after-end", "end-before-start"]),
        .init(name: "risk without mitigation", fr: ["risque-sans-mitigation"], en: ["risk-without-mitigation"]),
        .init(name: "risk without owner", fr: ["risque-sans-responsable"], en: ["risk-without-owner"]),
        .init(name: "no steering body", fr: ["pas-de-comite"], en: ["no-steering-committee"]),
        .init(name: "no cadence", fr: ["pas-de-cadence"], en: ["no-cadence"]),
        .init(name: "no escalation path", fr: ["pas-escalade"], en: ["no-escalation"]),
        .init(name: "no project lead", fr: ["pas-de-chef-de-projet"], en: ["no-project-lead"]),
        .init(name: "no sponsor", fr: ["pas-de-sponsor"], en: ["no-sponsor"]),
        .init(name: "a role given to someone who is not among the stakeholders",
              fr: ["sponsor-hors-parties-prenantes", "chef-de-projet-hors-parties-prenantes", "coordinateur-hors-parties-prenantes"],
              en: ["sponsor-not-a-stakeholder", "project-lead-not-a-stakeholder", "coordinator-not-a-stakeholder"]),
        .init(name: "next step without owner", fr: ["etape-sans-responsable"], en: ["next-step-without-owner"]),
        .init(name: "next step without date", fr: ["etape-sans-date"], en: ["next-step-without-date"]),
        .init(name: "no out-of-scope item", fr: ["pas-de-hors-perimetre"], en: ["no-out-of-scope"]),
        .init(name: "budget undefined", fr: ["budget-non-defini"], en: ["no-budget"]),
        .init(name: "resources undefined", fr: ["ressources-non-definies"], en: ["no-resources"]),
        .init(name: "no satisfaction criterion", fr: ["pas-de-fierte"], en: ["no-proud-if"]),
        .init(name: "contributor availability unknown", fr: ["disponibilite-contributeur-inconnue"], en: ["contributor-availability-unknown"]),
        .init(name: "sponsor availability unknown", fr: ["disponibilite-sponsor-inconnue"], en: ["sponsor-availability-unknown"]),
        .init(name: "dependency without owner", fr: ["dependance-sans-responsable"], en: ["dependency-without-owner"]),
    ]
}

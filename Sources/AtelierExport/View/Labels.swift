import AtelierCore

/// The words the exports print around the client's text, in the workshop's language.
struct Labels: Sendable {
    let charter: String
    let preparedFor: String
    let readiness: String
    let blockingOpen: String
    let blockingClosed: String
    /// The singular forms, for a count that takes one (0 and 1 in French, 1 in English).
    let blockingOpenOne: String
    let blockingClosedOne: String
    let locked: String
    let notAnswered: String
    let decisions: String
    let decisionAbout: String
    /// Printed before a decision shown where the data it stands for would be.
    let decision: String
    let openQuestions: String
    let owner: String
    let ownerUnknown: String
    let dontKnow: String
    let parked: String
    let openGaps: String
    let blocking: String
    let advisory: String
    let asked: String
    let notAsked: String
    let people: String
    let email: String
    let role: String
    let annex: String
    let checkpoints: String
    let phase: String
    let timing: String
    let timebox: String
    let spent: String
    let over: String
    let notes: String
    let time: String
    let total: String
    let yes: String
    let no: String
    let unanswered: String
    let section: String
    let question: String
    let greeting: String
    let intro: String
    let confirmReceipt: String
    let attached: String
    let signature: String
    let subjectPrefix: String
    let fileName: String
    let colon: String

    static func of(_ language: Language) -> Labels {
        switch language {
        case .fr: french
        case .en: english
        }
    }

    static let french = Labels(
        charter: "Charte de mission", preparedFor: "Client", readiness: "Complétude",
        blockingOpen: "points bloquants ouverts", blockingClosed: "points bloquants traités",
        blockingOpenOne: "point bloquant ouvert", blockingClosedOne: "point bloquant traité",
        locked: "validée", notAnswered: "Non renseigné", decisions: "Décisions", decisionAbout: "Question",
        decision: "Décision", openQuestions: "Questions ouvertes", owner: "Qui répondra", ownerUnknown: "à désigner",
        dontKnow: "ne sait pas encore", parked: "mise de côté", openGaps: "Points à compléter",
        blocking: "bloquant", advisory: "conseillé", asked: "posée", notAsked: "pas encore posée",
        people: "Participants", email: "E-mail", role: "Rôle", annex: "Annexe animateur",
        checkpoints: "Points de contrôle", phase: "Phase", timing: "Temps passé par phase",
        timebox: "Prévu", spent: "Passé", over: "dépassement", notes: "Notes", time: "Moment",
        total: "Durée totale", yes: "Oui", no: "Non", unanswered: "—", section: "Section",
        question: "Question", greeting: "Bonjour,",
        intro: "Merci pour cet atelier. Voici le compte rendu de nos échanges ; la charte complète est en pièce jointe.",
        confirmReceipt: "Pourriez-vous nous confirmer la bonne réception de ce compte rendu ?",
        attached: "Pièce jointe", signature: "Bien cordialement,", subjectPrefix: "Compte rendu",
        fileName: "Charte", colon: "\u{00A0}:")

    static let english = Labels(
        charter: "Mission charter", preparedFor: "Client", readiness: "Readiness",
        blockingOpen: "blocking points open", blockingClosed: "blocking points closed",
        blockingOpenOne: "blocking point open", blockingClosedOne: "blocking point closed",
        locked: "locked", notAnswered: "Not answered", decisions: "Decisions", decisionAbout: "Question",
        decision: "Decision", openQuestions: "Open questions", owner: "Who will answer", ownerUnknown: "to be named",
        dontKnow: "not known yet", parked: "parked", openGaps: "Points to complete",
        blocking: "blocking", advisory: "advisory", asked: "asked", notAsked: "not asked yet",
        people: "Participants", email: "E-mail", role: "Role", annex: "Facilitator annex",
        checkpoints: "Checkpoints", phase: "Phase", timing: "Time spent per phase",
        timebox: "Planned", spent: "Spent", over: "over time", notes: "Notes", time: "Time",
        total: "Total time", yes: "Yes", no: "No", unanswered: "—", section: "Section",
        question: "Question", greeting: "Hello,",
        intro: "Thank you for the workshop. Here is the summary of our discussion; the full charter is attached.",
        confirmReceipt: "Could you please confirm that you have received this summary?",
        attached: "Attachment", signature: "Best regards,", subjectPrefix: "Summary",
        fileName: "Charter", colon: ":")

    /// "1 point bloquant ouvert", "23 points bloquants traités", "0 blocking points open": French
    /// takes the singular below 2, English only for 1.
    func count(_ n: Int, one: String, other: String, _ language: Language) -> String {
        let singular = language == .fr ? abs(n) < 2 : abs(n) == 1
        return "\(n) \(singular ? one : other)"
    }

    /// Every label by the key templates use (`{{labels.open_questions}}`).
    var dictionary: [String: String] {
        [
            "charter": charter, "prepared_for": preparedFor, "readiness": readiness,
            "blocking_open": blockingOpen, "blocking_closed": blockingClosed,
            "blocking_open_one": blockingOpenOne, "blocking_closed_one": blockingClosedOne, "locked": locked,
            "not_answered": notAnswered, "decisions": decisions, "decision_about": decisionAbout, "decision": decision,
            "open_questions": openQuestions, "owner": owner, "owner_unknown": ownerUnknown,
            "dont_know": dontKnow, "parked": parked, "open_gaps": openGaps, "blocking": blocking,
            "advisory": advisory, "asked": asked, "not_asked": notAsked, "people": people, "email": email,
            "role": role, "annex": annex, "checkpoints": checkpoints, "phase": phase, "timing": timing,
            "timebox": timebox, "spent": spent, "over": over, "notes": notes, "time": time, "total": total,
            "yes": yes, "no": no, "section": section, "question": question, "greeting": greeting,
            "intro": intro, "confirm_receipt": confirmReceipt, "attached": attached, "signature": signature,
            "colon": colon,
        ]
    }
}

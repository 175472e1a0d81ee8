import AtelierCore

/// Every sentence of the pre-read questionnaire and of the e-mail that carries it, in French and
/// English: one table per language, the same keys in both. `{name}` placeholders are filled by `text`.
package struct PrereadText: Sendable {
    package enum Key: String, CaseIterable, Sendable {
        case kicker, forClient, dueBefore, noDue, defaultIntro, howTo, whyLabel, hintLabel, addLine, addItem, removeItem
        case itemNumber, yes, no, save, print, saved, savedNamed, restored, invalidNumber, invalidDuration, invalidDate
        case fixFirst, emptyNothing, footer, paperNote, durationPlaceholder, numberPlaceholder, questionCount
        case mailSubject, mailGreeting, mailIntro, mailDue, mailHow, mailPaper, mailConfirm, mailSignature, mailAttached
    }

    let language: Language
    private let table: [Key: String]

    package init(_ language: Language) {
        self.language = language
        self.table = language == .fr ? Self.french.mapValues(Typography.french) : Self.english
    }

    /// True when the table has a sentence for every key (checked by the tests for both languages).
    var isComplete: Bool { Key.allCases.allSatisfy { table[$0] != nil } }

    /// The sentence for `key`, with `{name}` placeholders replaced.
    package func text(_ key: Key, _ values: [String: String] = [:]) -> String {
        var out = table[key] ?? key.rawValue
        for (name, value) in values { out = out.replacingOccurrences(of: "{\(name)}", with: value) }
        return out
    }

    static let french: [Key: String] = [
        .kicker: "Questionnaire préalable",
        .forClient: "Pour {client}",
        .dueBefore: "À nous renvoyer au plus tard le {date}.",
        .noDue: "À nous renvoyer avant l'atelier.",
        .defaultIntro: "Pour que notre atelier se consacre à ce qui compte, nous vous proposons de réfléchir dès maintenant à quelques questions. Répondez avec vos mots : il n'y a pas de mauvaise réponse, et nous compléterons ensemble le jour de l'atelier.",
        .howTo: "Remplissez ce que vous pouvez, puis cliquez sur « Enregistrer mes réponses » : votre navigateur enregistre un petit fichier, à nous renvoyer en pièce jointe. Rien n'est envoyé sur Internet. Vous pouvez aussi imprimer cette page et la remplir à la main.",
        .whyLabel: "Pourquoi nous posons cette question",
        .hintLabel: "Conseil",
        .addLine: "Ajouter une ligne",
        .addItem: "Ajouter : {item}",
        .removeItem: "Retirer",
        .itemNumber: "{item} {n}",
        .yes: "Oui", .no: "Non",
        .save: "Enregistrer mes réponses",
        .print: "Imprimer",
        .saved: "Vos réponses sont enregistrées dans le fichier « {file} » (dossier Téléchargements) : envoyez-le-nous en pièce jointe.",
        .savedNamed: "Fichier enregistré : {file}",
        .restored: "Vos réponses en cours ont été retrouvées dans ce navigateur.",
        .invalidNumber: "Un nombre, par exemple 12 ou 3,5.",
        .invalidDuration: "Une durée, par exemple 48h, 1h30 ou 30 min.",
        .invalidDate: "Une date, par exemple 15/03/2027.",
        .fixFirst: "Quelques réponses sont à corriger (signalées en rouge) avant d'enregistrer.",
        .emptyNothing: "Aucune réponse n'est encore saisie.",
        .footer: "Questionnaire préparé avec Atelier. Vos réponses restent sur votre ordinateur jusqu'à ce que vous nous envoyiez le fichier.",
        .paperNote: "Version papier : écrivez vos réponses dans les cadres, ajoutez des lignes au dos si besoin, et renvoyez-nous une photo ou un scan.",
        .durationPlaceholder: "ex. 48h, 1h30, 30 min",
        .numberPlaceholder: "ex. 12 ou 3,5",
        .questionCount: "{count} questions",
        .mailSubject: "Questionnaire préalable — {workshop}",
        .mailGreeting: "Bonjour,",
        .mailIntro: "En vue de notre atelier « {workshop} », vous trouverez en pièce jointe un court questionnaire préalable. Il nous permettra de consacrer notre temps ensemble à ce qui reste à construire, plutôt qu'à reprendre ce que vous savez déjà.",
        .mailDue: "Pourriez-vous nous le renvoyer au plus tard le {date} ?",
        .mailHow: "Ouvrez la pièce jointe « {file} » dans votre navigateur (aucune installation, aucune connexion nécessaire), répondez avec vos mots, puis cliquez sur « Enregistrer mes réponses » et renvoyez-nous le fichier enregistré en répondant à cet e-mail.",
        .mailPaper: "Vous préférez le papier ? Imprimez la page, remplissez-la à la main et renvoyez-nous-en un scan ou une photo.",
        .mailConfirm: "Pourriez-vous nous confirmer la bonne réception de ce message ?",
        .mailSignature: "Bien cordialement,",
        .mailAttached: "Pièce jointe",
    ]

    static let english: [Key: String] = [
        .kicker: "Pre-read questionnaire",
        .forClient: "For {client}",
        .dueBefore: "Please send it back by {date}.",
        .noDue: "Please send it back before the workshop.",
        .defaultIntro: "So that our workshop can focus on what matters, we invite you to think about a few questions now. Answer in your own words: there are no wrong answers, and we will complete everything together on the day.",
        .howTo: "Fill in what you can, then click “Save my answers”: your browser saves a small file, to send back to us as an attachment. Nothing is sent over the internet. You can also print this page and fill it in by hand.",
        .whyLabel: "Why we ask",
        .hintLabel: "Tip",
        .addLine: "Add a line",
        .addItem: "Add: {item}",
        .removeItem: "Remove",
        .itemNumber: "{item} {n}",
        .yes: "Yes", .no: "No",
        .save: "Save my answers",
        .print: "Print",
        .saved: "Your answers are saved in the file “{file}” (Downloads folder): please send it to us as an attachment.",
        .savedNamed: "File saved: {file}",
        .restored: "Your answers in progress were found in this browser.",
        .invalidNumber: "A number, for example 12 or 3.5.",
        .invalidDuration: "A duration, for example 48h, 1h30 or 30 min.",
        .invalidDate: "A date, for example 2027-03-15.",
        .fixFirst: "A few answers need correcting (shown in red) before saving.",
        .emptyNothing: "No answer has been typed yet.",
        .footer: "Questionnaire prepared with Atelier. Your answers stay on your computer until you send us the file.",
        .paperNote: "Paper version: write your answers in the boxes, use the back if needed, and send us a photo or a scan.",
        .durationPlaceholder: "e.g. 48h, 1h30, 30 min",
        .numberPlaceholder: "e.g. 12 or 3.5",
        .questionCount: "{count} questions",
        .mailSubject: "Pre-read questionnaire — {workshop}",
        .mailGreeting: "Hello,",
        .mailIntro: "Ahead of our workshop “{workshop}”, please find attached a short pre-read questionnaire. It lets us spend our time together on what is still to be built, rather than on going over what you already know.",
        .mailDue: "Could you send it back to us by {date}?",
        .mailHow: "Open the attachment “{file}” in your browser (nothing to install, no connection needed), answer in your own words, then click “Save my answers” and send us the saved file by replying to this e-mail.",
        .mailPaper: "Prefer paper? Print the page, fill it in by hand and send us a scan or a photo.",
        .mailConfirm: "Could you confirm that you received this message?",
        .mailSignature: "Best regards,",
        .mailAttached: "Attachment",
    ]
}

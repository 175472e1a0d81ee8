/// A whole workshop of `workshops/cadrage-mission.fr.yaml` answered as a client would, in turns:
/// the lines that answer one agenda item, and a piece of the text Atelier prints once that answer
/// is journaled (the next question). Lists and long texts end with an empty line; records are
/// typed field after field, an empty first field ends them.
struct AnswerTurn {
    var lines: [String]
    /// Printed only after the turn's answer was written to the journal: the next question.
    var next: String
}

enum FlagshipAnswers {
    /// The date typed wrong on purpose (a 13th month): refused, then typed again.
    static let malformedDate = "32/13/2027"

    static let turns: [AnswerTurn] = [
        AnswerTurn(lines: ["o"], next: "Le client a compris pourquoi on prend le temps"),
        AnswerTurn(lines: ["o"], next: "La structure de l'atelier a été annoncée"),
        AnswerTurn(lines: ["o"], next: "Racontez-nous comment ce projet est né"),
        AnswerTurn(lines: ["Le projet est né d’une fusion de deux agences.", "Deux équipes à réunir, « ça dépend » des sites.", ""],
                   next: "Qu'est-ce qui se joue pour vous"),
        AnswerTurn(lines: ["Réussir la rentrée ; sinon, des postes vacants à Noël.", ""], next: "Formulons-le en objectifs"),
        AnswerTurn(lines: ["Réduire le délai de recrutement", "Ouvrir le vivier", ""],
                   next: "Vous n'avez pas encore d'indicateur pour « Réduire le délai de recrutement »"),
        AnswerTurn(lines: ["Délai moyen de recrutement", "45 jours", "30 jours", "mensuelle", "Céline Fabre", ""],
                   next: "Vous n'avez pas encore d'indicateur pour « Ouvrir le vivier »"),
        AnswerTurn(lines: ["Nombre de candidatures", "120 par an", "je pense 200 par an", "2", "Marc Dupont", ""],
                   next: "vous avez dit : « je pense 200 par an »"),
        AnswerTurn(lines: ["200 par an, confirmé par la DRH"], next: "Complétez la phrase"),
        AnswerTurn(lines: ["Des recrutements plus rapides et sereins.", "Une équipe fière de son vivier.", ""],
                   next: "Sur les objectifs et leurs cibles"),
        AnswerTurn(lines: ["o"], next: "Qu'est-ce qui fait clairement partie de la mission"),
        AnswerTurn(lines: ["Le recrutement des cadres", "Le vivier des alternants", ""], next: "Et qu'est-ce qui, volontairement"),
        AnswerTurn(lines: ["La paie", ""], next: "À partir de quand la mission démarre"),
        AnswerTurn(lines: [malformedDate, "15/03/2027"], next: "Et à quelle date aimeriez-vous"),
        AnswerTurn(lines: ["2027-09-30"], next: "Qu'est-ce que vous aurez entre les mains"),
        AnswerTurn(lines: ["Diagnostic", "Céline Fabre", "30/04/2027", ""], next: "Quels sont les grands rendez-vous"),
        AnswerTurn(lines: ["Lancement", "2027-03-20", "tous les mois en CODIR", ""], next: "Qui sera autour de la table"),
        AnswerTurn(lines: ["Céline Fabre", "DRH", "1", "celine@example.fr", "une matinée par semaine",
                           "Marc Dupont", "Recrutement", "2", "marc@example.fr", "deux jours par semaine", ""],
                   next: "Qui, au niveau de la direction, porte cette mission et pourra arbitrer ?"),
        AnswerTurn(lines: ["Céline Fabre"], next: "Qui sera garant du fond"),
        AnswerTurn(lines: ["Marc Dupont"], next: "Qui tiendra le cadencement"),
        AnswerTurn(lines: ["Marc Dupont"], next: "Où seront prises les décisions importantes ? Qui"),
        AnswerTurn(lines: ["Le CODIR, une fois par mois"], next: "À quel rythme aimeriez-vous"),
        AnswerTurn(lines: ["équipe projet chaque jeudi"], next: "Comment aimeriez-vous suivre l'avancement"),
        AnswerTurn(lines: ["export PDF mensuel"], next: "Si un problème bloque l'équipe"),
        AnswerTurn(lines: ["Céline Fabre sous 48 heures", ""], next: "Chacun a compris la différence entre les rôles"),
        AnswerTurn(lines: ["o"], next: "Le temps est tenu"),
        AnswerTurn(lines: ["o"], next: "Qu'est-ce qui pourrait empêcher la mission de réussir"),
        AnswerTurn(lines: ["Départ de recruteurs", "Binôme sur chaque poste", "Marc Dupont", ""], next: "De quels autres projets"),
        AnswerTurn(lines: ["Le SIRH", "Marc Dupont", ""], next: "Quel budget est prévu pour la mission ? Et"),
        AnswerTurn(lines: ["80 000 euros"], next: "Qui sera dédié à la mission"),
        AnswerTurn(lines: ["Deux recruteurs à mi-temps", ""], next: "Comment aimeriez-vous que l'on travaille"),
        AnswerTurn(lines: ["2"], next: "Avec quels outils"),
        AnswerTurn(lines: ["Trello", "Teams", ""], next: "Le client est au clair sur les ressources"),
        AnswerTurn(lines: ["o"], next: "qu'est-ce qui fera que cette mission marche"),
        AnswerTurn(lines: ["La disponibilité du CODIR", ""], next: "Quelle est la prochaine action"),
        AnswerTurn(lines: ["Envoyer la charte", "Marc Dupont", "2027-03-16", ""], next: "Le client n'a plus d'objection"),
        AnswerTurn(lines: ["o"], next: "Le client a compris la méthode"),
        AnswerTurn(lines: ["o"], next: "Le client a compris l'intérêt des prochaines étapes"),
        AnswerTurn(lines: ["o"], next: "Le compte rendu est prêt à partir"),
        AnswerTurn(lines: ["o"], next: "L'atelier s'est terminé à l'heure"),
        AnswerTurn(lines: ["o"], next: "L'atelier est terminé : toutes les questions ont été abordées"),
    ]

    /// Every line, in order, as piped to `atelier run`.
    static var lines: [String] { linesWithATypo.filter { $0 != malformedDate } }

    static var text: String { lines.map { $0 + "\n" }.joined() }

    /// The same, with the malformed date typed first (refused, then typed again): the piped run
    /// names its line and ends with status 1 (issue 10).
    static var linesWithATypo: [String] { turns.flatMap(\.lines) }

    static var textWithATypo: String { linesWithATypo.map { $0 + "\n" }.joined() }

    /// The answers a client gave in words (not the "o" of checkpoints, the numbers that pick a
    /// choice, nor the date refused), as the session stores them (dates typed the French way,
    /// 15/03/2027, are kept in ISO form): each must be found in the saved session.
    static var clientWords: [String] {
        lines.filter { $0.count > 2 && $0 != malformedDate }.map { line in
            let parts = line.split(separator: "/")
            guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return line }
            return "\(parts[2])-\(parts[1])-\(parts[0])"
        }
    }

    /// The scripted questions of the flagship, in the order a full session asks them.
    static let scriptedQuestions = [
        "Racontez-nous comment ce projet est né : qu'est-ce qui fait qu'on en parle aujourd'hui ?",
        "Qu'est-ce qui se joue pour vous, pour vos équipes, pour vos usagers, si ce projet réussit ? Et s'il n'aboutit pas ?",
        "Si la mission réussit, qu'est-ce qui aura changé ? Formulons-le en objectifs, un par un.",
        "Projetons-nous à la fin de la mission. Complétez la phrase : « Nous serons fiers si… »",
        "Qu'est-ce qui fait clairement partie de la mission ?",
        "Et qu'est-ce qui, volontairement, n'en fera pas partie ?",
        "À partir de quand la mission démarre-t-elle ?",
        "Et à quelle date aimeriez-vous qu'elle soit terminée ?",
        "Qu'est-ce que vous aurez entre les mains au fil de la mission ? Pour chaque livrable : qui le porte, et pour quand ?",
        "Quels sont les grands rendez-vous de la mission, et quels points d'étape réguliers voulez-vous d'ici là ?",
        "Qui sera autour de la table pendant la mission ?",
        "Qui, au niveau de la direction, porte cette mission et pourra arbitrer ?",
        "Qui sera garant du fond, et choisira qui inviter aux travaux ?",
        "Qui tiendra le cadencement et donnera l'alerte quand ça coince ?",
        "Où seront prises les décisions importantes ? Qui siégerait dans ce comité de pilotage ?",
        "À quel rythme aimeriez-vous que l'on se retrouve : en équipe projet, en comité de pilotage ?",
        "Comment aimeriez-vous suivre l'avancement, et qui doit le recevoir ?",
        "Si un problème bloque l'équipe, vers qui se tourne-t-on, et sous quel délai ?",
        "Qu'est-ce qui pourrait empêcher la mission de réussir ?",
        "De quels autres projets, équipes ou décisions la mission dépend-elle ? Qui fera le lien ?",
        "Quel budget est prévu pour la mission ? Et s'il n'est pas encore arrêté, qui pourra nous le confirmer, et quand ?",
        "Qui sera dédié à la mission, de votre côté et du nôtre, et pour combien de temps ?",
        "Comment aimeriez-vous que l'on travaille : par grandes étapes successives, ou par itérations courtes ?",
        "Avec quels outils suivrons-nous les tâches, échangerons-nous et partagerons-nous les documents ?",
        "D'après vous, qu'est-ce qui fera que cette mission marche ?",
        "Quelle est la prochaine action, qui s'en charge, et pour quand ?",
    ]
}

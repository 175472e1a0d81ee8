extension StoreMessage {
    static let french: [StoreMessage: String] = [
        .notFound: "fichier de session introuvable",
        .permissionDenied: "Atelier n'a pas le droit de lire ce fichier (permissions du fichier)",
        .isDirectory: "c'est un dossier, pas un fichier de session",
        .inUse: "cette session est déjà ouverte par un autre Atelier ; fermez-le d'abord",
        .closed: "cette session est déjà fermée",
        .unreadable: "lecture impossible : {reason}",
        .alreadyExists: "ce fichier existe déjà ; une nouvelle session n'écrase jamais un fichier (pour la continuer : {resume})",
        .cannotCreate: "impossible de créer le fichier de session : {reason}",
        .diskFull: "le disque est plein : {kept}",
        .readOnly: "le fichier de session ou son dossier est en lecture seule : {kept}",
        .writeFailed: "l'écriture a échoué ({reason}) : {kept}",
        .keptNone: "impossible d'écrire dans « {path} »",
        .keptOne: "la dernière réponse est gardée en mémoire et sera écrite {when}",
        .keptOther: "les {count} dernières réponses sont gardées en mémoire et seront écrites {when}",
        .whenPossible: "dès que possible",
        .whenWritable: "dès qu'il sera de nouveau accessible en écriture",
        .whenNextEntry: "à la prochaine saisie",
        .unsavedOne: "la dernière réponse n'a pas pu être écrite dans « {path} »",
        .unsavedOther: "les {count} dernières réponses n'ont pas pu être écrites dans « {path} »",
    ]
}

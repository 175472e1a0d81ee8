import AtelierCore

/// Why a session file could not be read or written. Each case is one sentence for the consultant,
/// in French or English (`message(_:)`). Write failures keep the session usable: what was typed
/// stays in memory (`pending` events) and is written as soon as the disk accepts it.
public enum StoreError: Error, Sendable, Hashable {
    /// There is no file at `path`.
    case notFound(path: String)
    /// The system refuses to let Atelier read `path` (file permissions).
    case permissionDenied(path: String)
    /// `path` is a folder, not a session file.
    case isDirectory(path: String)
    /// Reading `path` failed for another reason (`errno` says which).
    case unreadable(path: String, errno: Int32)
    /// A file already exists at `path`: a new session never overwrites a file.
    case alreadyExists(path: String)
    /// The session file or its folder could not be created (`errno` says why).
    case cannotCreate(path: String, errno: Int32)
    /// Another Atelier process has this session open right now.
    case inUse(path: String)
    /// The disk is full; the last `pending` events are kept in memory and written when possible.
    case diskFull(path: String, pending: Int)
    /// The file, its folder or the disk is read-only; the last `pending` events are kept in memory.
    case readOnly(path: String, pending: Int)
    /// Writing failed for another reason (an I/O error…); the last `pending` events are kept in memory.
    case writeFailed(path: String, pending: Int, errno: Int32)
    /// The session is being closed while `pending` events still could not be written.
    case unsaved(path: String, pending: Int)
    /// The session was already closed; nothing more can be written to it.
    case closed(path: String)
    /// The file was read but its content is damaged or belongs to another script.
    case journal(JournalError)

    /// One sentence (the `journal` case keeps its `SESSION:LINE: error:` form).
    public func message(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case let .notFound(path):
            return fr ? "Il n'y a pas de fichier de session « \(path) »." : "There is no session file “\(path)”."
        case let .permissionDenied(path):
            return fr ? "Atelier n'a pas le droit de lire « \(path) » (permissions du fichier)."
                : "Atelier is not allowed to read “\(path)” (file permissions)."
        case let .isDirectory(path):
            return fr ? "« \(path) » est un dossier, pas un fichier de session." : "“\(path)” is a folder, not a session file."
        case let .unreadable(path, code):
            return fr ? "Impossible de lire « \(path) » : \(SystemErrorText.describe(code, language))."
                : "Cannot read “\(path)”: \(SystemErrorText.describe(code, language))."
        case let .alreadyExists(path):
            return fr ? "Le fichier « \(path) » existe déjà ; une nouvelle session n'écrase jamais un fichier (pour la continuer : atelier resume \(path))."
                : "The file “\(path)” already exists; a new session never overwrites a file (to continue it: atelier resume \(path))."
        case let .cannotCreate(path, code):
            return fr ? "Impossible de créer le fichier de session « \(path) » : \(SystemErrorText.describe(code, language))."
                : "Cannot create the session file “\(path)”: \(SystemErrorText.describe(code, language))."
        case let .inUse(path):
            return fr ? "La session « \(path) » est déjà ouverte par un autre Atelier ; fermez-le d'abord."
                : "The session “\(path)” is already open in another Atelier; close that one first."
        case let .diskFull(path, pending):
            return fr ? "Le disque est plein : " + keptFR(pending, path: path, when: "dès que possible")
                : "The disk is full: " + keptEN(pending, path: path, when: "as soon as possible")
        case let .readOnly(path, pending):
            return fr ? "Le fichier de session ou son dossier est en lecture seule : " + keptFR(pending, path: path, when: "dès qu'il sera de nouveau accessible en écriture")
                : "The session file or its folder is read-only: " + keptEN(pending, path: path, when: "as soon as it is writable again")
        case let .writeFailed(path, pending, code):
            return fr ? "L'écriture a échoué (\(SystemErrorText.describe(code, language))) : " + keptFR(pending, path: path, when: "à la prochaine saisie")
                : "Writing failed (\(SystemErrorText.describe(code, language))): " + keptEN(pending, path: path, when: "at the next entry")
        case let .unsaved(path, pending):
            return fr ? "\(countFR(pending)) n'\(pending > 1 ? "ont" : "a") pas pu être écrite\(pending > 1 ? "s" : "") dans « \(path) »."
                : "\(countEN(pending)) could not be written to “\(path)”."
        case let .closed(path):
            return fr ? "La session « \(path) » est déjà fermée." : "The session “\(path)” is already closed."
        case let .journal(error):
            return error.rendered(language)
        }
    }

    /// As a `Diagnostic` in `language` (located only for damaged journal lines).
    public func diagnostic(_ language: Language) -> Diagnostic {
        if case let .journal(error) = self { return error.diagnostic(language) }
        return .error(message(language), at: nil)
    }

    private func keptFR(_ pending: Int, path: String, when: String) -> String {
        switch pending {
        case 0: return "impossible d'écrire dans « \(path) »."
        case 1: return "la dernière réponse est gardée en mémoire et sera écrite \(when)."
        default: return "les \(pending) dernières réponses sont gardées en mémoire et seront écrites \(when)."
        }
    }

    private func keptEN(_ pending: Int, path: String, when: String) -> String {
        switch pending {
        case 0: return "cannot write to “\(path)”."
        case 1: return "the last answer is kept in memory and will be written \(when)."
        default: return "the last \(pending) answers are kept in memory and will be written \(when)."
        }
    }

    private func countFR(_ n: Int) -> String { n == 1 ? "La dernière réponse" : "Les \(n) dernières réponses" }
    private func countEN(_ n: Int) -> String { n == 1 ? "The last answer" : "The last \(n) answers" }
}

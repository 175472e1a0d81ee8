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
    /// `path` is not a regular file (a device such as /dev/zero, a named pipe, a socket): Atelier
    /// reads and writes only regular files.
    case notARegularFile(path: String, kind: FileKind)
    /// `path` is larger than Atelier reads for this kind of file (`limit` bytes).
    case tooLarge(path: String, limit: Int)
    /// An output path Atelier refuses to replace: a folder, a device, a pipe, a socket, a session
    /// journal (the session's own, or one being written).
    case refusedTarget(path: String, reason: TargetRefusal)
    /// Writing an output file failed (`errno` says why); nothing was left at `path`.
    case cannotWrite(path: String, errno: Int32)
    /// A rescue file could not be read or merged (`detail` says why); it is left as it is.
    case rescueUnusable(path: String, detail: RescueProblem)

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
        case let .notARegularFile(path, kind):
            return fr ? "« \(path) » n'est pas un fichier ordinaire (\(kind.name(language))) : Atelier ne lit et n'écrit que des fichiers ordinaires."
                : "“\(path)” is not a regular file (\(kind.name(language))): Atelier reads and writes regular files only."
        case let .tooLarge(path, limit):
            return fr ? "« \(path) » dépasse la taille qu'Atelier lit pour ce genre de fichier (\(limit / (1024 * 1024)) Mo)."
                : "“\(path)” is larger than Atelier reads for this kind of file (\(limit / (1024 * 1024)) MB)."
        case let .refusedTarget(path, reason):
            return fr ? "Atelier n'écrit pas dans « \(path) » : \(reason.sentence(language))."
                : "Atelier does not write to “\(path)”: \(reason.sentence(language))."
        case let .cannotWrite(path, code):
            return fr ? "Impossible d'écrire « \(path) » : \(SystemErrorText.describe(code, language)) ; rien n'a été laissé à cet endroit."
                : "Cannot write “\(path)”: \(SystemErrorText.describe(code, language)); nothing was left there."
        case let .rescueUnusable(path, detail):
            return fr ? "La copie de secours « \(path) » n'a pas pu être reprise : \(detail.sentence(language)) ; elle est laissée telle quelle."
                : "The rescue copy “\(path)” could not be taken back: \(detail.sentence(language)); it is left as it is."
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

/// What a path is, when it is not a regular file.
public enum FileKind: Sendable, Hashable {
    case folder, device, fifo, socket, other

    func name(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .folder: return fr ? "c'est un dossier" : "it is a folder"
        case .device: return fr ? "c'est un périphérique" : "it is a device"
        case .fifo: return fr ? "c'est un tube nommé (FIFO)" : "it is a named pipe (FIFO)"
        case .socket: return fr ? "c'est une socket" : "it is a socket"
        case .other: return fr ? "c'est un fichier spécial" : "it is a special file"
        }
    }
}

/// Why an output path is refused.
public enum TargetRefusal: Sendable, Hashable {
    /// Not a regular file.
    case kind(FileKind)
    /// A session journal: replacing it would lose the session.
    case journal
    /// A journal a live session is writing right now (it holds the lock).
    case journalInUse
    /// The very session being exported.
    case sameAsSession

    func sentence(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .kind(let kind): return kind.name(language) + (fr ? " ; indiquez un fichier ordinaire ou un nouveau chemin" : "; name a regular file or a new path")
        case .journal: return fr ? "c'est un journal de session, le remplacer perdrait la session" : "it is a session journal; replacing it would lose the session"
        case .journalInUse: return fr ? "c'est le journal d'une session en cours" : "it is the journal of a session in progress"
        case .sameAsSession: return fr ? "c'est le journal de la session exportée" : "it is the journal of the session being exported"
        }
    }
}

/// Why a rescue file cannot be merged back.
public enum RescueProblem: Sendable, Hashable {
    /// It is not a rescue file of this session (another session id, or not a rescue file at all).
    case notThisSession
    /// A line of it is damaged (`line`).
    case damagedLine(Int)
    /// Its events follow event `after` of the session, which has only `count`.
    case gap(after: Int, count: Int)
    /// Its events disagree with the session's at event `index`.
    case conflict(index: Int)

    func sentence(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .notThisSession: return fr ? "ce n'est pas une copie de secours de cette session" : "it is not a rescue copy of this session"
        case .damagedLine(let n): return fr ? "sa ligne \(n) est abîmée" : "its line \(n) is damaged"
        case let .gap(after, count):
            return fr ? "elle continue la session après son événement \(after), mais la session n'en a que \(count)"
                : "it continues the session after its event \(after), but the session has only \(count)"
        case .conflict(let index):
            return fr ? "son événement \(index) diffère de celui de la session" : "its event \(index) differs from the session's"
        }
    }
}

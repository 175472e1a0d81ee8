#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AtelierCore

/// The system errors a session file can meet, said in French or English (`strerror` only speaks
/// the C locale's language).
package enum SystemErrorText {
    package static func describe(_ code: Int32, _ language: Language) -> String {
        let fr = language == .fr
        switch code {
        case ENOSPC, EDQUOT: return fr ? "le disque est plein" : "the disk is full"
        case EROFS: return fr ? "le disque est en lecture seule" : "the disk is read-only"
        case EACCES, EPERM: return fr ? "permission refusée" : "permission denied"
        case ENOENT: return fr ? "le dossier n'existe pas" : "the folder does not exist"
        case ENOTDIR: return fr ? "un élément du chemin n'est pas un dossier" : "part of the path is not a folder"
        case EISDIR: return fr ? "c'est un dossier" : "it is a folder"
        case EIO: return fr ? "erreur d'entrée-sortie du disque" : "disk input/output error"
        case ENAMETOOLONG: return fr ? "le nom est trop long" : "the name is too long"
        case EMFILE, ENFILE: return fr ? "trop de fichiers ouverts" : "too many open files"
        default:
            let text = strerror(code).map { String(cString: $0) } ?? ""
            return fr ? "erreur système \(code) (\(text))" : "system error \(code) (\(text))"
        }
    }
}

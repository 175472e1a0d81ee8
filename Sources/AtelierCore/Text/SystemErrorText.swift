#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system errors a file or a standard stream can meet, in the command's language (`strerror` only speaks the C
/// locale's language).
public enum SystemErrorText {
    public static func describe(_ code: Int32, _ language: Language) -> String {
        let key: CoreMessage
        switch code {
        case ENOSPC, EDQUOT: key = .systemDiskFull
        case EROFS: key = .systemReadOnly
        case EACCES, EPERM: key = .systemPermissionDenied
        case ENOENT: key = .systemNoFolder
        case ENOTDIR: key = .systemNotAFolder
        case EISDIR: key = .systemIsAFolder
        case EIO: key = .systemInputOutput
        case ENAMETOOLONG: key = .systemNameTooLong
        case EMFILE, ENFILE: key = .systemTooManyFiles
        case EPIPE: key = .systemReaderStopped
        case EFBIG: key = .systemFileTooLarge
        case ENXIO, ENODEV: key = .systemDeviceGone
        default:
            let text = strerror(code).map { String(cString: $0) } ?? ""
            return CoreMessage.systemOther.text(language, ["code": Int(code), "text": text])
        }
        return key.text(language)
    }
}

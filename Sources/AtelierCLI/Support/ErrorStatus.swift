import AtelierCore
import AtelierExport
import AtelierStore
import Foundation

extension StoreError {
    /// The located error and the exit status it means: 1 for a damaged or mismatched journal, 3
    /// for a file that cannot be read or written.
    func failure(_ language: Language) -> CommandFailure {
        if case .journal = self { return CommandFailure(.problemsFound, [diagnostic(language)]) }
        return CommandFailure(.fileAccess, [diagnostic(language)])
    }
}

extension ExportError {
    /// The located error and the exit status it means: 1 for a template that does not parse, 2
    /// for what the command line must say otherwise (`--from`, `--to`, `--internal`), 3 for a file
    /// that cannot be read or written.
    func failure(_ language: Language) -> CommandFailure {
        let status: ExitStatus = switch self {
        case .templateParse, .archiveFailed: .problemsFound
        case .missingSender, .noRecipient, .invalidAddress, .facilitatorCopyToOthers: .usage
        case .templateNotFound, .defaultTemplatesMissing, .writeFailed, .templateExists, .notAFolder, .file: .fileAccess
        }
        return CommandFailure(status, [diagnostic(language)])
    }
}

extension SystemErrorText {
    /// The system's reason behind a Foundation error, in `language` (Foundation only speaks English).
    static func describe(_ error: any Error, _ language: Language) -> String {
        var current: NSError? = error as NSError
        while let nsError = current {
            if nsError.domain == NSPOSIXErrorDomain { return describe(Int32(nsError.code), language) }
            current = nsError.userInfo[NSUnderlyingErrorKey] as? NSError
        }
        let code: Int32 = switch (error as? CocoaError)?.code {
        case .fileWriteOutOfSpace?: ENOSPC
        case .fileWriteVolumeReadOnly?: EROFS
        case .fileWriteNoPermission?, .fileReadNoPermission?: EACCES
        case .fileNoSuchFile?, .fileReadNoSuchFile?: ENOENT
        case .fileWriteInvalidFileName?: ENAMETOOLONG
        default: EIO
        }
        return describe(code, language)
    }
}

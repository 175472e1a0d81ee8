import AtelierCore
import AtelierStore

/// Why a charter could not be exported. Each case reads as one sentence for the consultant
/// (`message(in:)`, from `ExportMessage`), and as a diagnostic located at the file concerned.
public enum ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A template file named explicitly (or by the workshop script) does not exist or cannot be read.
    case templateNotFound(path: String)
    /// A template cannot be used; line and column (1-based) are where the problem was made.
    case templateParse(file: String, line: Int, column: Int, problem: TemplateProblem)
    /// The default templates that ship with Atelier were not found beside the program.
    case defaultTemplatesMissing(searched: [String])
    /// A file or folder could not be written (`errno` says why).
    case writeFailed(path: String, errno: Int32)
    /// `writeDefaultTemplates` would replace a template the consultant may have edited.
    case templateExists(path: String)
    /// The folder given for the templates is a file.
    case notAFolder(path: String)
    /// The e-mail has no sender address.
    case missingSender
    /// An e-mail address given for the sender (`isSender`) or a recipient is not an address.
    case invalidAddress(String, isSender: Bool)
    /// The facilitator's copy would be e-mailed to others than its sender (the client): refused
    /// unless `ExportOptions.internalRecipients` says they are the consulting team.
    case facilitatorCopyToOthers([String])
    /// The e-mail would go to nobody: no one named in the session has an address other than the sender's.
    case noRecipient
    /// The DOCX package could not be assembled (`detail`: the ZIP library's words).
    case archiveFailed(detail: String)
    /// A template file or an output file was refused or failed (not a regular file, too large,
    /// a journal, a write error…): the store's sentence.
    case file(StoreError)

    /// The file concerned, when there is one.
    public var file: String? {
        switch self {
        case let .templateNotFound(path), let .writeFailed(path, _), let .templateExists(path), let .notAFolder(path):
            return path
        case let .templateParse(file, _, _, _):
            return file
        case let .file(error):
            return error.path
        case .defaultTemplatesMissing, .missingSender, .invalidAddress, .facilitatorCopyToOthers, .noRecipient, .archiveFailed:
            return nil
        }
    }

    /// One sentence in `language`, without the file's path.
    public func message(in language: Language) -> String {
        switch self {
        case .templateNotFound: ExportMessage.templateNotFound.text(language)
        case let .templateParse(_, _, _, problem): problem.message(in: language)
        case let .defaultTemplatesMissing(searched):
            ExportMessage.defaultTemplatesMissing.text(language, ["searched": searched.joined(separator: ", ")])
        case let .writeFailed(_, code): ExportMessage.writeFailed.text(language, ["reason": SystemErrorText.describe(code, language)])
        case .templateExists: ExportMessage.templateExists.text(language)
        case .notAFolder: ExportMessage.notAFolder.text(language)
        case .missingSender: ExportMessage.missingSender.text(language)
        case let .invalidAddress(address, isSender):
            (isSender ? ExportMessage.invalidSender : .invalidRecipient).text(language, ["address": address])
        case let .facilitatorCopyToOthers(recipients):
            ExportMessage.facilitatorCopyToOthers.text(language, ["recipients": recipients.joined(separator: ", ")])
        case .noRecipient: ExportMessage.noRecipient.text(language)
        case let .archiveFailed(detail): ExportMessage.archiveFailed.text(language, ["detail": detail])
        case let .file(error): error.message(language)
        }
    }

    /// As a `Diagnostic` in `language`: at the template's line and column for a template that cannot
    /// be used, about the file for the others.
    public func diagnostic(_ language: Language) -> Diagnostic {
        if case let .templateParse(file, line, column, _) = self {
            return .error(message(in: language), at: SourceLocation(file: file, line: line, column: column))
        }
        if case let .file(error) = self { return error.diagnostic(language) }
        return .error(message(in: language), at: file.map { SourceLocation(file: $0) })
    }

    /// The message in the language of an empty environment (for logs and test failures).
    public var description: String { message(in: Language.locale([:])) }
}

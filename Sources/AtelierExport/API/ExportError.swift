import AtelierCore

/// Why a charter could not be exported. Each case reads as one sentence for the consultant
/// (`message(in:)`, from `ExportMessage`), and as a diagnostic located at the file concerned.
public enum ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A template file named explicitly (or by the workshop script) does not exist or cannot be read.
    case templateNotFound(path: String)
    /// A template is not valid Mustache; line and column are 1-based.
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
    /// The e-mail would go to nobody: no one named in the session has an address other than the sender's.
    case noRecipient
    /// The DOCX package could not be assembled (`detail`: the ZIP library's words).
    case archiveFailed(detail: String)

    /// The file concerned, when there is one.
    public var file: String? {
        switch self {
        case let .templateNotFound(path), let .writeFailed(path, _), let .templateExists(path), let .notAFolder(path):
            return path
        case let .templateParse(file, _, _, _):
            return file
        case .defaultTemplatesMissing, .missingSender, .noRecipient, .archiveFailed:
            return nil
        }
    }

    /// One sentence in `language`, without the file's path.
    public func message(in language: Language) -> String {
        switch self {
        case .templateNotFound: ExportMessage.templateNotFound.text(language)
        case let .templateParse(_, _, _, problem):
            ExportMessage.templateParse.text(language, ["reason": problem.message(language)])
        case let .defaultTemplatesMissing(searched):
            ExportMessage.defaultTemplatesMissing.text(language, ["searched": searched.joined(separator: ", ")])
        case let .writeFailed(_, code): ExportMessage.writeFailed.text(language, ["reason": SystemErrorText.describe(code, language)])
        case .templateExists: ExportMessage.templateExists.text(language)
        case .notAFolder: ExportMessage.notAFolder.text(language)
        case .missingSender: ExportMessage.missingSender.text(language)
        case .noRecipient: ExportMessage.noRecipient.text(language)
        case let .archiveFailed(detail): ExportMessage.archiveFailed.text(language, ["detail": detail])
        }
    }

    /// As a `Diagnostic` in `language`: at the template's line and column for a parse error, about
    /// the file for the others.
    public func diagnostic(_ language: Language) -> Diagnostic {
        if case let .templateParse(file, line, column, _) = self {
            return .error(message(in: language), at: SourceLocation(file: file, line: line, column: column))
        }
        return .error(message(in: language), at: file.map { SourceLocation(file: $0) })
    }

    /// The message in the language of an empty environment (for logs and test failures).
    public var description: String { message(in: Language.locale([:])) }
}

/// Why a Mustache template does not parse.
public enum TemplateProblem: Sendable, Hashable {
    /// Larger than Atelier accepts (kilobytes).
    case tooLarge(kilobytes: Int)
    /// Not UTF-8 text.
    case notText
    /// Sections that would make the render explode (see `MustacheNesting`).
    case nesting(MustacheNesting.Problem)
    case endsInsideTag, wrongClosingName, unfinishedTag, sectionNeverClosed, invalidSetDelimiter, inheritedSection
    case invalidPragma, unknownPragma
    /// Something else the Mustache parser said, in its words.
    case other(String)

    /// One phrase, in `language`.
    public func message(_ language: Language) -> String {
        switch self {
        case .tooLarge(let kilobytes): ExportMessage.templateTooLarge.text(language, ["kilobytes": kilobytes])
        case .notText: ExportMessage.templateNotText.text(language)
        case .nesting(let problem): problem.message(language)
        case .endsInsideTag: ExportMessage.templateEndsInsideTag.text(language)
        case .wrongClosingName: ExportMessage.templateWrongClosingName.text(language)
        case .unfinishedTag: ExportMessage.templateUnfinishedTag.text(language)
        case .sectionNeverClosed: ExportMessage.templateSectionNeverClosed.text(language)
        case .invalidSetDelimiter: ExportMessage.templateInvalidSetDelimiter.text(language)
        case .inheritedSection: ExportMessage.templateInheritedSection.text(language)
        case .invalidPragma: ExportMessage.templateInvalidPragma.text(language)
        case .unknownPragma: ExportMessage.templateUnknownPragma.text(language)
        case .other(let detail): ExportMessage.templateOther.text(language, ["detail": detail])
        }
    }
}

import AtelierCore

/// Why a template cannot be used, placed where a consultant can fix it: an unclosed section at the
/// tag that opens it, with its name; a tag left open at its `{{`.
public enum TemplateProblem: Sendable, Hashable {
    /// Larger than `maximumKilobytes`.
    case tooLarge(maximumKilobytes: Int)
    /// Not UTF-8 text.
    case notUTF8
    /// A tag opened with `{{` and never closed with `}}`.
    case unterminatedTag
    /// `{{#name}}` or `{{^name}}` with no `{{/name}}`.
    case sectionNotClosed(String)
    /// `{{/closing}}` while `open` (opened on `openLine`) is the last section opened.
    case closedWithWrongName(closing: String, open: String, openLine: Int)
    /// `{{/name}}` with no section of that name open.
    case closedButNotOpen(String)
    /// A list section opened again inside itself: the whole list would print once per item, at every level.
    case openedInsideItself(String)
    /// Sections nested deeper than the parser can take.
    case nestedTooDeep(Int)
    /// A `{{=<% %>=}}` tag that does not set two delimiters.
    case invalidDelimiters
    /// A misused inheritance tag (`{{<parent}}`, `{{$block}}`).
    case invalidInheritance
    /// A `{{% … }}` pragma the renderer does not know.
    case invalidPragma
    /// What swift-mustache's parser said, for what the checks above do not catch.
    case parser(String)

    /// One sentence in `language` (a diagnostic: the template's place goes in front).
    public func message(in language: Language) -> String {
        switch self {
        case .tooLarge(let kilobytes): ExportMessage.templateTooLarge.text(language, ["kilobytes": kilobytes])
        case .notUTF8: ExportMessage.templateNotText.text(language)
        case .unterminatedTag: ExportMessage.templateUnterminatedTag.text(language)
        case .sectionNotClosed(let name): ExportMessage.templateSectionNotClosed.text(language, ["name": name])
        case let .closedWithWrongName(closing, open, line):
            ExportMessage.templateClosedWithWrongName.text(language, ["closing": closing, "open": open, "line": line])
        case .closedButNotOpen(let name): ExportMessage.templateClosedButNotOpen.text(language, ["name": name])
        case .openedInsideItself(let name): ExportMessage.templateOpenedInsideItself.text(language, ["name": name])
        case .nestedTooDeep(let depth): ExportMessage.templateNestedTooDeep.text(language, ["depth": depth])
        case .invalidDelimiters: ExportMessage.templateInvalidDelimiters.text(language)
        case .invalidInheritance: ExportMessage.templateInvalidInheritance.text(language)
        case .invalidPragma: ExportMessage.templateInvalidPragma.text(language)
        case .parser(let reason): ExportMessage.templateParser.text(language, ["reason": reason])
        }
    }
}

/// A variable a template names and the charter does not provide: it would print nothing.
public struct TemplateWarning: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int
    public var name: String
    public var suggestion: String?

    /// One sentence in `language`, without the template's place.
    public func message(in language: Language) -> String {
        let text = ExportMessage.templateUnknownVariable.text(language, ["name": name])
        return suggestion.map { text + ExportMessage.templateDidYouMean.text(language, ["suggestion": $0]) } ?? text
    }

    /// As a warning at the tag's line and column.
    public func diagnostic(_ language: Language) -> Diagnostic {
        .warning(message(in: language), at: SourceLocation(file: file, line: line, column: column))
    }
}

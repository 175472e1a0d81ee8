import AtelierCore

/// Checks how a template's sections open and close before it is parsed, so each mistake is reported
/// where it was made and by name (the parser would report an unclosed section at the end of the file,
/// and a tag left open as a section "opened inside itself").
enum TemplateStructure {
    /// How deep sections may nest; the shipped templates use five levels.
    static let maximumDepth = 16

    static func problem(in template: String) -> (line: Int, column: Int, problem: TemplateProblem)? {
        var open: [MustacheScanner.Tag] = []
        for tag in MustacheScanner.tags(in: template) {
            switch tag.kind {
            case .unterminated:
                return (tag.line, tag.column, .unterminatedTag)
            case .section, .inverted:
                if tag.kind == .section, open.contains(where: { $0.kind == .section && $0.name == tag.name }) {
                    return (tag.line, tag.column, .openedInsideItself(tag.name))
                }
                open.append(tag)
                if open.count > maximumDepth { return (tag.line, tag.column, .nestedTooDeep(maximumDepth)) }
            case .end:
                guard let last = open.last else { return (tag.line, tag.column, .closedButNotOpen(tag.name)) }
                guard last.name == tag.name else {
                    return (tag.line, tag.column, .closedWithWrongName(closing: tag.name, open: last.name, openLine: last.line))
                }
                open.removeLast()
            case .variable:
                break
            }
        }
        if let unclosed = open.last { return (unclosed.line, unclosed.column, .sectionNotClosed(unclosed.name)) }
        return nil
    }

    /// The variables `template` names that the context does not provide.
    static func unknownVariables(in template: String, file: String, charter: [FieldModel]?) -> [TemplateWarning] {
        // `{{% PRAGMA }}` tags configure the renderer; they name no variable.
        TemplateChecker.unknownNames(in: template, context: TemplateSchema.context(charter: charter))
            .filter { !$0.name.hasPrefix("%") }.map {
            TemplateWarning(file: file, line: $0.line, column: $0.column, name: $0.name, suggestion: $0.suggestion)
        }
    }
}

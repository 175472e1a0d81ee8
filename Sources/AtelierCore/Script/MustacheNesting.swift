/// Mustache sections that would make a render explode: a list section opened again inside itself
/// prints the whole list once per item, at every level (200 levels never finish), and very deep
/// nesting exhausts the parser's stack. Checked before a template is parsed.
public enum MustacheNesting {
    /// How deep sections may nest; the shipped templates use four levels.
    public static let maximumDepth = 16

    /// Why a template's sections are refused.
    public enum Problem: Sendable, Hashable {
        /// The list section `name` is opened inside itself.
        case sectionInsideItself(name: String)
        /// Sections nest deeper than `maximumDepth`.
        case tooDeep

        /// One sentence, in `language`.
        public func message(_ language: Language) -> String {
            switch self {
            case .sectionInsideItself(let name): CoreMessage.sectionInsideItself.text(language, ["name": name])
            case .tooDeep: CoreMessage.sectionsTooDeep.text(language, ["depth": maximumDepth])
            }
        }
    }

    /// Where the first such section is, and why; nil when there is none.
    public static func problem(in template: String) -> (line: Int, column: Int, problem: Problem)? {
        var open: [MustacheScanner.Tag] = []
        for tag in MustacheScanner.tags(in: template) {
            switch tag.kind {
            case .section, .inverted:
                if tag.kind == .section, open.contains(where: { $0.kind == .section && $0.name == tag.name }) {
                    return (tag.line, tag.column, .sectionInsideItself(name: tag.name))
                }
                open.append(tag)
                if open.count > maximumDepth { return (tag.line, tag.column, .tooDeep) }
            case .end:
                if let last = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(last...) }
            case .variable:
                break
            }
        }
        return nil
    }
}

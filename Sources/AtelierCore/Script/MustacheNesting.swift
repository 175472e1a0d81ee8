/// Mustache sections that would make a render explode: a list section opened again inside itself
/// prints the whole list once per item, at every level (200 levels never finish), and very deep
/// nesting exhausts the parser's stack. Checked before a template is parsed.
public enum MustacheNesting {
    /// How deep sections may nest; the shipped templates use four levels.
    public static let maximumDepth = 16

    /// Where the first such section is, and why, in the template's language; nil when there is none.
    public static func problem(in template: String, language: Language) -> (line: Int, column: Int, reason: String)? {
        var open: [MustacheScanner.Tag] = []
        let fr = language == .fr
        for tag in MustacheScanner.tags(in: template) {
            switch tag.kind {
            case .section, .inverted:
                if tag.kind == .section, open.contains(where: { $0.kind == .section && $0.name == tag.name }) {
                    let reason = fr ? "la section « \(tag.name) » est ouverte à l'intérieur d'elle-même : tout serait répété à chaque niveau"
                        : "section “\(tag.name)” is opened inside itself: everything would repeat at every level"
                    return (tag.line, tag.column, reason)
                }
                open.append(tag)
                if open.count > maximumDepth {
                    let reason = fr ? "sections imbriquées sur plus de \(maximumDepth) niveaux"
                        : "sections nested more than \(maximumDepth) deep"
                    return (tag.line, tag.column, reason)
                }
            case .end:
                if let last = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(last...) }
            case .variable:
                break
            }
        }
        return nil
    }
}

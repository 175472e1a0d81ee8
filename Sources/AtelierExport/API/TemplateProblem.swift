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

    public func message(in language: Language) -> String {
        let fr = language == .fr
        let q: (String) -> String = { Labels.of(language).quote($0) }
        switch self {
        case .tooLarge(let kb):
            return fr ? "le modèle dépasse \(kb)\u{202F}Ko" : "the template is larger than \(kb) KB"
        case .notUTF8:
            return fr ? "le modèle n'est pas du texte UTF-8" : "the template is not UTF-8 text"
        case .unterminatedTag:
            return fr ? "cette balise n'est jamais fermée par «\u{202F}}}\u{202F}»" : "this tag is never closed with “}}”"
        case .sectionNotClosed(let name):
            return fr ? "la section \(q(name)) ouverte ici n'est jamais fermée (il manque {{/\(name)}})"
                : "the section \(q(name)) opened here is never closed (missing {{/\(name)}})"
        case .closedWithWrongName(let closing, let open, let line):
            return fr ? "{{/\(closing)}} ne ferme pas la dernière section ouverte, \(q(open)) (ligne \(line))\u{202F}: il manque {{/\(open)}}, ou le nom est mal écrit"
                : "{{/\(closing)}} does not close the last section opened, \(q(open)) (line \(line)): {{/\(open)}} is missing, or the name is misspelt"
        case .closedButNotOpen(let name):
            return fr ? "{{/\(name)}} ferme la section \(q(name)), qui n'est pas ouverte"
                : "{{/\(name)}} closes the section \(q(name)), which is not open"
        case .openedInsideItself(let name):
            return fr ? "la section \(q(name)) est ouverte à l'intérieur d'elle-même\u{202F}: tout serait répété à chaque niveau"
                : "the section \(q(name)) is opened inside itself: everything would repeat at every level"
        case .nestedTooDeep(let depth):
            return fr ? "des sections imbriquées sur plus de \(depth) niveaux" : "sections nested more than \(depth) deep"
        case .invalidDelimiters:
            return fr ? "cette balise de changement de délimiteurs est invalide" : "this set-delimiter tag is invalid"
        case .invalidInheritance:
            return fr ? "cette balise d'héritage ({{<…}}, {{$…}}) est mal placée" : "this inheritance tag ({{<…}}, {{$…}}) is misplaced"
        case .invalidPragma:
            return fr ? "ce pragma {{%…}} est inconnu ou mal écrit" : "this {{%…}} pragma is unknown or malformed"
        case .parser(let reason):
            return fr ? "le modèle Mustache est invalide (\(reason))" : "the Mustache template is invalid (\(reason))"
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

    public func message(in language: Language) -> String {
        let labels = Labels.of(language)
        let fr = language == .fr
        var text = fr ? "\(file):\(line):\(column): attention\u{202F}: la variable \(labels.quote(name)) n'existe pas, elle s'afficherait vide"
            : "\(file):\(line):\(column): warning: the variable \(labels.quote(name)) does not exist; it would print nothing"
        if let suggestion {
            text += fr ? "\u{202F}; vouliez-vous dire \(labels.quote(suggestion))\u{202F}?" : "; did you mean \(labels.quote(suggestion))?"
        }
        return text
    }
}

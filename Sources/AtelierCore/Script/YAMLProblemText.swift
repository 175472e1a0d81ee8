/// libYAML's problem descriptions, explained to a workshop author in French or English.
enum YAMLProblemText {
    private static let known: [String: (fr: String, en: String)] = [
        "did not find expected key": (
            "une clé `nom: valeur` est attendue ici (vérifiez l'indentation, ou un guillemet resté ouvert plus haut)",
            "a `key: value` was expected here (check the indentation, or a quote left open above)"),
        "did not find expected '-' indicator": (
            "un élément de liste `- ` est attendu ici (vérifiez l'indentation)",
            "a list item `- ` was expected here (check the indentation)"),
        "mapping values are not allowed in this context": (
            "`:` inattendu ; si c'est du texte, mettez-le entre guillemets",
            "unexpected `:`; if this is text, put it in quotes"),
        "found character that cannot start any token": (
            "caractère inattendu en début de valeur ; mettez le texte entre guillemets",
            "a value cannot start with this character; put the text in quotes"),
        "found unexpected end of stream": (
            "fin de fichier inattendue (un guillemet ou un crochet resté ouvert ?)",
            "unexpected end of file (a quote or a bracket left open?)"),
        "did not find expected ',' or ']'": (
            "`,` ou `]` attendu : un crochet `[` est resté ouvert",
            "`,` or `]` expected: a `[` was left open"),
        "did not find expected ',' or '}'": (
            "`,` ou `}` attendu : une accolade `{` est restée ouverte",
            "`,` or `}` expected: a `{` was left open"),
        "could not find expected ':'": (
            "`:` attendu après la clé", "`:` expected after the key"),
        "found undefined alias": (
            "alias `*…` sans ancre `&…` correspondante", "alias `*…` without a matching `&…` anchor"),
        "block sequence entries are not allowed in this context": (
            "un élément de liste `- ` n'est pas permis ici (vérifiez l'indentation)",
            "a list item `- ` is not allowed here (check the indentation)"),
    ]

    static func explain(_ problem: String, _ language: Language) -> String {
        if let text = known[problem] { return language == .fr ? text.fr : text.en }
        return language == .fr ? "YAML invalide : \(problem)" : "invalid YAML: \(problem)"
    }
}

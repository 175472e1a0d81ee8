/// libYAML's problem descriptions, explained to a workshop author.
enum YAMLProblemText {
    private static let known: [String: CoreMessage] = [
        "did not find expected key": .yamlExpectedKey,
        "did not find expected '-' indicator": .yamlExpectedListItem,
        "mapping values are not allowed in this context": .yamlColonInValue,
        "found character that cannot start any token": .yamlCannotStartValue,
        "found unexpected end of stream": .yamlUnexpectedEnd,
        "did not find expected ',' or ']'": .yamlUnclosedBracket,
        "did not find expected ',' or '}'": .yamlUnclosedBrace,
        "could not find expected ':'": .yamlExpectedColon,
        "found undefined alias": .yamlUndefinedAlias,
        "block sequence entries are not allowed in this context": .yamlListItemNotAllowed,
        "did not find expected <document start>": .yamlExtraDocument,
    ]

    /// The sentence for libYAML's `problem`, with libYAML's own words when it is not a known one.
    static func explain(_ problem: String) -> (CoreMessage, [String: any MessageArgument], String?) {
        if let key = known[problem] { return (key, [:], nil) }
        return (.yamlOther, ["detail": problem], nil)
    }
}

import AtelierCore

/// The questionnaire's and its e-mail's sentences in one language (`PrereadMessage`'s tables).
package struct PrereadText: Sendable {
    package typealias Key = PrereadMessage

    let language: Language

    package init(_ language: Language) {
        self.language = language
    }

    /// The sentence for `key`, its `{name}` placeholders replaced by `values`; without values, the
    /// template as written (the page's script fills it in the browser).
    package func text(_ key: Key, _ values: [String: String] = [:]) -> String {
        values.isEmpty ? key.template(language) : key.text(language, values)
    }
}

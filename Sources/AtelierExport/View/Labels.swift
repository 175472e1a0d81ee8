import AtelierCore

/// The words the exports print around the client's text, in the workshop's language, read by name
/// from `ExportMessage` (French typeset there).
package struct Labels: Sendable {
    /// Every label, by the key templates use (`{{labels.open_questions}}`).
    package typealias Key = ExportMessage

    package let language: Language

    init(language: Language) {
        self.language = language
    }

    /// The word, as the table writes it (a label with `{placeholders}` is left for `fill`).
    package subscript(_ key: Key) -> String { key.template(language) }

    package static func of(_ language: Language) -> Labels {
        Labels(language: language)
    }

    /// "1 point bloquant ouvert", "23 points bloquants traités", "0 blocking points open": French
    /// takes the singular below 2, English only for 1.
    package func count(_ n: Int, one: Key, other: Key) -> String {
        "\(n) \(self[language.takesSingular(n) ? one : other])"
    }

    /// A label with `{name}` placeholders filled in ("{subject} : {new} remplace {old}").
    package func fill(_ key: Key, _ values: [String: String]) -> String {
        key.text(language, values)
    }

    /// The client's words quoted: «\u{202F}…\u{202F}» in French, “…” in English.
    package func quote(_ text: String) -> String {
        Key.quoted.text(language, ["text": text])
    }

    /// "96 %" with a narrow no-break space in French, "96%" in English.
    package func percent(_ value: Int) -> String {
        Key.percent.text(language, ["value": value])
    }

    /// "Label : " with the language's spacing before the colon.
    package func labelled(_ label: String, _ value: String) -> String { "\(label)\(self[.colon]) \(value)" }

    /// Every label by its template key.
    var dictionary: [String: String] {
        Dictionary(uniqueKeysWithValues: Key.templateLabels.map { ($0.rawValue, self[$0]) })
    }
}

import AtelierCore

/// The board's words in one language: `text(.key, ["name": value])` (see `BoardMessage`).
package struct BoardText: Sendable {
    /// Every entry, by name.
    package typealias Key = BoardMessage

    /// The workshop's language.
    package let language: Language

    /// The words of `language`.
    package static func of(_ language: Language) -> BoardText {
        BoardText(language: language)
    }

    /// The entry `key`, its `{name}` placeholders filled with `values`.
    package func callAsFunction(_ key: Key, _ values: [String: String] = [:]) -> String {
        key.text(language, values)
    }
}

import AtelierCore

/// Every word the board says, on its page and in the terminal, in the workshop's language: one
/// table per language (`BoardText+French.swift`, `BoardText+English.swift`), the same keys in both.
/// The charter's own words (section titles, "Questions ouvertes", "validée"…) come from the
/// export's labels, so the board and the documents say the same thing the same way.
public struct BoardText: Sendable {
    /// Every entry, by name.
    public enum Key: String, CaseIterable, Sendable {
        // The page
        case boardTitle, nowDiscussing, toClarify, whoWillAnswer, saidToTheRoom, workshopComplete
        case phaseOf, workshopClock, live, paused, finished, reconnecting, offline
        case emptySection, noOpenQuestion, waitingForTheFirstQuestion, draftAnswer
        // The terminal
        case opened, openedOnNetwork, unencrypted, followingReadOnly, stopHint
        case invalidAddress, hostNotAnAddress, cannotListen, notFollowable
        // The board program (`atelier-board`), when run by hand
        case programUsage, noSessionHeader, scriptUnreadable
    }

    /// The workshop's language.
    public let language: Language
    private let table: [Key: String]

    init(language: Language, _ table: [Key: String]) {
        self.language = language
        self.table = language == .fr ? table.mapValues(Typography.french) : table
    }

    /// The words of `language`.
    public static func of(_ language: Language) -> BoardText {
        switch language {
        case .fr: french
        case .en: english
        }
    }

    /// The entry `key`, its `{name}` placeholders filled with `values`.
    public func callAsFunction(_ key: Key, _ values: [String: String] = [:]) -> String {
        var text = table[key] ?? ""
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// True when the table has an entry for every key (checked by the tests for both languages).
    var isComplete: Bool { Key.allCases.allSatisfy { table[$0] != nil } }
}

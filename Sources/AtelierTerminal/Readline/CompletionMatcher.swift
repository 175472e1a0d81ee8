import Foundation

/// Chooses the completion candidates that continue what was typed, ignoring case and accents
/// ("celine" completes to "Céline Fabre").
enum CompletionMatcher {
    static func matches(for text: String, among candidates: [String]) -> [String] {
        let typed = fold(text)
        var seen = Set<String>()
        return candidates.filter { candidate in
            fold(candidate).hasPrefix(typed) && seen.insert(candidate).inserted
        }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

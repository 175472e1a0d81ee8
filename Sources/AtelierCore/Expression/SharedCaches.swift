import Foundation

/// Compiled `matches` patterns, shared by every evaluation: a pattern is compiled once.
/// Patterns match case-insensitively.
final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()

    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]
    private var invalid: Set<String> = []

    /// nil when the pattern is not a valid regular expression.
    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let regex = compiled[pattern] { return regex }
        if invalid.contains(pattern) { return nil }
        if compiled.count >= 1024 { compiled.removeAll() }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
            invalid.insert(pattern)
            return nil
        }
        compiled[pattern] = regex
        return regex
    }

    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}

/// Lexicon phrases, folded once per lexicon (recomputed if the same name comes with other phrases).
final class FoldedLexicons: @unchecked Sendable {
    static let shared = FoldedLexicons()

    private let lock = NSLock()
    private var entries: [String: (phrases: [String], folded: [[Unicode.Scalar]])] = [:]

    func folded(_ name: String, _ phrases: [String]) -> [[Unicode.Scalar]] {
        lock.lock()
        defer { lock.unlock() }
        if let entry = entries[name], entry.phrases == phrases { return entry.folded }
        let folded = phrases
            .map { Array(TextFolding.fold($0).unicodeScalars).map(LexiconMatcher.canonical) }
            .filter { !$0.isEmpty }
        if entries.count >= 256 { entries.removeAll() }
        entries[name] = (phrases, folded)
        return folded
    }
}

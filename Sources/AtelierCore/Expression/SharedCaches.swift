import Foundation

/// Compiled `matches` patterns (`LinearRegex`: linear time, case-insensitive), shared by every
/// evaluation: a pattern is compiled once.
final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()

    private let lock = NSLock()
    private var compiled: [String: LinearRegex] = [:]
    private var invalid: [String: LinearRegex.Problem] = [:]

    /// The compiled pattern, or why it is refused.
    func compile(_ pattern: String) -> Result<LinearRegex, LinearRegex.Problem> {
        lock.lock()
        defer { lock.unlock() }
        if let regex = compiled[pattern] { return .success(regex) }
        if let problem = invalid[pattern] { return .failure(problem) }
        if compiled.count >= 1024 { compiled.removeAll() }
        if invalid.count >= 1024 { invalid.removeAll() }
        do {
            let regex = try LinearRegex(pattern)
            compiled[pattern] = regex
            return .success(regex)
        } catch {
            invalid[pattern] = error
            return .failure(error)
        }
    }

    /// nil when the pattern is refused.
    func regex(_ pattern: String) -> LinearRegex? {
        try? compile(pattern).get()
    }

    /// For Atelier's own fixed patterns (dates in answers), which are known to be safe.
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

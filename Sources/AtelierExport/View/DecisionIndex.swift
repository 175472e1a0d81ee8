import AtelierCore

/// The session's decisions by the place they stand for (`objectifs[r4].indicateurs`), so each can be
/// shown where the data it replaces would be. Paths are compared in `FieldPath`'s text form. The
/// index remembers which places were shown (`take`), so a decision shown in place is not written
/// again under "Décisions"; one whose path matches nothing shown stays there.
struct DecisionIndex {
    private var texts: [String: [String]] = [:]
    private var shown: Set<String> = []

    init(_ decisions: [CharterDocument.Decision]) {
        for decision in decisions {
            let text = Sanitizer.clean(decision.text)
            guard case let key = Self.key(decision.path), !key.isEmpty, !text.allSatisfy(\.isWhitespace) else { continue }
            texts[key, default: []].append(text)
        }
    }

    private static func key(_ path: String) -> String { FieldPath(parsing: path)?.description ?? path }

    var isEmpty: Bool { texts.isEmpty }

    /// The decisions taken at `path`, in the order they were taken.
    func at(_ path: FieldPath) -> [String] {
        texts.isEmpty ? [] : texts[path.description] ?? []
    }

    /// The decisions at `path`, as one text ("" when none).
    func text(at path: FieldPath) -> String {
        at(path).joined(separator: "; ")
    }

    /// The decisions at `path`, remembered as shown there.
    mutating func take(_ path: FieldPath) -> [String] {
        let found = at(path)
        if !found.isEmpty { shown.insert(path.description) }
        return found
    }

    /// `take`, as one text.
    mutating func takeText(_ path: FieldPath) -> String { take(path).joined(separator: "; ") }

    /// True when this decision was shown in place.
    func wasShown(_ decision: CharterDocument.Decision) -> Bool {
        shown.contains(Self.key(decision.path))
    }
}

import AtelierCore

/// The session's decisions by the place they stand for (`objectifs[r4].indicateurs`), so each can be
/// shown where the data it replaces would be, as well as in the decisions section. Paths are
/// compared in `FieldPath`'s text form; a decision whose path matches nothing shown stays in the
/// decisions section only.
struct DecisionIndex {
    private var texts: [String: [String]] = [:]

    init(_ decisions: [CharterDocument.Decision]) {
        for decision in decisions {
            let key = FieldPath(parsing: decision.path)?.description ?? decision.path
            let text = SafeText.clean(decision.text)
            guard !key.isEmpty, !text.allSatisfy(\.isWhitespace) else { continue }
            texts[key, default: []].append(text)
        }
    }

    var isEmpty: Bool { texts.isEmpty }

    /// The decisions taken at `path`, in the order they were taken.
    func at(_ path: FieldPath) -> [String] {
        texts.isEmpty ? [] : texts[path.description] ?? []
    }

    /// The decisions at `path`, as one text ("" when none).
    func text(at path: FieldPath) -> String {
        at(path).joined(separator: "; ")
    }
}

/// What changed between two states of a charter — two sessions, a session and its state at an
/// earlier time, a follow-up and the session it started from: field by field (added, changed
/// with before and after, removed), gaps opened and closed, decisions taken, open questions
/// resolved or raised, readiness.
public struct CharterDiff: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case added, changed, removed
    }

    /// One answer that differs. Records are matched by their id, so a record renamed keeps its
    /// place and a record added or removed shows as such.
    public struct FieldChange: Sendable, Hashable {
        public var kind: Kind
        /// The field path with record ids (`objectifs[r1].indicateurs[r2].cible`).
        public var path: String
        /// For people: section, field, record titles (`Objectifs › Réduire les délais › Cible`).
        public var label: String
        public var section: String
        public var before: Value?
        public var after: Value?
    }

    public var fields: [FieldChange]
    public var gapsOpened: [CharterDocument.Gap]
    public var gapsClosed: [CharterDocument.Gap]
    public var decisionsTaken: [CharterDocument.Decision]
    public var decisionsWithdrawn: [CharterDocument.Decision]
    public var questionsResolved: [CharterDocument.OpenQuestion]
    public var questionsRaised: [CharterDocument.OpenQuestion]
    public var readinessBefore: Double
    public var readinessAfter: Double

    /// True when nothing differs.
    public var isEmpty: Bool {
        fields.isEmpty && gapsOpened.isEmpty && gapsClosed.isEmpty && decisionsTaken.isEmpty && decisionsWithdrawn.isEmpty
            && questionsResolved.isEmpty && questionsRaised.isEmpty
    }

    /// From `before` to `after`. `clientOnly` leaves out the facilitator's sections.
    public init(from before: CharterDocument, to after: CharterDocument, clientOnly: Bool = false) {
        fields = Self.fields(before: Self.leaves(of: before, clientOnly: clientOnly), after: Self.leaves(of: after, clientOnly: clientOnly))
        let beforeGaps = Set(before.openGaps.map(\.id)), afterGaps = Set(after.openGaps.map(\.id))
        gapsOpened = after.openGaps.filter { !beforeGaps.contains($0.id) }
        gapsClosed = before.openGaps.filter { !afterGaps.contains($0.id) }
        func key(_ d: CharterDocument.Decision) -> String { d.question + "\u{1F}" + d.text }
        let beforeDecisions = Set(before.decisions.map(key)), afterDecisions = Set(after.decisions.map(key))
        decisionsTaken = after.decisions.filter { !beforeDecisions.contains(key($0)) }
        decisionsWithdrawn = before.decisions.filter { !afterDecisions.contains(key($0)) }
        let beforeQuestions = Set(before.openQuestions.map(\.question)), afterQuestions = Set(after.openQuestions.map(\.question))
        questionsResolved = before.openQuestions.filter { !afterQuestions.contains($0.question) }
        questionsRaised = after.openQuestions.filter { !beforeQuestions.contains($0.question) }
        readinessBefore = before.readiness.overall
        readinessAfter = after.readiness.overall
    }

    /// One answer of a charter, with where it is.
    struct Leaf: Sendable, Hashable {
        var path: String
        var label: String
        var section: String
        var value: Value
    }

    /// Every answer of a document, in charter order: scalars and lists whole, records field by field.
    static func leaves(of document: CharterDocument, clientOnly: Bool) -> [Leaf] {
        var out: [Leaf] = []
        for section in document.sections where !(clientOnly && section.facilitatorOnly) {
            for field in section.fields {
                guard let value = field.value else { continue }
                walk(value, field.model, FieldPath(field: field.model.id), [field.model.label], section.title, &out)
            }
        }
        return out
    }

    /// Every answer of a charter under `model`, in charter order.
    static func leaves(charter: [String: Value], model: CharterModel, clientOnly: Bool) -> [Leaf] {
        var out: [Leaf] = []
        for section in model.sections where !(clientOnly && section.facilitatorOnly) {
            for field in section.fields {
                guard let value = charter[field.id] else { continue }
                walk(value, field, FieldPath(field: field.id), [field.label], section.title, &out)
            }
        }
        return out
    }

    private static func walk(_ value: Value, _ field: FieldModel, _ path: FieldPath, _ label: [String], _ section: String,
                             _ out: inout [Leaf]) {
        guard case .records(let model) = field.type, case .records(let records) = value else {
            if !CharterCarry.isEmpty(value) {
                out.append(Leaf(path: path.description, label: label.joined(separator: " › "), section: section, value: value))
            }
            return
        }
        for (n, record) in records.enumerated() {
            var title = "\(n + 1)"
            if let id = model.titleField, case .text(let text)? = record.fields[id], !text.isEmpty { title = text }
            for sub in model.fields {
                guard let v = record.fields[sub.id] else { continue }
                walk(v, sub, path.appending(record: record.id).appending(field: sub.id), label + [title, sub.label], section, &out)
            }
        }
    }

    /// Answers matched by path: those only after are added, only before removed, in both and
    /// different changed. In the order of `after`, then what was removed in the order of `before`.
    static func fields(before: [Leaf], after: [Leaf]) -> [FieldChange] {
        var old: [String: Leaf] = [:]
        for leaf in before { old[leaf.path] = leaf }
        var out: [FieldChange] = []
        var seen = Set<String>()
        for leaf in after {
            seen.insert(leaf.path)
            if let was = old[leaf.path] {
                if was.value != leaf.value {
                    out.append(FieldChange(kind: .changed, path: leaf.path, label: leaf.label, section: leaf.section,
                                           before: was.value, after: leaf.value))
                }
            } else {
                out.append(FieldChange(kind: .added, path: leaf.path, label: leaf.label, section: leaf.section, before: nil, after: leaf.value))
            }
        }
        for leaf in before where !seen.contains(leaf.path) {
            out.append(FieldChange(kind: .removed, path: leaf.path, label: leaf.label, section: leaf.section, before: leaf.value, after: nil))
        }
        return out
    }
}

/// How much of a top-level field an event changed: all of it, or some of its records or items.
enum FieldChange: Sendable, Hashable {
    /// One record (by id) or one item of a list (by position) of a top-level field.
    enum Piece: Sendable, Hashable {
        case record(String)
        case item(Int)
    }

    case whole
    case pieces(Set<Piece>)

    func merged(with other: FieldChange) -> FieldChange {
        switch (self, other) {
        case let (.pieces(a), .pieces(b)): .pieces(a.union(b))
        default: .whole
        }
    }
}

/// A part of the charter rules are evaluated for: a top-level field, or one record or item of it.
struct CharterPart: Sendable, Hashable {
    var field: String
    var piece: FieldChange.Piece?
}

/// What one event changed in the charter, field by field; rules are evaluated again only for that.
struct CharterChanges: Sendable {
    private(set) var fields: [String: FieldChange] = [:]

    var isEmpty: Bool { fields.isEmpty }

    mutating func add(_ change: FieldChange, to field: String) {
        fields[field] = fields[field].map { $0.merged(with: change) } ?? change
    }

    /// True when one of `names` changed, in whole or in part.
    func touches(any names: Set<String>) -> Bool {
        fields.count <= names.count ? fields.keys.contains(where: names.contains) : names.contains { fields[$0] != nil }
    }
}

extension ExprType {
    /// The type an expression sees for a charter field of this type: texts, people and choices are
    /// `.text`; a `records` field is a list of records.
    init(_ field: FieldType) {
        switch field {
        case .text, .longText, .person, .choice: self = .text
        case .number: self = .number
        case .date: self = .date
        case .duration: self = .duration
        case .yesNo: self = .bool
        case .list(let item): self = .list(ExprType(item))
        case .records(let model): self = .list(.record(model))
        }
    }

    /// The items' type for a list, nil otherwise.
    var itemType: ExprType? {
        if case .list(let item) = self { return item }
        return nil
    }

    /// `list of list of T` -> `list of T`; other types unchanged.
    var flattened: ExprType {
        if case .list(.list(let inner)) = self { return ExprType.list(inner).flattened }
        return self
    }
}

extension EvalValue {
    /// A charter value as an expression sees it. A `records` value becomes a list of `.record`s whose
    /// paths are `parent.field[id]`; a missing list is an empty list, a missing scalar `.null`.
    init(_ value: Value?, field: FieldModel?, parent: FieldPath?, id: String? = nil) {
        guard let value else {
            switch field?.type {
            case .list?, .records?: self = .list([])
            default: self = .null
            }
            return
        }
        switch value {
        case .text(let s): self = .text(s)
        case .number(let n): self = .number(n)
        case .date(let d): self = .date(d)
        case .month(let m): self = .month(m)
        case .wordedChoice(let w): self = .text(w.option ?? w.words)
        case .duration(let m): self = .duration(m)
        case .bool(let b): self = .bool(b)
        case .list(let items): self = .list(items.map { EvalValue($0, field: nil, parent: nil) })
        case .records(let records):
            let model: RecordModel = if case .records(let m)? = field?.type { m } else { RecordModel(fields: []) }
            let name = id ?? field?.id ?? ""
            let listPath = parent?.appending(field: name) ?? FieldPath(field: name)
            var refs: [EvalValue] = []
            refs.reserveCapacity(records.count)
            for (i, record) in records.enumerated() {
                refs.append(.record(RecordRef(record: record, model: model, path: listPath.appending(record: record.id), index: i + 1)))
            }
            self = .list(refs)
        }
    }
}

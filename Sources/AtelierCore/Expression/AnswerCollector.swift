/// Every free text the client gave, for rules over `answers` (hedging, vague wording…): all of
/// them, or those of one part of a field (a record, a list item, the field itself).
enum AnswerCollector {
    /// The answers of one part of a top-level field, and where that part stands in the field.
    struct Part {
        var part: CharterPart
        var position: Int
        var answers: [AnswerRef]
    }

    static func answers(in charter: [String: Value], model: CharterModel) -> [AnswerRef] {
        var out: [AnswerRef] = []
        for field in model.allFields {
            guard let value = charter[field.id] else { continue }
            collect(value, field: field, path: FieldPath(field: field.id), into: &out)
        }
        return out
    }

    /// The parts of a top-level field's value (each record, each list item, or the value itself),
    /// all of them or only `pieces`, in order.
    static func parts(of value: Value?, field: FieldModel, only pieces: Set<FieldChange.Piece>?) -> [Part] {
        let path = FieldPath(field: field.id)
        switch (field.type, value) {
        case (.records(let model), .records(let records)?):
            let wanted: [(Int, Record)]
            if let pieces {
                wanted = pieces.compactMap { piece -> (Int, Record)? in
                    guard case .record(let id) = piece, let i = records.lastIndex(where: { $0.id == id }) else { return nil }
                    return (i, records[i])
                }.sorted { $0.0 < $1.0 }
            } else {
                wanted = Array(records.enumerated())
            }
            return wanted.map { i, record in
                var out: [AnswerRef] = []
                collect(record, model: model, label: field.label, path: path.appending(record: record.id), into: &out)
                return Part(part: CharterPart(field: field.id, piece: .record(record.id)), position: i, answers: out)
            }
        case (.list(let itemType), .list(let items)?) where itemType == .text || itemType == .longText:
            let wanted = pieces.map { $0.compactMap { if case .item(let i) = $0, items.indices.contains(i) { i } else { nil } }.sorted() }
                ?? Array(items.indices)
            return wanted.map { i in
                var out: [AnswerRef] = []
                if case .text(let s) = items[i], !s.isEmpty {
                    out.append(AnswerRef(text: s, label: field.label, field: field.id, path: path.appending(item: i)))
                }
                return Part(part: CharterPart(field: field.id, piece: .item(i)), position: i, answers: out)
            }
        default:
            var out: [AnswerRef] = []
            if let value { collect(value, field: field, path: path, into: &out) }
            return [Part(part: CharterPart(field: field.id, piece: nil), position: 0, answers: out)]
        }
    }

    private static func collect(_ value: Value, field: FieldModel, path: FieldPath, into out: inout [AnswerRef]) {
        switch (field.type, value) {
        case (.text, .text(let s)), (.longText, .text(let s)):
            if !s.isEmpty { out.append(AnswerRef(text: s, label: field.label, field: field.id, path: path)) }
        case (.list(.text), .list(let items)), (.list(.longText), .list(let items)):
            for (i, item) in items.enumerated() {
                if case .text(let s) = item, !s.isEmpty {
                    out.append(AnswerRef(text: s, label: field.label, field: field.id, path: path.appending(item: i)))
                }
            }
        case (.records(let model), .records(let records)):
            for record in records {
                collect(record, model: model, label: field.label, path: path.appending(record: record.id), into: &out)
            }
        default:
            break
        }
    }

    /// A record's answers. "Cible (Délai moyen de recrutement)": the label says which item the text
    /// belongs to.
    private static func collect(_ record: Record, model: RecordModel, label: String, path: FieldPath, into out: inout [AnswerRef]) {
        var title: String?
        if let t = model.titleField, case .text(let s)? = record.fields[t], !s.isEmpty { title = s }
        for sub in model.fields {
            guard let v = record.fields[sub.id] else { continue }
            var labelled = sub
            if let title, sub.id != model.titleField { labelled.label = "\(sub.label) (\(title))" }
            collect(v, field: labelled, path: path.appending(field: sub.id), into: &out)
        }
    }
}

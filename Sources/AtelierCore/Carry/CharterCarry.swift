/// Carries a charter's answers into another charter model — the same script edited, or the
/// script of a follow-up — by field id, through the renames the script declares (`renamed:`) or
/// the consultant chose. What has no place left (a field gone, a value of another shape) is
/// never dropped: it comes back as a misfit, which the engine turns into an open question.
struct CharterCarry {
    /// An answer with no place in the new model.
    struct Misfit: Sendable, Hashable {
        /// Where it was, for people: `Objectifs › Réduire les délais › Valeur de départ`.
        var label: String
        /// The old field, ids joined by dots (`objectifs.indicateurs.reference`).
        var field: String
        var value: Value
    }

    /// A field the answers moved to under another id.
    struct Rename: Sendable, Hashable {
        /// Old and new field paths, ids joined by dots (`objectifs.indicateurs.reference`).
        var from: String
        var to: String
    }

    private(set) var charter: [String: Value] = [:]
    private(set) var misfits: [Misfit] = []
    private(set) var renames: [Rename] = []
    /// How many answers (leaf values) found their place.
    private(set) var carried = 0

    /// `explicit`: old model path -> new field id (or path: its last id counts).
    init(_ old: [String: Value], oldModel: CharterModel?, into model: CharterModel, renamed explicit: [String: String]) {
        let oldFields = oldModel?.allFields ?? []
        charter = carryFields(old, oldFields: oldFields, into: model.allFields, modelPath: [], labelPath: [], explicit: explicit)
    }

    private mutating func carryFields(_ values: [String: Value], oldFields: [FieldModel], into fields: [FieldModel],
                                      modelPath: [String], labelPath: [String], explicit: [String: String]) -> [String: Value] {
        var out: [String: Value] = [:]
        // Old declaration order first, then ids the old model does not know, alphabetically: the same every time.
        let order = oldFields.map(\.id).filter { values[$0] != nil } + values.keys.filter { id in !oldFields.contains { $0.id == id } }.sorted()
        for oldID in order {
            guard let value = values[oldID] else { continue }
            let oldField = oldFields.first { $0.id == oldID }
            let label = labelPath + [oldField?.label ?? oldID]
            let dotted = (modelPath + [oldID]).joined(separator: ".")
            let newID = Self.newID(for: oldID, dotted: dotted, among: fields, explicit: explicit)
            guard let newID, let field = fields.first(where: { $0.id == newID }), out[newID] == nil else {
                misfits.append(Misfit(label: label.joined(separator: " › "), field: dotted, value: value))
                continue
            }
            if newID != oldID, !renames.contains(where: { $0.from == dotted }) { renames.append(Rename(from: dotted, to: (modelPath + [newID]).joined(separator: "."))) }
            if case .records(let newModel) = field.type, case .records(let records) = value {
                let oldSub: [FieldModel] = if case .records(let m)? = oldField?.type { m.fields } else { [] }
                out[newID] = .records(records.enumerated().map { n, record in
                    let title = Self.title(of: record, n: n, model: newModel, oldFields: oldSub)
                    return Record(id: record.id, fields: carryFields(record.fields, oldFields: oldSub, into: newModel.fields,
                                                                     modelPath: modelPath + [oldID], labelPath: label + [title],
                                                                     explicit: explicit))
                })
            } else if CharterPaths.fits(value, field.type) {
                out[newID] = value
                carried += 1
            } else {
                misfits.append(Misfit(label: label.joined(separator: " › "), field: dotted, value: value))
            }
        }
        return out
    }

    /// Where an old field's answers go: the consultant's mapping, else the same id, else the
    /// field that declares it was renamed from it; nil when nowhere.
    private static func newID(for oldID: String, dotted: String, among fields: [FieldModel], explicit: [String: String]) -> String? {
        if let chosen = explicit[dotted] ?? explicit[oldID] {
            return chosen.split(separator: ".").last.map(String.init)
        }
        if fields.contains(where: { $0.id == oldID }) { return oldID }
        return fields.first { $0.renamedFrom.contains(oldID) }?.id
    }

    /// A record's name in a misfit's label: its title field, else its position.
    private static func title(of record: Record, n: Int, model: RecordModel, oldFields: [FieldModel]) -> String {
        if let field = model.titleField, case .text(let text)? = record.fields[field], !text.isEmpty { return text }
        if let field = oldFields.first(where: { $0.type.isTextual }), case .text(let text)? = record.fields[field.id], !text.isEmpty {
            return text
        }
        return "\(n + 1)"
    }

    /// True for an answer that says nothing: empty text, an empty list, no records.
    static func isEmpty(_ value: Value) -> Bool {
        switch value {
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .list(let items): items.isEmpty
        case .records(let records): records.isEmpty
        default: false
        }
    }

    /// The highest record number used (`r12` -> 12), so new records never reuse an id.
    static func highestRecordNumber(in charter: [String: Value]) -> Int {
        func walk(_ value: Value) -> Int {
            guard case .records(let records) = value else { return 0 }
            return records.map { r in
                max(Int(r.id.dropFirst()) ?? 0, r.fields.values.map(walk).max() ?? 0)
            }.max() ?? 0
        }
        return charter.values.map(walk).max() ?? 0
    }
}

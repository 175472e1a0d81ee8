import AtelierCore

/// Finds what a field path (`objectifs[r1].indicateurs[r2].cible`) points at in a charter document,
/// and says it in the client's terms: the field's label and the record it belongs to, so a decision
/// or a question reads "Cible — « Délai moyen de recrutement »" rather than a path.
struct ValueLocator {
    private let fields: [String: CharterDocument.Field]
    private let labels: Labels

    init(_ doc: CharterDocument, labels: Labels) {
        var fields: [String: CharterDocument.Field] = [:]
        for field in doc.sections.flatMap(\.fields) where fields[field.model.id] == nil { fields[field.model.id] = field }
        self.fields = fields
        self.labels = labels
    }

    /// What a path points at.
    struct Target {
        /// The label of the field the path ends on.
        var label: String
        /// The title of the record the value belongs to (not the value itself), if any.
        var record: String?
        /// When the value is the title of a record outside any other: the label of its list.
        var list: String?
        var value: Value?
        var type: FieldType?

        /// A value with a single text (not a list, not records), present and not blank.
        var scalarText: Bool {
            guard let value, !value.isEmpty else { return false }
            switch value {
            case .list, .records: return false
            default: return true
            }
        }
    }

    func top(_ id: String) -> CharterDocument.Field? { fields[id] }

    func locate(_ path: FieldPath) -> Target? {
        guard case .field(let root)? = path.components.first, let field = fields[root] else { return nil }
        var model = field.model
        var value = field.value
        var type: FieldType? = model.type
        var records: [(title: String?, titleField: String?, list: String)] = []
        var lastField = root
        for component in path.components.dropFirst() {
            switch component {
            case .record(let id):
                guard case .records(let recordModel) = type, case .records(let list)? = value,
                      let record = list.first(where: { $0.id == id }) else { return nil }
                records.append((title(of: record, recordModel), recordModel.titleField, Sanitizer.line(model.label)))
                value = .records([record])
                type = .records(recordModel)
            case .field(let name):
                guard case .records(let recordModel) = type, case .records(let list)? = value,
                      let sub = recordModel.field(name) else { return nil }
                model = sub
                value = list.first?.fields[name]
                type = sub.type
                lastField = name
            case .item(let index):
                guard case .list(let items)? = value, items.indices.contains(index) else { return nil }
                value = items[index]
                if case .list(let itemType)? = type { type = itemType } else { type = nil }
            }
        }
        // The record the value belongs to: the innermost one, unless the value is that record's
        // title (then the one holding it).
        var context = records
        var list: String?
        if let last = context.last, last.titleField == lastField, path.components.last.map(isField) == true {
            context.removeLast()
            list = last.list
        }
        return Target(label: Sanitizer.line(model.label), record: context.last?.title, list: context.isEmpty ? list : nil,
                      value: value, type: type)
    }

    private func isField(_ component: FieldPath.Component) -> Bool {
        if case .field = component { return true }
        return false
    }

    private func title(of record: Record, _ model: RecordModel) -> String? {
        guard let id = model.titleField, let value = record.fields[id], !value.isEmpty else { return nil }
        return Sanitizer.line(DisplayText.value(value, model: .text, labels.language))
    }

    /// "Cible — « Délai moyen de recrutement »"; "Prochaines étapes" for the title of a next step;
    /// the label alone for a value outside records.
    func subject(_ target: Target) -> String {
        guard let record = target.record else { return target.list ?? target.label }
        return "\(target.label) — \(labels.quote(record))"
    }

    /// The subject of a path given as text; `fallback` when it points at nothing shown.
    func subject(ofPath text: String?, fallback: String) -> String {
        guard let text, let path = FieldPath(parsing: text), let target = locate(path) else { return fallback }
        return subject(target)
    }

    /// A value as one line of display text.
    func display(_ value: Value, _ type: FieldType?) -> String {
        Sanitizer.line(DisplayText.value(value, model: type, labels.language))
    }
}

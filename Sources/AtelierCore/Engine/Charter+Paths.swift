/// Reading and writing charter values at a `FieldPath`, and the field model a path points at.
enum CharterPaths {
    /// The declaration of the field a path ends on (nil for a list item or an unknown path).
    static func fieldModel(at path: FieldPath, in model: CharterModel) -> FieldModel? {
        var current: FieldModel?
        var record: RecordModel?
        for component in path.components {
            switch component {
            case .field(let id):
                if let r = record {
                    current = r.field(id)
                } else if current == nil {
                    current = model.field(id)
                } else {
                    return nil
                }
                guard current != nil else { return nil }
                record = nil
            case .record:
                guard case .records(let m)? = current?.type else { return nil }
                record = m
            case .item:
                guard case .list(let itemType)? = current?.type, let f = current else { return nil }
                current = FieldModel(id: f.id, label: f.label, type: itemType, hint: f.hint)
            }
        }
        return record == nil ? current : nil
    }

    static func value(at path: FieldPath, in charter: [String: Value]) -> Value? {
        var comps = path.components[...]
        guard case .field(let root)? = comps.popFirst(), var value = charter[root] else { return nil }
        while let c = comps.popFirst() {
            switch (c, value) {
            case (.record(let id), .records(let records)):
                guard let r = records.first(where: { $0.id == id }), case .field(let f)? = comps.popFirst() else {
                    return nil
                }
                guard let v = r.fields[f] else { return nil }
                value = v
            case (.item(let i), .list(let items)):
                guard items.indices.contains(i) else { return nil }
                value = items[i]
            default:
                return nil
            }
        }
        return value
    }

    /// Writes `transform(old)` at `path`; false when the path does not exist (a record was removed).
    static func update(_ path: FieldPath, in charter: inout [String: Value], _ transform: (Value?) -> Value?) -> Bool {
        guard case .field(let root)? = path.components.first else { return false }
        var rootValue = charter[root]
        guard update(Array(path.components.dropFirst())[...], in: &rootValue, transform) else { return false }
        charter[root] = rootValue
        return true
    }

    private static func update(_ rest: ArraySlice<FieldPath.Component>, in value: inout Value?,
                               _ transform: (Value?) -> Value?) -> Bool {
        guard let first = rest.first else {
            value = transform(value)
            return true
        }
        switch (first, value) {
        case (.record(let id), .records(var records)?):
            guard let i = records.firstIndex(where: { $0.id == id }), case .field(let f)? = rest.dropFirst().first else {
                return false
            }
            var inner = records[i].fields[f]
            guard update(rest.dropFirst(2), in: &inner, transform) else { return false }
            records[i].fields[f] = inner
            value = .records(records)
            return true
        case (.item(let index), .list(var items)?):
            guard items.indices.contains(index) else { return false }
            var inner: Value? = items[index]
            guard update(rest.dropFirst(), in: &inner, transform) else { return false }
            if let v = inner { items[index] = v } else { items.remove(at: index) }
            value = .list(items)
            return true
        default:
            return false
        }
    }

    /// True when `value` has the shape `type` expects.
    static func fits(_ value: Value, _ type: FieldType) -> Bool {
        switch (type, value) {
        case (.text, .text), (.longText, .text), (.person, .text), (.number, .number), (.date, .date),
             (.duration, .duration), (.yesNo, .bool):
            return true
        case (.records(let model), .records(let records)):
            return records.allSatisfy { record in
                record.fields.allSatisfy { id, v in model.field(id).map { fits(v, $0.type) } ?? false }
            }
        case (.choice(let options), .text(let s)):
            return options.contains(s)
        case (.list(let itemType), .list(let items)):
            return items.allSatisfy { fits($0, itemType) }
        default:
            return false
        }
    }

    /// Turns a path as a user types it (`objectifs[2].indicateurs[1].cible`, positions from 1)
    /// into a path with record ids; nil when it names nothing.
    static func resolve(userPath text: String, in charter: [String: Value], model: CharterModel) -> FieldPath? {
        guard let typed = FieldPath(parsing: text.replacingOccurrences(of: " ", with: "")) else { return nil }
        var out: [FieldPath.Component] = []
        var value: Value?
        for component in typed.components {
            switch component {
            case .field(let f):
                if out.isEmpty {
                    guard model.field(f) != nil else { return nil }
                    value = charter[f]
                } else if case .record(let id)? = out.last, case .records(let rs)? = value {
                    value = rs.first(where: { $0.id == id })?.fields[f]
                } else {
                    return nil
                }
                out.append(.field(f))
            case .record(let token):
                guard let n = Int(token), n >= 1 else { return nil }
                switch value {
                case .records(let rs)? where n <= rs.count: out.append(.record(rs[n - 1].id))
                case .list(let items)? where n <= items.count: out.append(.item(n - 1)); value = items[n - 1]
                default: return nil
                }
            case .item:
                return nil
            }
        }
        let path = FieldPath(out)
        return fieldModel(at: path, in: model) == nil ? nil : path
    }
}

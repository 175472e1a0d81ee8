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

    /// Writes `value` at `path`, in place: appended to the list or records already there when
    /// `appending`, else instead of what was there. Returns the part of the top-level field that
    /// changed, or nil when the path does not exist (a record was removed since).
    static func write(_ value: Value, at path: FieldPath, appending: Bool, in charter: inout [String: Value]) -> FieldChange? {
        guard case .field(let root)? = path.components.first else { return nil }
        let rest = path.components.dropFirst()
        switch rest.first {
        case .record(let id)?: return write(rest, value, appending: appending, in: &charter[root]) ? .pieces([.record(id)]) : nil
        case .item(let index)?: return write(rest, value, appending: appending, in: &charter[root]) ? .pieces([.item(index)]) : nil
        case .field?: return nil
        case nil: break
        }
        let before = Self.length(of: charter[root])
        guard appending, let before else {
            charter[root] = value
            return .whole
        }
        switch value {
        case .list(let more):
            _ = write(rest, value, appending: true, in: &charter[root])
            return .pieces(Set((before..<before + more.count).map(FieldChange.Piece.item)))
        case .records(let more):
            _ = write(rest, value, appending: true, in: &charter[root])
            return .pieces(Set(more.map { .record($0.id) }))
        default:
            charter[root] = value
            return .whole
        }
    }

    /// The number of items of a list or records value; nil for anything else.
    static func length(of value: Value?) -> Int? {
        switch value {
        case .list(let items)?: items.count
        case .records(let records)?: records.count
        default: nil
        }
    }

    /// The slot is emptied while its list is changed (see `take`), so that the list is the only
    /// reference to its storage and changes in place.
    private static func write(_ rest: ArraySlice<FieldPath.Component>, _ value: Value, appending: Bool,
                              in slot: inout Value?) -> Bool {
        switch rest.first {
        case nil:
            if appending, case .list(let more) = value, var items = takeList(&slot) {
                items.append(contentsOf: more)
                slot = .list(items)
            } else if appending, case .records(let more) = value, var records = takeRecords(&slot) {
                records.append(contentsOf: more)
                slot = .records(records)
            } else {
                slot = value
            }
            return true
        case .record(let id)?:
            guard case .field(let f)? = rest.dropFirst().first, var records = takeRecords(&slot) else { return false }
            defer { slot = .records(records) }
            guard let i = records.lastIndex(where: { $0.id == id }) else { return false }
            return write(rest.dropFirst(2), value, appending: appending, in: &records[i].fields[f])
        case .item(let index)?:
            guard rest.count == 1, var items = takeList(&slot) else { return false }
            defer { slot = .list(items) }
            guard items.indices.contains(index) else { return false }
            items[index] = value
            return true
        case .field?:
            return false
        }
    }

    /// The items of a list held in `slot`, taken out of it (the slot is left empty).
    private static func takeList(_ slot: inout Value?) -> [Value]? {
        guard case .list(let items)? = slot else { return nil }
        slot = nil
        return items
    }

    /// The records held in `slot`, taken out of it (the slot is left empty).
    private static func takeRecords(_ slot: inout Value?) -> [Record]? {
        guard case .records(let records)? = slot else { return nil }
        slot = nil
        return records
    }

    /// True when `value` has the shape `type` expects.
    static func fits(_ value: Value, _ type: FieldType) -> Bool {
        switch (type, value) {
        case (.text, .text), (.longText, .text), (.person, .text), (.number, .number), (.date, .date), (.date, .month),
             (.duration, .duration), (.yesNo, .bool):
            return true
        case (.records(let model), .records(let records)):
            return records.allSatisfy { record in
                record.fields.allSatisfy { id, v in model.field(id).map { fits(v, $0.type) } ?? false }
            }
        case (.choice(let options), .text(let s)):
            return options.contains(s)
        case (.choice(let options), .wordedChoice(let w)):
            return w.option.map(options.contains) ?? true
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

    /// Every answered field path, in charter order, with its label (`Objectifs 2 › Cible`).
    static func answered(in charter: [String: Value], model: CharterModel) -> [(path: FieldPath, label: String, value: Value)] {
        var out: [(path: FieldPath, label: String, value: Value)] = []
        func walk(_ value: Value, _ field: FieldModel, _ path: FieldPath, _ label: String) {
            guard case (.records(let m), .records(let records)) = (field.type, value) else {
                out.append((path, label, value))
                return
            }
            for (n, r) in records.enumerated() {
                for sub in m.fields {
                    guard let v = r.fields[sub.id] else { continue }
                    walk(v, sub, path.appending(record: r.id).appending(field: sub.id), "\(label) \(n + 1) › \(sub.label)")
                }
            }
        }
        for field in model.allFields {
            if let v = charter[field.id] { walk(v, field, FieldPath(field: field.id), field.label) }
        }
        return out
    }
}

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

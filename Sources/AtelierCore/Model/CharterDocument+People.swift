/// Everyone named in person fields. A record holding a person field also gives that person's
/// e-mail (a text value with an @) and role (a choice value), so a stakeholders list works as is.
enum PeopleCollector {
    static func people(in charter: [String: Value], model: CharterModel) -> [CharterDocument.Person] {
        var byKey: [String: CharterDocument.Person] = [:]
        var order: [String] = []
        func add(_ name: String, email: String?, role: String?) {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return }
            let key = TextFolding.fold(trimmed)
            if var known = byKey[key] {
                known.email = known.email ?? email
                known.role = known.role ?? role
                byKey[key] = known
            } else {
                byKey[key] = .init(name: trimmed, email: email, role: role)
                order.append(key)
            }
        }
        func walk(_ value: Value, _ field: FieldModel) {
            switch (field.type, value) {
            case (.person, .text(let s)): add(s, email: nil, role: nil)
            case (.list(.person), .list(let items)):
                for case .text(let s) in items { add(s, email: nil, role: nil) }
            case (.records(let m), .records(let records)):
                for r in records {
                    var email: String?
                    var role: String?
                    for sub in m.fields {
                        guard case .text(let s)? = r.fields[sub.id] else { continue }
                        if case .choice = sub.type, role == nil { role = s }
                        if sub.type == .text, s.contains("@"), !s.contains(" ") { email = s }
                    }
                    let personFields = m.fields.filter { $0.type == .person }
                    for (n, sub) in personFields.enumerated() {
                        guard case .text(let s)? = r.fields[sub.id] else { continue }
                        add(s, email: n == 0 ? email : nil, role: n == 0 ? role : nil)
                    }
                    for sub in m.fields where sub.type != .person {
                        if let v = r.fields[sub.id] { walk(v, sub) }
                    }
                }
            default: break
            }
        }
        for field in model.allFields {
            if let v = charter[field.id] { walk(v, field) }
        }
        return order.compactMap { byKey[$0] }.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }
    }
}

import Yams

/// Reading `charter:` — sections and their typed fields, records nested as deep as needed.
extension ScriptReader {
    static let sectionKeys = ["section", "title", "facilitator", "fields"]
    static let fieldKeys = ["id", "label", "type", "hint", "item", "title", "fields", "options", "of", "renamed", "follow_up", "trend"]
    static let fieldTypeNames = ["text", "longtext", "number", "date", "duration", "yesno", "person", "choice", "list", "records"]

    func readCharter(_ node: Node) -> CharterModel {
        guard let items = sequence(node, key: "charter") else {
            charterLoaded = false
            return CharterModel(sections: [])
        }
        if items.isEmpty { report(.noSections, at: node.mark) }
        var sectionIDs = IDRegistry()
        var fieldIDs = IDRegistry()
        let sections = items.compactMap { readSection($0, sectionIDs: &sectionIDs, fieldIDs: &fieldIDs) }
        return CharterModel(sections: sections)
    }

    private func readSection(_ node: Node, sectionIDs: inout IDRegistry, fieldIDs: inout IDRegistry) -> SectionModel? {
        guard let entries = entries(of: node, key: "charter", place: .section, allowed: Self.sectionKeys) else { return nil }
        let id = requiredText("section", in: entries, place: .section)
        if let id {
            checkID(id, at: entries["section"])
            register(id, kind: .section, at: entries["section"], in: &sectionIDs)
        }
        let title = requiredText("title", in: entries, place: .section)
        let facilitator = bool(entries["facilitator"], key: "facilitator") ?? false
        var fields: [FieldModel] = []
        if let items = sequence(required("fields", in: entries, place: .section), key: "fields") {
            fields = items.compactMap { readField($0, ids: &fieldIDs) }
        }
        return SectionModel(id: id ?? "", title: title ?? "", fields: fields, facilitatorOnly: facilitator,
                            location: location(entries.mark))
    }

    /// One field; `ids` is the scope where its id must be unique (the charter, or its record).
    func readField(_ node: Node, ids: inout IDRegistry, idKind: IDKind = .field) -> FieldModel? {
        guard let entries = entries(of: node, key: "fields", place: .field, allowed: Self.fieldKeys) else { return nil }
        let id = requiredText("id", in: entries, place: .field)
        if let id {
            checkID(id, at: entries["id"], isField: true)
            register(id, kind: idKind, at: entries["id"], in: &ids)
        }
        let label = requiredText("label", in: entries, place: .field)
        let hint = text(entries["hint"], key: "hint")
        let typeName = requiredText("type", in: entries, place: .field)
        let type = typeName.flatMap { readFieldType($0, fieldID: id ?? "", entries: entries) }
        if let typeName {
            checkKeysApply(to: typeName, listOf: text(entries["of"], key: "of"), entries: entries)
        }
        let itemLabel = typeName == "records" ? text(entries["item"], key: "item") : nil
        var renamed: [String] = []
        for (old, node) in textList(entries["renamed"], key: "renamed", acceptSingle: true) ?? [] {
            checkID(old, at: node, isField: true)
            renamed.append(old)
        }
        return FieldModel(id: id ?? "", label: label ?? "", type: type ?? .text, hint: hint, itemLabel: itemLabel,
                          location: location(entries.mark), renamedFrom: renamed,
                          followUp: bool(entries["follow_up"], key: "follow_up") ?? false, trend: readTrend(entries["trend"]))
    }

    /// `trend: { start: reference, target: cible }`: the sibling fields a follow-up value is read against.
    private func readTrend(_ node: Node?) -> FieldModel.Trend? {
        guard let node, let entries = entries(of: node, key: "trend", place: .field, allowed: ["start", "target"]) else { return nil }
        return FieldModel.Trend(start: text(entries["start"], key: "start"), target: text(entries["target"], key: "target"))
    }

    /// A trend names fields of the same record.
    private func checkTrends(of fields: [FieldModel], recordsField: String, entries: Entries) {
        for field in fields {
            guard let trend = field.trend else { continue }
            for name in [trend.start, trend.target].compactMap({ $0 }) where !fields.contains(where: { $0.id == name }) {
                report(.unknownRecordField(name, field: recordsField, suggestion: Suggestion.closest(to: name, among: fields.map(\.id))),
                       at: entries.mark)
            }
        }
    }

    private func readFieldType(_ name: String, fieldID: String, entries: Entries) -> FieldType? {
        switch name {
        case "text": return .text
        case "longtext": return .longText
        case "number": return .number
        case "date": return .date
        case "duration": return .duration
        case "yesno": return .yesNo
        case "person": return .person
        case "choice": return readOptions(fieldID: fieldID, entries: entries).map { FieldType.choice($0) }
        case "list":
            let itemName = text(entries["of"], key: "of") ?? "text"
            guard !["list", "records"].contains(itemName) else {
                report(.invalidListItemType(itemName), at: entries["of"]?.mark)
                return nil
            }
            guard Self.fieldTypeNames.contains(itemName) else {
                report(.unknownFieldType(itemName, suggestion: Suggestion.closest(to: itemName, among: Self.fieldTypeNames)),
                       at: entries["of"]?.mark)
                return nil
            }
            return readFieldType(itemName, fieldID: fieldID, entries: entries).map { FieldType.list($0) }
        case "records":
            return readRecordModel(fieldID: fieldID, entries: entries).map { FieldType.records($0) }
        default:
            report(.unknownFieldType(name, suggestion: Suggestion.closest(to: name, among: Self.fieldTypeNames)),
                   at: entries["type"]?.mark)
            return nil
        }
    }

    private func readOptions(fieldID: String, entries: Entries) -> [String]? {
        guard let node = entries["options"] else {
            report(.choiceWithoutOptions(field: fieldID), at: entries["type"]?.mark)
            return nil
        }
        guard let options = textList(node, key: "options") else { return nil }
        if options.isEmpty {
            report(.choiceWithoutOptions(field: fieldID), at: node.mark)
            return nil
        }
        return options.map(\.text)
    }

    private func readRecordModel(fieldID: String, entries: Entries) -> RecordModel? {
        guard let node = entries["fields"] else {
            report(.recordsWithoutFields(field: fieldID), at: entries["type"]?.mark)
            return nil
        }
        guard let items = sequence(node, key: "fields") else { return nil }
        guard !items.isEmpty else {
            report(.recordsWithoutFields(field: fieldID), at: node.mark)
            return nil
        }
        var ids = IDRegistry()
        let fields = items.compactMap { readField($0, ids: &ids, idKind: .recordField) }
        checkTrends(of: fields, recordsField: fieldID, entries: entries)
        var titleField: String?
        if let titleNode = entries["title"], let title = text(titleNode, key: "title") {
            if fields.contains(where: { $0.id == title }) {
                titleField = title
            } else {
                report(.unknownTitleField(title, field: fieldID, suggestion: Suggestion.closest(to: title, among: fields.map(\.id))),
                       at: titleNode.mark)
            }
        }
        return RecordModel(fields: fields, titleField: titleField)
    }

    /// Reports keys that belong to another type (`options:` on a text field…).
    private func checkKeysApply(to typeName: String, listOf: String?, entries: Entries) {
        guard Self.fieldTypeNames.contains(typeName) else { return }
        var applicable: Set<String> = []
        switch typeName {
        case "choice": applicable = ["options"]
        case "list": applicable = listOf == "choice" ? ["of", "options"] : ["of"]
        case "records": applicable = ["item", "title", "fields"]
        default: break
        }
        for key in ["options", "of", "item", "title", "fields"] where entries.has(key) && !applicable.contains(key) {
            report(.keyNotForType(key: key, type: typeName), at: entries.keyMark(key))
        }
    }
}

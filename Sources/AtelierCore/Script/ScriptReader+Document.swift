import Yams

/// Reading `document:` — the charter's title, subtitle, one-page summary and approval block.
extension ScriptReader {
    static let documentKeys = ["title", "subtitle", "summary", "approval"]
    static let summaryItemKeys = ["field", "show"]
    static let signatoryKeys = ["role", "field"]

    func readPresentation(_ node: Node?, charter: CharterModel) -> CharterPresentation {
        guard let node, kind(of: node) != .nothing,
              let entries = entries(of: node, key: "document", place: .document, allowed: Self.documentKeys) else {
            return CharterPresentation()
        }
        let title = placeholderText(entries["title"], key: "title", charter: charter)
        let subtitle = placeholderText(entries["subtitle"], key: "subtitle", charter: charter)
        let summary = sequence(entries["summary"], key: "summary")?.compactMap { readSummaryItem($0, charter: charter) }
        let approval = sequence(entries["approval"], key: "approval")?.compactMap { readSignatory($0, charter: charter) } ?? []
        return CharterPresentation(title: title, subtitle: subtitle, summary: summary, approval: approval)
    }

    /// A title or subtitle; each `{name}` must be a placeholder or a top-level field of one value.
    private func placeholderText(_ node: Node?, key: String, charter: CharterModel) -> String? {
        guard let node, let value = text(node, key: key) else { return nil }
        guard charterLoaded else { return value }
        let single = charter.allFields.filter { !$0.type.holdsSeveral }.map(\.id)
        let known = CharterPresentation.placeholders + single
        for name in Self.placeholderNames(in: value) where !known.contains(name) {
            report(.unknownPlaceholder(name, suggestion: Suggestion.closest(to: name, among: known)), at: node.mark)
        }
        return value
    }

    /// The names between braces in `text`, in order.
    static func placeholderNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]).trimmingCharacters(in: .whitespaces))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// `- objectifs` or `- { field: objectifs, show: [indicateurs.cible] }`.
    private func readSummaryItem(_ node: Node, charter: CharterModel) -> CharterPresentation.SummaryItem? {
        if case .scalar = node {
            guard let id = text(node, key: "summary") else { return nil }
            return topLevelField(id, at: node, charter: charter) == nil && charterLoaded ? nil : .init(field: id)
        }
        guard let entries = entries(of: node, key: "summary", place: .summaryItem, allowed: Self.summaryItemKeys),
              let id = requiredText("field", in: entries, place: .summaryItem) else { return nil }
        let field = topLevelField(id, at: entries["field"], charter: charter)
        if field == nil && charterLoaded { return nil }
        let show = textList(entries["show"], key: "show", acceptSingle: true) ?? []
        if let field, !show.isEmpty {
            guard case .records(let model) = field.type else {
                report(.showNeedsRecords(id), at: entries["show"]?.mark)
                return nil
            }
            for (path, pathNode) in show { checkShowPath(path, in: model, field: id, at: pathNode) }
        }
        return .init(field: id, show: show.map(\.text))
    }

    /// `responsable` (a field of the record) or `indicateurs.cible` (a field of the records it holds).
    private func checkShowPath(_ path: String, in model: RecordModel, field: String, at node: Node) {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let first = parts[0]
        guard let sub = model.field(first) else {
            report(.unknownRecordField(first, field: field, suggestion: Suggestion.closest(to: first, among: model.fields.map(\.id))),
                   at: node.mark)
            return
        }
        guard parts.count > 1 else { return }
        guard parts.count == 2, case .records(let inner) = sub.type else {
            report(.unknownRecordField(path, field: field, suggestion: nil), at: node.mark)
            return
        }
        if inner.field(parts[1]) == nil {
            report(.unknownRecordField(parts[1], field: first, suggestion: Suggestion.closest(to: parts[1], among: inner.fields.map(\.id))),
                   at: node.mark)
        }
    }

    /// `- { role: Sponsor, field: sponsor }`: the field must name one person (or hold one text).
    private func readSignatory(_ node: Node, charter: CharterModel) -> CharterPresentation.Signatory? {
        guard let entries = entries(of: node, key: "approval", place: .signatory, allowed: Self.signatoryKeys),
              let role = requiredText("role", in: entries, place: .signatory) else { return nil }
        guard let id = text(entries["field"], key: "field") else { return .init(role: role) }
        if let field = topLevelField(id, at: entries["field"], charter: charter), ![.person, .text].contains(field.type) {
            report(.signatoryNotAName(id), at: entries["field"]?.mark)
        }
        return .init(role: role, field: id)
    }

    /// The top-level field `id`, or nil with an error (when the charter could be read).
    private func topLevelField(_ id: String, at node: Node?, charter: CharterModel) -> FieldModel? {
        if let field = charter.field(id) { return field }
        if charterLoaded {
            report(.undefinedField(id, suggestion: Suggestion.closest(to: id, among: charter.allFields.map(\.id))), at: node?.mark)
        }
        return nil
    }
}

extension FieldType {
    /// A list or records: more than one value.
    var holdsSeveral: Bool {
        switch self {
        case .list, .records: true
        default: false
        }
    }
}

import AtelierCore

/// The parts of the charter that make it a document: the title block, the one-page summary and the
/// approval block, from the script's `document:` declaration (or Atelier's defaults).
struct DocumentParts {
    let doc: CharterDocument
    let labels: Labels
    let locator: ValueLocator
    let client: String?
    let date: String

    /// Title, subtitle, version and status.
    func head(version: String, status: DocumentStatus) -> DocumentHead {
        let presentation = doc.presentation
        let defaultTitle = client.map { "\(labels[.charter]) — \($0)" } ?? labels[.charter]
        let title = presentation.title.map(fill).flatMap { $0.isEmpty ? nil : $0 } ?? defaultTitle
        let subtitle = presentation.subtitle.map(fill) ?? Sanitizer.line(doc.workshopTitle)
        let cleanVersion = Sanitizer.line(version).trimmingCharacters(in: .whitespaces)
        return DocumentHead(title: title, subtitle: subtitle == title ? "" : subtitle,
                            version: cleanVersion.isEmpty ? "1.0" : cleanVersion,
                            status: labels[status == .draft ? .statusDraft : .statusValidated], isDraft: status == .draft)
    }

    /// A title with its `{placeholders}` filled in; separators left dangling by an empty value go.
    func fill(_ template: String) -> String {
        var out = ""
        var rest = Sanitizer.line(template)[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            out += value(of: rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespaces))
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return Self.tidy(out)
    }

    private func value(of name: String) -> String {
        switch name {
        case "client": return client ?? ""
        case "date": return date
        case "workshop": return Sanitizer.line(doc.workshopTitle)
        default:
            guard let field = locator.top(name), let value = field.value, !value.isEmpty else { return "" }
            return locator.display(value, field.model.type)
        }
    }

    /// "Charte —  — 2026" -> "Charte — 2026"; no separator at either end.
    static func tidy(_ text: String) -> String {
        let separators = ["—", "–", "-", "·", "|", ",", ":"]
        var parts = text.components(separatedBy: " ").filter { !$0.isEmpty }
        var index = 0
        while index < parts.count {
            let isSeparator = separators.contains(parts[index]) || parts[index] == "\u{202F}:"
            let previousIsSeparator = index > 0 && separators.contains(parts[index - 1])
            if isSeparator && (index == 0 || index == parts.count - 1 || previousIsSeparator) {
                parts.remove(at: index)
                index = max(0, index - 1)
            } else {
                index += 1
            }
        }
        return parts.joined(separator: " ")
    }

    /// The approval block: each role with the name the charter gives it.
    func approval() -> [SignatoryView] {
        doc.presentation.approval.map { signatory in
            let name = signatory.field.flatMap(locator.top).flatMap { field in
                field.value.flatMap { $0.isEmpty ? nil : locator.display($0, field.model.type) }
            }
            return SignatoryView(role: Sanitizer.line(signatory.role), name: name ?? "")
        }
    }

    /// The summary: `fields` (ids) when given, else the script's `document.summary`, else the
    /// records that hold records (objectives and their indicators) or a person and a date (next steps).
    func summary(fields ids: [String]?, decided: DecisionIndex) -> [SummaryEntry] {
        let items: [CharterPresentation.SummaryItem]
        if let ids {
            items = ids.map { CharterPresentation.SummaryItem(field: $0) }
        } else if let declared = doc.presentation.summary {
            items = declared
        } else {
            items = doc.sections.filter { !$0.facilitatorOnly }.flatMap(\.fields)
                .filter { CharterView.belongsInSummary($0.model.type) }.map { .init(field: $0.model.id) }
        }
        return items.compactMap { item in
            guard let field = locator.top(item.field) else { return nil }
            return entry(field, show: item.show, decided: decided)
        }
    }

    private func entry(_ field: CharterDocument.Field, show: [String], decided: DecisionIndex) -> SummaryEntry {
        let label = Sanitizer.line(field.model.label)
        guard let value = field.value, !value.isEmpty else {
            let decision = decided.text(at: FieldPath(field: field.model.id))
            return SummaryEntry(label: label, content: decision.isEmpty ? .empty : .text(labels.labelled(labels[.decision], decision)))
        }
        switch (value, field.model.type) {
        case (.records(let records), .records(let model)):
            return SummaryEntry(label: label, content: .lines(records.map {
                line($0, model, show: show, at: FieldPath(field: field.model.id).appending(record: $0.id), decided: decided)
            }))
        case (.list(let items), .list(let itemType)):
            return SummaryEntry(label: label, content: .lines(items.map {
                SummaryLine(text: locator.display($0, itemType), detail: "", children: [])
            }))
        default:
            return SummaryEntry(label: label, content: .text(locator.display(value, field.model.type)))
        }
    }

    /// A record: its title, its own fields listed in `show` beside it, and for each records field
    /// named in `show` (`indicateurs.cible`), each of its records with those fields.
    private func line(_ record: Record, _ model: RecordModel, show: [String], at path: FieldPath,
                      decided: DecisionIndex) -> SummaryLine {
        let title = model.titleField.flatMap { record.fields[$0] }.map { locator.display($0, .text) } ?? labels[.unanswered]
        var details: [String] = []
        var nested: [String: [String]] = [:]
        var nestedOrder: [String] = []
        for entry in show {
            let parts = entry.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                if nested[parts[0]] == nil { nestedOrder.append(parts[0]) }
                nested[parts[0], default: []].append(parts[1])
            } else if let sub = model.field(entry), let value = record.fields[entry], !value.isEmpty {
                details.append(locator.display(value, sub.type))
            }
        }
        // Without `show`, the records a record holds are listed by their titles.
        if show.isEmpty {
            for sub in model.fields { if case .records = sub.type { nestedOrder.append(sub.id); nested[sub.id] = [] } }
        }
        var children: [String] = []
        for id in nestedOrder {
            guard let sub = model.field(id), case .records(let childModel) = sub.type else { continue }
            if case .records(let list)? = record.fields[id] {
                for child in list { children.append(childLine(child, childModel, fields: nested[id] ?? [])) }
            }
            for text in decided.at(path.appending(field: id)) { children.append(labels.labelled(labels[.decision], text)) }
        }
        return SummaryLine(text: title, detail: details.joined(separator: ", "), children: children)
    }

    /// "Délai moyen de recrutement : 40 jours".
    private func childLine(_ record: Record, _ model: RecordModel, fields: [String]) -> String {
        let title = model.titleField.flatMap { record.fields[$0] }.map { locator.display($0, .text) } ?? labels[.unanswered]
        let values = fields.compactMap { id -> String? in
            guard let sub = model.field(id) else { return nil }
            guard let value = record.fields[id], !value.isEmpty else { return labels[.unanswered] }
            return locator.display(value, sub.type)
        }
        return values.isEmpty ? title : labels.labelled(title, values.joined(separator: ", "))
    }
}

import AtelierCore

/// Values marked "à confirmer": a question still hangs on them.
private func marked(_ text: String, at path: FieldPath, _ marks: Set<String>, _ labels: Labels) -> String {
    marks.contains(path.description) ? "\(text) (\(labels[.toConfirm]))" : text
}

extension FieldView {
    init(_ field: CharterDocument.Field, _ labels: Labels, _ decided: inout DecisionIndex, marks: Set<String>) {
        let language = labels.language
        let model = field.model
        let path = FieldPath(field: model.id)
        let content: Content
        switch (field.value, model.type) {
        case (nil, _):
            content = .empty
        case (let value?, _) where value.isEmpty:
            content = .empty
        case (.records(let records)?, .records(let recordModel)):
            content = .table(TableView(label: Sanitizer.line(model.label), records: records, model: recordModel,
                                       at: path, &decided, marks: marks, labels))
        case (.list(let items)?, let type):
            let itemType: FieldType? = if case .list(let t) = type { t } else { nil }
            content = .list(items.enumerated().map { index, item in
                marked(DisplayText.value(item, model: itemType, language), at: path.appending(item: index), marks, labels)
            })
        case (let value?, let type):
            content = .text(marked(DisplayText.value(value, model: type, language), at: path, marks, labels))
        }
        self.init(id: Sanitizer.line(model.id), label: Sanitizer.line(model.label), content: content, model: model,
                  value: field.value, decision: decided.takeText(path))
    }
}

extension TableView {
    /// Scalar subfields become columns; each records subfield becomes a flattened subtable. A decision
    /// taken on an unanswered cell fills that cell; one taken on a parent's nested records adds a row
    /// for that parent to the subtable.
    init(label: String, records: [Record], model: RecordModel, at path: FieldPath, _ decided: inout DecisionIndex,
         marks: Set<String>, _ labels: Labels) {
        let language = labels.language
        let scalar = model.fields.filter { if case .records = $0.type { false } else { true } }
        let nested = model.fields.filter { if case .records = $0.type { true } else { false } }
        let parentLabel = Sanitizer.line(model.titleField.flatMap(model.field)?.label ?? label)
        func decisionText(_ text: String) -> String { labels.labelled(labels[.decision], text) }
        func cells(_ record: Record, _ columns: [FieldModel], at recordPath: FieldPath) -> [String] {
            var row: [String] = []
            row.reserveCapacity(columns.count + 1)
            for column in columns {
                let cellPath = recordPath.appending(field: column.id)
                if let value = record.fields[column.id], !value.isEmpty {
                    row.append(marked(DisplayText.value(value, model: column.type, language), at: cellPath, marks, labels))
                } else if !decided.isEmpty, case let text = decided.takeText(cellPath), !text.isEmpty {
                    row.append(decisionText(text))
                } else {
                    row.append(labels[.unanswered])
                }
            }
            return row
        }
        func title(_ record: Record) -> String {
            guard let id = model.titleField, let value = record.fields[id] else { return labels[.unanswered] }
            return Sanitizer.line(DisplayText.value(value, model: .text, language))
        }
        var subtables: [TableView] = []
        for field in nested {
            guard case .records(let childModel) = field.type else { continue }
            let childScalar = childModel.fields.filter { if case .records = $0.type { false } else { true } }
            var rows: [Row] = []
            for record in records {
                let recordPath = path.appending(record: record.id)
                let listPath = recordPath.appending(field: field.id)
                if case .records(let children)? = record.fields[field.id] {
                    for child in children {
                        let row = [title(record)] + cells(child, childScalar, at: listPath.appending(record: child.id))
                        rows.append(Row(cells: row, decision: nil))
                    }
                }
                for text in decided.take(listPath) {
                    let filler = [String](repeating: "", count: max(0, childScalar.count - 1))
                    rows.append(Row(cells: [title(record), decisionText(text)] + filler, decision: text))
                }
            }
            subtables.append(TableView(title: Sanitizer.line(field.label),
                                       columns: [parentLabel] + childScalar.map { Sanitizer.line($0.label) },
                                       rows: rows, subtables: []))
        }
        let rows = records.map { Row(cells: cells($0, scalar, at: path.appending(record: $0.id)), decision: nil) }
        self.init(title: label, columns: scalar.map { Sanitizer.line($0.label) }, rows: rows, subtables: subtables)
    }
}

extension AnnexView {
    init(_ annex: CharterDocument.Annex, sections: [SectionView], decisions: [DecisionView], _ language: Language) {
        self.init(
            sections: sections, decisions: decisions,
            checkpoints: annex.checkpoints.map {
                Checkpoint(phase: Sanitizer.line($0.phase), text: Sanitizer.clean($0.text), ok: $0.ok,
                           time: $0.time.map { DisplayText.clock(seconds: $0) } ?? "")
            },
            phases: annex.phases.map {
                PhaseTime(title: Sanitizer.line($0.title), timebox: DisplayText.duration(minutes: $0.timeboxMinutes),
                          spent: DisplayText.duration(minutes: DisplayText.minutes(seconds: $0.spentSeconds)),
                          over: $0.spentSeconds > Double($0.timeboxMinutes) * 60)
            },
            notes: annex.notes.map { Note(text: Sanitizer.clean($0.text), time: DisplayText.clock(seconds: $0.time)) },
            total: DisplayText.duration(minutes: DisplayText.minutes(seconds: annex.totalSeconds)),
            planned: DisplayText.duration(minutes: annex.plannedMinutes))
    }
}

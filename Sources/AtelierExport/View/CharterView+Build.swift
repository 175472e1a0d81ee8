import AtelierCore

extension CharterView {
    /// The one walk over the document that every format shares.
    init(_ doc: CharterDocument, facilitator: Bool, summaryFields: [String]?) {
        let language = doc.language
        let labels = Labels.of(language)
        let included = doc.sections.filter { facilitator || !$0.facilitatorOnly }
        let titles = Dictionary(doc.sections.map { ($0.id, SafeText.line($0.title)) }, uniquingKeysWith: { a, _ in a })
        func sectionTitle(_ id: String?) -> String { id.map { titles[$0] ?? SafeText.line($0) } ?? "" }

        let decided = DecisionIndex(doc.decisions)
        // A section that declares no field has nothing to show.
        let sections = included.filter { !$0.fields.isEmpty }.map { section in
            var view = SectionView(id: SafeText.line(section.id), title: SafeText.line(section.title),
                                   locked: section.locked, facilitatorOnly: section.facilitatorOnly,
                                   readinessPercent: DisplayText.percent(section.readiness),
                                   fields: section.fields.map { FieldView($0, language, decided) })
            view.arrange()
            return view
        }
        let allFields = sections.flatMap(\.fields)
        let summary: [FieldView]
        if let ids = summaryFields {
            summary = ids.compactMap { id in allFields.first { $0.model.id == id } }
        } else {
            summary = allFields.filter { Self.belongsInSummary($0.model.type) }
        }

        self.init(
            language: language, labels: labels, workshopID: SafeText.line(doc.workshopID),
            workshopTitle: SafeText.line(doc.workshopTitle), sessionID: SafeText.line(doc.sessionID),
            client: doc.client.map(SafeText.line).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 },
            date: DisplayText.date(doc.date, language), isoDate: doc.date.iso,
            readinessPercent: DisplayText.percent(doc.readiness.overall),
            blockingOpen: doc.readiness.blockingOpen, blockingClosed: doc.readiness.blockingClosed,
            blockingOpenText: labels.count(doc.readiness.blockingOpen, one: labels.blockingOpenOne,
                                           other: labels.blockingOpen, language),
            blockingClosedText: labels.count(doc.readiness.blockingClosed, one: labels.blockingClosedOne,
                                             other: labels.blockingClosed, language),
            facilitator: facilitator, sections: sections,
            decisions: doc.decisions.map {
                DecisionView(question: SafeText.clean($0.question), text: SafeText.clean($0.text),
                             section: sectionTitle($0.section))
            },
            openQuestions: doc.openQuestions.map {
                OpenQuestionView(question: SafeText.clean($0.question),
                                 owner: $0.owner.map(SafeText.line).flatMap { $0.isEmpty ? nil : $0 },
                                 dontKnow: $0.dontKnow, section: sectionTitle($0.section))
            },
            openGaps: doc.openGaps.map {
                GapView(question: SafeText.clean($0.question), section: sectionTitle($0.section),
                        blocking: $0.weight == .blocking, asked: $0.asked)
            },
            people: doc.people.map {
                PersonView(name: SafeText.line($0.name), email: $0.email.map(SafeText.line),
                           role: $0.role.map(SafeText.line))
            },
            annex: facilitator ? AnnexView(doc.annex, language) : nil,
            summary: summary)
    }

    /// Objectives with their indicators (records holding records), and anything with an owner and a
    /// date (next steps, deliverables): what a compte rendu recalls.
    static func belongsInSummary(_ type: FieldType) -> Bool {
        guard case .records(let model) = type else { return false }
        let types = model.fields.map(\.type)
        let nested = types.contains { if case .records = $0 { true } else { false } }
        return nested || (types.contains(.person) && types.contains(.date))
    }
}

extension FieldView {
    init(_ field: CharterDocument.Field, _ language: Language, _ decided: DecisionIndex) {
        let model = field.model
        let path = FieldPath(field: model.id)
        let content: Content
        switch (field.value, model.type) {
        case (nil, _):
            content = .empty
        case (let value?, _) where value.isEmpty:
            content = .empty
        case (.records(let records)?, .records(let recordModel)):
            content = .table(TableView(label: SafeText.line(model.label), records: records, model: recordModel,
                                       at: path, decided, language))
        case (.list(let items)?, let type):
            let itemType: FieldType? = if case .list(let t) = type { t } else { nil }
            content = .list(items.map { DisplayText.value($0, model: itemType, language) })
        case (let value?, let type):
            content = .text(DisplayText.value(value, model: type, language))
        }
        self.init(id: SafeText.line(model.id), label: SafeText.line(model.label), content: content, model: model,
                  value: field.value, decision: decided.text(at: path))
    }
}

extension TableView {
    /// Scalar subfields become columns; each records subfield becomes a flattened subtable. A decision
    /// taken on an unanswered cell fills that cell; one taken on a parent's nested records adds a row
    /// for that parent to the subtable.
    init(label: String, records: [Record], model: RecordModel, at path: FieldPath, _ decided: DecisionIndex,
         _ language: Language) {
        let labels = Labels.of(language)
        let scalar = model.fields.filter { if case .records = $0.type { false } else { true } }
        let nested = model.fields.filter { if case .records = $0.type { true } else { false } }
        let parentLabel = SafeText.line(model.titleField.flatMap(model.field)?.label ?? label)
        func decisionText(_ text: String) -> String { "\(labels.decision)\(labels.colon) \(text)" }
        func cells(_ record: Record, _ columns: [FieldModel], at recordPath: FieldPath) -> [String] {
            var row: [String] = []
            row.reserveCapacity(columns.count + 1)
            for column in columns {
                if let value = record.fields[column.id], !value.isEmpty {
                    row.append(DisplayText.value(value, model: column.type, language))
                } else if !decided.isEmpty, case let text = decided.text(at: recordPath.appending(field: column.id)),
                          !text.isEmpty {
                    row.append(decisionText(text))
                } else {
                    row.append(labels.unanswered)
                }
            }
            return row
        }
        func title(_ record: Record) -> String {
            guard let id = model.titleField, let value = record.fields[id] else { return labels.unanswered }
            return SafeText.line(DisplayText.value(value, model: .text, language))
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
                for text in decided.at(listPath) {
                    let filler = [String](repeating: "", count: max(0, childScalar.count - 1))
                    rows.append(Row(cells: [title(record), decisionText(text)] + filler, decision: text))
                }
            }
            subtables.append(TableView(title: SafeText.line(field.label),
                                       columns: [parentLabel] + childScalar.map { SafeText.line($0.label) },
                                       rows: rows, subtables: []))
        }
        self.init(title: label, columns: scalar.map { SafeText.line($0.label) },
                  rows: records.map { Row(cells: cells($0, scalar, at: path.appending(record: $0.id)), decision: nil) },
                  subtables: subtables)
    }
}

extension AnnexView {
    init(_ annex: CharterDocument.Annex, _ language: Language) {
        self.init(
            checkpoints: annex.checkpoints.map {
                Checkpoint(phase: SafeText.line($0.phase), text: SafeText.clean($0.text), ok: $0.ok,
                           time: $0.time.map { DisplayText.clock(seconds: $0) } ?? "")
            },
            phases: annex.phases.map {
                PhaseTime(title: SafeText.line($0.title), timebox: DisplayText.duration(minutes: $0.timeboxMinutes),
                          spent: DisplayText.duration(minutes: DisplayText.minutes(seconds: $0.spentSeconds)),
                          over: $0.spentSeconds > Double($0.timeboxMinutes) * 60)
            },
            notes: annex.notes.map { Note(text: SafeText.clean($0.text), time: DisplayText.clock(seconds: $0.time)) },
            total: DisplayText.duration(minutes: DisplayText.minutes(seconds: annex.totalSeconds)),
            planned: DisplayText.duration(minutes: annex.plannedMinutes))
    }
}

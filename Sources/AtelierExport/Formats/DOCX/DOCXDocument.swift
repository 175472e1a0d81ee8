/// The charter as `word/document.xml`: the same walk as the templates, written as WordprocessingML.
enum DOCXDocument {
    static func xml(_ view: CharterView) -> String {
        let labels = view.labels
        var w = WordML()
        w.paragraph(view.workshopTitle, style: "Title")
        w.paragraph([view.client, view.date].compactMap { $0 }.joined(separator: " — "), style: "Subtitle")
        let percent = DisplayText.percent(view.readinessPercent, view.language)
        w.paragraph(runs: [
            ("\(labels.readiness)\(labels.colon) \(percent)", bold: true, italic: false),
            (" (\(view.blockingClosedText), \(view.blockingOpenText))", bold: false, italic: false),
        ])
        for section in view.sections {
            w.heading(section.locked ? "\(section.title) (\(labels.locked))" : section.title, level: 1)
            for index in section.fields.indices {
                let field = section.fields[index]
                if section.isCompact(at: index) {
                    writeLine(field, labels, into: &w)
                } else {
                    write(field, labels, heading: section.showsLabel(at: index), into: &w)
                }
            }
        }
        if !view.decisions.isEmpty {
            w.heading(labels.decisions, level: 1)
            for d in view.decisions {
                w.paragraph(runs: [(d.question, bold: true, italic: false), (" — " + d.text, bold: false, italic: false)],
                            style: "ListBullet")
            }
        }
        if !view.openQuestions.isEmpty {
            w.heading(labels.openQuestions, level: 1)
            w.table(columns: [labels.question, labels.owner], rows: view.openQuestions.map { q in
                [q.dontKnow ? "\(q.question) (\(labels.dontKnow))" : q.question, q.owner ?? labels.ownerUnknown]
            })
        }
        if !view.openGaps.isEmpty {
            w.heading(labels.openGaps, level: 1)
            for g in view.openGaps {
                w.bullet("\(g.question) (\(g.section)\(g.blocking ? ", \(labels.blocking)" : ""))")
            }
        }
        if let annex = view.annex { write(annex, labels, into: &w) }
        return wrap(w.body)
    }

    /// A field that fits on a line: "**Sponsor** : Isabelle Marchand".
    private static func writeLine(_ field: FieldView, _ labels: Labels, into w: inout WordML) {
        var runs: [(String, bold: Bool, italic: Bool)] = [(field.label, bold: true, italic: false)]
        let value: String? = if case .text(let text) = field.content { text } else { nil }
        if let value { runs.append(("\(labels.colon) \(value)", bold: false, italic: false)) }
        if !field.decision.isEmpty {
            runs.append((value == nil ? "\(labels.colon) " : " — ", bold: false, italic: false))
            runs.append(("\(labels.decision)\(labels.colon) \(field.decision)", bold: false, italic: true))
        } else if value == nil {
            runs.append(("\(labels.colon) ", bold: false, italic: false))
            runs.append((labels.notAnswered, bold: false, italic: true))
        }
        w.paragraph(runs: runs)
    }

    private static func write(_ field: FieldView, _ labels: Labels, heading: Bool, into w: inout WordML) {
        if heading { w.heading(field.label, level: 2) }
        switch field.content {
        case .empty:
            if field.decision.isEmpty { w.paragraph(labels.notAnswered, italic: true) }
        case .text(let text):
            // The client's lines, each a paragraph of its own.
            for line in text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
                w.paragraph(String(line))
            }
        case .list(let items):
            for item in items { w.bullet(item) }
        case .table(let table):
            if table.columns.count == 1 {
                for row in table.rows { w.bullet(row.cells.first ?? "") }
            } else {
                w.table(columns: table.columns, rows: table.rows.map(\.cells))
            }
            for sub in table.subtables {
                w.heading(sub.title, level: heading ? 3 : 2)
                if sub.rows.isEmpty {
                    w.paragraph(labels.notAnswered, italic: true)
                } else {
                    let notes = Set(sub.rows.indices.filter { sub.rows[$0].decision != nil })
                    w.table(columns: sub.columns, rows: sub.rows.map(\.cells), spanning: notes)
                }
            }
        }
        if !field.decision.isEmpty {
            w.paragraph("\(labels.decision)\(labels.colon) \(field.decision)", italic: true)
        }
    }

    private static func write(_ annex: AnnexView, _ labels: Labels, into w: inout WordML) {
        w.heading(labels.annex, level: 1)
        if !annex.checkpoints.isEmpty {
            w.heading(labels.checkpoints, level: 2)
            w.table(columns: [labels.phase, labels.checkpoints, "\(labels.yes) / \(labels.no)", labels.time],
                    rows: annex.checkpoints.map { c in
                        [c.phase, c.text, c.ok.map { $0 ? labels.yes : labels.no } ?? labels.unanswered, c.time]
                    })
        }
        w.heading(labels.timing, level: 2)
        w.table(columns: [labels.phase, labels.timebox, labels.spent], rows: annex.phases.map { p in
            [p.title, p.timebox, p.over ? "\(p.spent) (\(labels.over))" : p.spent]
        })
        w.paragraph("\(labels.total)\(labels.colon) \(annex.total) / \(annex.planned)")
        if !annex.notes.isEmpty {
            w.heading(labels.notes, level: 2)
            for note in annex.notes { w.bullet("\(note.time) — \(note.text)") }
        }
    }

    private static func wrap(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <w:body>
        \(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
        <w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>
        </w:body>
        </w:document>

        """
    }
}

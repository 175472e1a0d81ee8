/// The charter as `word/document.xml`: the same walk as the templates, written as WordprocessingML.
enum DOCXDocument {
    static func xml(_ view: CharterView) -> String {
        let labels = view.labels
        var w = WordML()
        w.paragraph(view.workshopTitle, style: "Title")
        w.paragraph([view.client, view.date].compactMap { $0 }.joined(separator: " — "), style: "Subtitle")
        w.paragraph(runs: [
            ("\(labels.readiness)\(labels.colon) \(view.readinessPercent) %", true),
            (" (\(view.blockingClosed) \(labels.blockingClosed), \(view.blockingOpen) \(labels.blockingOpen))", false),
        ])
        for section in view.sections {
            w.heading(section.locked ? "\(section.title) (\(labels.locked))" : section.title, level: 1)
            for field in section.fields { write(field, labels, heading: !section.repeatsItsTitle, into: &w) }
        }
        if !view.decisions.isEmpty {
            w.heading(labels.decisions, level: 1)
            for d in view.decisions {
                w.paragraph(runs: [(d.question, true), (" — " + d.text, false)], style: "ListBullet")
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

    private static func write(_ field: FieldView, _ labels: Labels, heading: Bool, into w: inout WordML) {
        if heading { w.heading(field.label, level: 2) }
        switch field.content {
        case .empty:
            w.paragraph(labels.notAnswered, italic: true)
        case .text(let text):
            w.paragraph(text)
        case .list(let items):
            for item in items { w.bullet(item) }
        case .table(let table):
            w.table(columns: table.columns, rows: table.rows)
            for sub in table.subtables {
                w.heading(sub.title, level: 3)
                if sub.rows.isEmpty {
                    w.paragraph(labels.notAnswered, italic: true)
                } else {
                    w.table(columns: sub.columns, rows: sub.rows)
                }
            }
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

/// The charter as `word/document.xml`: the same walk as the templates, written as WordprocessingML.
/// The title block and the summary, then the contents (kept on one page) and the sections, the
/// approval block at the end; the facilitator's annex on pages of its own.
enum DOCXDocument {
    /// The document part, and how many numbered lists it holds (for `word/numbering.xml`).
    static func xml(_ view: CharterView) -> (xml: String, numberedLists: Int) {
        let labels = view.labels
        var w = WordML()
        writeTitle(view, into: &w)
        if !view.summary.isEmpty {
            w.heading(labels[.summary], level: 1)
            for entry in view.summary { write(entry, labels, into: &w) }
        }
        if !view.contents.isEmpty {
            w.paragraph(labels[.contents], style: "TOCHeading")
            w.tableOfContents(view.contents)
        }
        if let progress = view.progress { write(progress, labels, into: &w) }
        for section in view.sections { write(section, labels, into: &w) }
        if !view.decisions.isEmpty {
            w.heading(labels[.decisions], level: 1, anchor: "decisions")
            for d in view.decisions { w.listItem([.init(d.subject, bold: true), .init(" — " + d.text)]) }
        }
        if !view.openQuestions.isEmpty {
            w.heading(labels[.openQuestions], level: 1, anchor: "open-questions")
            let table = view.openQuestionTable
            w.table(columns: table.columns, rows: table.rows)
        }
        if !view.openGaps.isEmpty {
            w.heading(labels[.openGaps], level: 1, anchor: "open-gaps")
            for g in view.openGaps { w.bullet("\(g.question) (\(g.section)\(g.blocking ? ", \(labels[.blocking])" : ""))") }
        }
        if !view.approval.isEmpty {
            w.heading(labels[.approval], level: 1, anchor: "approval")
            // The block stays on one page: heading, sentence and every signature line.
            w.paragraph([.init(labels[.approvalIntro])], keepWithNext: true)
            w.table(columns: [labels[.role], labels[.name], labels[.date], labels[.sign]],
                    rows: view.approval.map { [$0.role, $0.name, "", ""] }, rowHeight: 1000, shares: [0.24, 0.28, 0.16, 0.32],
                    together: true)
        }
        if let annex = view.annex { write(annex, labels, into: &w) }
        return (wrap(w.body), w.numberedLists)
    }

    /// "Since last time": the follow-up answers against last time's and their targets, what
    /// changed in the charter, the questions answered and those still open.
    private static func write(_ progress: ProgressView, _ labels: Labels, into w: inout WordML) {
        w.heading(progress.title, level: 1, anchor: "since-last-time")
        w.paragraph(progress.intro)
        if !progress.reviews.isEmpty { w.table(columns: progress.reviewColumns, rows: progress.reviews) }
        if !progress.changes.isEmpty {
            w.heading(labels[.changesSince], level: 2)
            w.table(columns: ["", labels[.reviewPoint], labels[.before], labels[.after]],
                    rows: progress.changes.map { [$0.kind, $0.label, $0.before, $0.after] })
        }
        if !progress.resolved.isEmpty {
            w.heading(labels[.resolvedQuestions], level: 2)
            for question in progress.resolved { w.bullet(question) }
        }
        if !progress.stillOpen.isEmpty {
            w.heading(labels[.stillOpen], level: 2)
            for question in progress.stillOpen { w.bullet(question) }
        }
    }

    private static func writeTitle(_ view: CharterView, into w: inout WordML) {
        let labels = view.labels
        w.paragraph(view.head.title, style: "Title")
        if !view.head.subtitle.isEmpty { w.paragraph(view.head.subtitle, style: "Subtitle") }
        var facts: [(String, String)] = []
        if let client = view.client { facts.append((labels[.preparedFor], client)) }
        facts.append((labels[.workshopDate], view.date))
        facts.append((labels[.version], "\(view.head.version) — \(view.head.status)"))
        for (label, value) in facts { w.paragraph([.init(label, bold: true), .init("\(labels[.colon]) \(value)")], style: "Meta") }
        if view.facilitator { w.paragraph([.init(labels[.facilitatorCopy], bold: true)], style: "Meta") }
        if let r = view.readiness {
            w.paragraph([.init(labels.labelled(labels[.readiness], r.percentText), bold: true),
                         .init(" (\(r.blockingClosedText), \(r.blockingOpenText))")], style: "Meta")
        }
    }

    private static func write(_ entry: SummaryEntry, _ labels: Labels, into w: inout WordML) {
        switch entry.content {
        case .empty:
            w.paragraph([.init(entry.label, bold: true), .init("\(labels[.colon]) "), .init(labels[.notAnswered], italic: true)])
        case .text(let text):
            w.paragraph([.init(entry.label, bold: true), .init("\(labels[.colon]) \(text)")])
        case .lines(let lines):
            w.paragraph([.init(entry.label, bold: true)], keepWithNext: true)
            let numbered = lines.contains { !$0.children.isEmpty } ? w.startNumberedList() : nil
            for line in lines {
                w.listItem([.init(line.text)] + (line.detail.isEmpty ? [] : [.init(" — \(line.detail)", muted: false)]),
                           numbered: numbered)
                for child in line.children { w.bullet(child, level: 1) }
            }
        }
    }

    private static func write(_ section: SectionView, _ labels: Labels, into w: inout WordML, level: Int = 1) {
        if level == 1 {
            w.heading(section.locked ? "\(section.title) (\(section.lockedText))" : section.title, level: 1,
                      anchor: "section-\(section.id)")
        }
        if !section.changes.isEmpty {
            w.paragraph([.init(labels[.changesAfterLock], bold: true, italic: true)], keepWithNext: true)
            for change in section.changes { w.listItem([.init(change, italic: true)]) }
        }
        for index in section.fields.indices {
            let field = section.fields[index]
            if section.isCompact(at: index) {
                writeLine(field, labels, into: &w)
            } else {
                write(field, labels, heading: section.showsLabel(at: index) || level > 1, into: &w)
            }
        }
    }

    /// A field that fits on a line: "**Sponsor** : Isabelle Marchand".
    private static func writeLine(_ field: FieldView, _ labels: Labels, into w: inout WordML) {
        var runs: [WordML.Run] = [.init(field.label, bold: true)]
        let value: String? = if case .text(let text) = field.content { text } else { nil }
        if let value { runs.append(.init("\(labels[.colon]) \(value)")) }
        if !field.decision.isEmpty {
            runs.append(.init(value == nil ? "\(labels[.colon]) " : " — "))
            runs.append(.init(labels.labelled(labels[.decision], field.decision), italic: true))
        } else if value == nil {
            runs.append(.init("\(labels[.colon]) "))
            runs.append(.init(labels[.notAnswered], italic: true))
        }
        w.paragraph(runs)
    }

    private static func write(_ field: FieldView, _ labels: Labels, heading: Bool, into w: inout WordML) {
        if heading { w.heading(field.label, level: 2) }
        switch field.content {
        case .empty:
            if field.decision.isEmpty { w.paragraph(labels[.notAnswered], italic: true) }
        case .text(let text):
            // The client's lines, each a paragraph of its own.
            for line in text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
                w.paragraph(String(line))
            }
        case .list(let items):
            for item in items { w.bullet(item) }
        case .table(let table):
            if table.columns.count == 1 {
                let list = w.startNumberedList()
                for row in table.rows { w.listItem([.init(row.cells.first ?? "")], numbered: list) }
            } else {
                w.table(columns: table.columns, rows: table.rows.map(\.cells))
            }
            // Nested records sit beside their parent's field, one level under the section.
            for sub in table.subtables {
                w.heading(sub.title, level: 2)
                if sub.rows.isEmpty {
                    w.paragraph(labels[.notAnswered], italic: true)
                } else {
                    let notes = Set(sub.rows.indices.filter { sub.rows[$0].decision != nil })
                    w.table(columns: sub.columns, rows: sub.rows.map(\.cells), spanning: notes)
                }
            }
        }
        if !field.decision.isEmpty {
            w.paragraph(labels.labelled(labels[.decision], field.decision), italic: true)
        }
    }

    private static func write(_ annex: AnnexView, _ labels: Labels, into w: inout WordML) {
        w.pageBreak()
        w.heading(labels[.annex], level: 1, anchor: "annex")
        for section in annex.sections { write(section, labels, into: &w, level: 2) }
        if !annex.decisions.isEmpty {
            w.heading(labels[.decisionsTaken], level: 2)
            w.table(columns: [labels[.subject], labels[.question], labels[.decision]],
                    rows: annex.decisions.map { [$0.subject, $0.question, $0.text] })
        }
        if !annex.checkpoints.isEmpty {
            w.heading(labels[.checkpoints], level: 2)
            w.table(columns: [labels[.phase], labels[.checkpoints], "\(labels[.yes]) / \(labels[.no])", labels[.time]],
                    rows: annex.checkpoints.map { c in
                        [c.phase, c.text, c.ok.map { labels[$0 ? .yes : .no] } ?? labels[.unanswered], c.time]
                    })
        }
        w.heading(labels[.timing], level: 2)
        w.table(columns: [labels[.phase], labels[.timebox], labels[.spent]], rows: annex.phases.map { p in
            [p.title, p.timebox, p.over ? "\(p.spent) (\(labels[.over]))" : p.spent]
        })
        w.paragraph(labels.labelled(labels[.total], "\(annex.total) / \(annex.planned)"))
        if !annex.notes.isEmpty {
            w.heading(labels[.notes], level: 2)
            for note in annex.notes { w.bullet("\(note.time) — \(note.text)") }
        }
    }

    private static func wrap(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <w:body>
        \(body)<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>\
        <w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/>\
        <w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>
        </w:body>
        </w:document>

        """
    }
}

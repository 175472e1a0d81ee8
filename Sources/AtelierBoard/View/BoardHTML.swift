import AtelierCore
import AtelierExport

/// The board's pieces of HTML, made from the export's view of the charter (`CharterView`, the
/// client's copy): the same sections, decisions, open questions and "à confirmer" marks as the
/// documents, each client string escaped by the HTML export's escaper. Nothing here decides what
/// the client may see; it only lays out what the view holds, large, for a room.
///
/// Every piece the room might see change carries a `data-k` key, stable from one snapshot to the
/// next, so the page can tell what is new and highlight it.
struct BoardHTML {
    let labels: Labels
    let words: BoardText
    private let e = HTMLEscaper()

    init(language: Language) {
        labels = Labels.of(language)
        words = BoardText.of(language)
    }

    /// One `<article>` a section, in the script's order, then the decisions that stand for no value.
    func sections(_ view: CharterView) -> [BoardSnapshot.Section] {
        var out = view.sections.map { BoardSnapshot.Section(id: "s-" + $0.id, html: section($0)) }
        if !view.decisions.isEmpty {
            let items = view.decisions.enumerated().map { index, d in
                "<li data-k=\"d\(index)\"><span class=\"subject\">\(e.inline(d.subject))</span> \(e.block(d.text))</li>"
            }.joined()
            out.append(BoardSnapshot.Section(id: "decisions", html: """
                <article class="section" id="decisions"><h2>\(e.inline(labels[.decisions]))</h2>\
                <ul class="decisions">\(items)</ul></article>
                """))
        }
        return out
    }

    func section(_ section: SectionView) -> String {
        let key = e.inline(section.id)
        var head = "<h2>\(e.inline(section.title))"
        if section.locked {
            head += " <span class=\"lock\" data-k=\"\(key):lock\">\(e.inline(section.lockedText))</span>"
        }
        head += "</h2>"
        var body = ""
        if !section.changes.isEmpty {
            body += "<div class=\"changes\"><p>\(e.inline(labels[.changesAfterLock]))</p><ul>"
            body += section.changes.enumerated().map { "<li data-k=\"\(key):c\($0)\">\(e.inline($1))</li>" }.joined()
            body += "</ul></div>"
        }
        var compact = ""
        for index in section.fields.indices {
            let field = section.fields[index]
            let html = self.field(field, showsLabel: section.showsLabel(at: index), key: "\(key):\(e.inline(field.id))")
            guard !html.isEmpty else { continue }
            if section.isCompact(at: index) {
                compact += html
            } else {
                if !compact.isEmpty { body += "<dl>\(compact)</dl>"; compact = "" }
                body += html
            }
        }
        if !compact.isEmpty { body += "<dl>\(compact)</dl>" }
        let empty = body.isEmpty
        if empty { body = "<p class=\"empty\">\(e.inline(words(.emptySection)))</p>" }
        let classes = ["section", section.locked ? "locked" : nil, empty ? "blank" : nil].compactMap { $0 }.joined(separator: " ")
        return "<article class=\"\(classes)\" id=\"s-\(key)\">\(head)\(body)</article>"
    }

    /// A field: one `label : value` line, or its label over a paragraph, a list or tables; its
    /// decision with it. Nothing for a field with neither value nor decision.
    func field(_ field: FieldView, showsLabel: Bool, key: String) -> String {
        let decision = field.decision.isEmpty ? "" :
            "<p class=\"decision\" data-k=\"\(key):decision\">\(e.inline(labels.labelled(labels[.decision], field.decision)))</p>"
        let label = e.inline(field.label)
        switch field.content {
        case .empty:
            guard !decision.isEmpty else { return "" }
            return showsLabel ? "<div class=\"pair\" data-k=\"\(key)\"><dt>\(label)</dt><dd>\(decision)</dd></div>" : decision
        case .text(let text) where field.fitsOnALine && showsLabel:
            return "<div class=\"pair\" data-k=\"\(key)\"><dt>\(label)</dt><dd>\(value(text))\(decision)</dd></div>"
        case .text(let text):
            return (showsLabel ? "<h3>\(label)</h3>" : "") + "<p class=\"text\" data-k=\"\(key)\">\(value(text, block: true))</p>\(decision)"
        case .list(let items):
            let list = items.enumerated().map { "<li data-k=\"\(key):\($0)\">\(value($1))</li>" }.joined()
            return (showsLabel ? "<h3>\(label)</h3>" : "") + "<ul>\(list)</ul>\(decision)"
        case .table(let table):
            return (showsLabel ? "<h3>\(label)</h3>" : "") + self.table(table, key: key) + decision
        }
    }

    private func table(_ table: TableView, key: String) -> String {
        var out = "<table><thead><tr>" + table.columns.map { "<th>\(e.inline($0))</th>" }.joined() + "</tr></thead><tbody>"
        for (index, row) in table.rows.enumerated() {
            if let decision = row.decision {
                let title = row.cells.first.map { "<td>\(e.inline($0))</td>" } ?? ""
                out += "<tr class=\"decision\" data-k=\"\(key):\(index)\">\(title)<td colspan=\"\(max(1, table.columns.count - 1))\">"
                    + e.inline(labels.labelled(labels[.decision], decision)) + "</td></tr>"
            } else {
                out += "<tr data-k=\"\(key):\(index)\">" + row.cells.map { "<td>\(value($0))</td>" }.joined() + "</tr>"
            }
        }
        out += "</tbody></table>"
        for sub in table.subtables where !sub.rows.isEmpty {
            out += "<h4>\(e.inline(sub.title))</h4>" + self.table(sub, key: "\(key):\(e.inline(sub.title))")
        }
        return out
    }

    /// A value, its "(à confirmer)" mark set apart so the room sees what is still to be confirmed.
    private func value(_ text: String, block: Bool = false) -> String {
        let mark = " (\(labels[.toConfirm]))"
        func escape(_ text: String) -> String { block ? e.block(text) : e.inline(text) }
        guard text.hasSuffix(mark) else { return escape(text) }
        return escape(String(text.dropLast(mark.count))) + " <span class=\"tbc\">(\(e.inline(labels[.toConfirm])))</span>"
    }

    /// The open questions as the client reads them: subject, question, who answers and by when.
    func openQuestions(_ view: CharterView) -> String {
        let open = Self.openQuestions(in: view)
        guard !open.isEmpty else {
            return "<p class=\"none\">\(e.inline(words(.noOpenQuestion)))</p>"
        }
        let items = open.map { q -> String in
            let who = [labels.labelled(labels[.owner], q.owner ?? labels[.ownerUnknown]),
                       labels.labelled(labels[.due], q.due ?? labels[.dueUnknown])].map(e.inline).joined(separator: " · ")
            let question = q.dontKnow ? "\(q.question) (\(labels[.dontKnow]))" : q.question
            return "<li data-k=\"q:\(e.inline(q.subject)):\(e.inline(q.question))\"><span class=\"subject\">\(e.inline(q.subject))</span>"
                + "<span class=\"question\">\(e.inline(question))</span><span class=\"who\">\(who)</span></li>"
        }
        return "<ol>\(items.joined())</ol>"
    }

    /// The questions the room is answering: those parked or not known yet, and the gaps already
    /// raised and still open (not those the workshop has yet to come to).
    static func openQuestions(in view: CharterView) -> [OpenQuestionView] { view.openQuestions.filter(\.raised) }

    /// What the room is talking about: the item's text as the script words it for the client (a
    /// question, a gap in co-construction wording, "who will answer?", something said to the room).
    /// Without a topic (a checkpoint, before the first question) the phase stands in its place.
    func discussion(_ topic: BoardTopic?, idle: String, phase: String) -> String {
        guard let topic else {
            return "<p class=\"kind\">\(e.inline(idle))</p><p class=\"ask quiet\">\(e.inline(phase))</p>"
        }
        var out = "<p class=\"kind\">\(e.inline(words(topic.kind)))</p>"
        out += "<p class=\"ask\" data-k=\"ask:\(e.inline(topic.id.description))\">\(e.block(typeset(topic.text)))</p>"
        if let hint = topic.hint { out += "<p class=\"hint\">\(e.block(typeset(hint)))</p>" }
        if !topic.draft.isEmpty {
            out += "<div class=\"draft\"><p class=\"kind\">\(e.inline(words(.draftAnswer)))</p><ul>"
            out += topic.draft.enumerated().map { "<li data-k=\"draft:\($0)\">\(e.inline(SafeText.clean($1)))</li>" }.joined()
            out += "</ul></div>"
        }
        return out
    }

    /// The page's `<title>` and heading: the document's title, and the client when it does not name it.
    func title(_ view: CharterView) -> (title: String, client: String) {
        (e.inline(view.head.title), view.client.flatMap { view.head.title.contains($0) ? nil : e.inline($0) } ?? "")
    }

    func escape(_ text: String) -> String { e.inline(text) }

    /// The script's sentence as the room reads it: sanitized, and in French with no-break spaces
    /// inside « » and before ; : ! ? (so a line never starts with a lone "»").
    private func typeset(_ text: String) -> String {
        let clean = SafeText.clean(text)
        return labels.language.typeset(clean)
    }
}

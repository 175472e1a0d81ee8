import AtelierCore

/// Turns the charter view into the Mustache context every template receives. Every client string
/// is escaped here for the target format, so `{{name}}` and `{{{name}}}` print the same safe text.
/// Every dictionary carries all its keys (false or empty when absent), so a missing value never
/// picks up a namesake from an enclosing section.
enum TemplateContext {
    static func build(_ view: CharterView, escaper: any Escaper) -> [String: Any] {
        let e = escaper
        var context: [String: Any] = [
            "lang": view.language.rawValue,
            "labels": view.labels.dictionary.mapValues(e.inline),
            "workshop": ["id": e.inline(view.workshopID), "title": e.inline(view.workshopTitle)],
            "session_id": e.inline(view.sessionID),
            "client": view.client.map(e.inline) ?? "",
            "has_client": view.client != nil,
            "date": e.inline(view.date),
            "iso_date": view.isoDate,
            "facilitator": view.facilitator,
            "readiness": [
                "percent": view.readinessPercent, "blocking_open": view.blockingOpen,
                "blocking_closed": view.blockingClosed, "complete": view.blockingOpen == 0,
                "percent_text": DisplayText.percent(view.readinessPercent, view.language),
                "blocking_open_text": e.inline(view.blockingOpenText),
                "blocking_closed_text": e.inline(view.blockingClosedText),
            ] as [String: Any],
        ]
        context["sections"] = view.sections.map { section -> [String: Any] in
            ["id": e.inline(section.id), "title": e.inline(section.title), "locked": section.locked,
             "facilitator_only": section.facilitatorOnly, "readiness_percent": section.readinessPercent,
             "fields": fields(section.fields, e, view.labels, showsLabel: section.showsLabel(at:))]
        }
        context["decisions"] = view.decisions.map {
            ["question": e.inline($0.question), "text": e.inline($0.text), "section": e.inline($0.section)]
        }
        context["has_decisions"] = !view.decisions.isEmpty
        context["open_questions"] = view.openQuestions.map { q -> [String: Any] in
            ["question": e.inline(q.question), "owner": q.owner.map(e.inline) ?? "", "has_owner": q.owner != nil,
             "dont_know": q.dontKnow, "section": e.inline(q.section)]
        }
        context["has_open_questions"] = !view.openQuestions.isEmpty
        context["open_gaps"] = view.openGaps.map { g -> [String: Any] in
            ["question": e.inline(g.question), "section": e.inline(g.section), "blocking": g.blocking,
             "asked": g.asked]
        }
        context["has_open_gaps"] = !view.openGaps.isEmpty
        context["people"] = view.people.map { p -> [String: Any] in
            ["name": e.inline(p.name), "email": p.email.map(e.inline) ?? "", "has_email": p.email != nil,
             "role": p.role.map(e.inline) ?? ""]
        }
        context["annex"] = view.annex.map { annex($0, e) } ?? false
        context["summary"] = fields(view.summary, e, view.labels, showsLabel: { _ in true })
        context["charter"] = charter(view, e)
        return context
    }

    /// The fields of a section (or the e-mail's summary). Runs of fields that fit on a line are
    /// marked `compact`, the first and last of each run too, for templates that print them as one
    /// definition list.
    static func fields(_ fields: [FieldView], _ e: any Escaper, _ labels: Labels,
                       showsLabel: (Int) -> Bool) -> [[String: Any]] {
        let compact = fields.indices.map { showsLabel($0) && fields[$0].fitsOnALine }
        return fields.indices.map { index in
            var out = field(fields[index], e, labels, showLabel: showsLabel(index))
            out["compact"] = compact[index]
            out["compact_first"] = compact[index] && (index == 0 || !compact[index - 1])
            out["compact_last"] = compact[index] && (index == fields.count - 1 || !compact[index + 1])
            if compact[index], case .text(let text) = fields[index].content { out["value"] = e.inline(text) }
            return out
        }
    }

    static func field(_ field: FieldView, _ e: any Escaper, _ labels: Labels, showLabel: Bool = true) -> [String: Any] {
        var out: [String: Any] = [
            "id": e.inline(field.id), "label": e.inline(field.label), "show_label": showLabel, "empty": false, "is_text": false,
            "is_list": false, "is_table": false, "value": "", "items": [String](), "columns": [String](),
            "rows": [[String: Any]](), "subtables": [[String: Any]](), "compact": false, "compact_first": false,
            "compact_last": false, "single_column": false, "decision": e.inline(field.decision), "has_decision": !field.decision.isEmpty,
        ]
        switch field.content {
        case .empty:
            out["empty"] = true
        case .text(let text):
            out["is_text"] = true
            out["value"] = e.block(text)
        case .list(let items):
            out["is_list"] = true
            out["items"] = items.map(e.inline)
        case .table(let table):
            out["is_table"] = true
            out["single_column"] = table.columns.count == 1
            out["columns"] = table.columns.map(e.inline)
            out["rows"] = rows(table, e, labels)
            out["subtables"] = table.subtables.map { sub -> [String: Any] in
                ["title": e.inline(sub.title), "columns": sub.columns.map(e.inline), "rows": rows(sub, e, labels),
                 "empty": sub.rows.isEmpty]
            }
        }
        return out
    }

    /// Each row as its cells, and as a title (first cell) with the other cells labelled by column,
    /// for templates that print a table as lines (`- title · Label: text`). A decision row also has
    /// `is_decision`, `decision` (its text), `span` (the cells it covers after the title) and
    /// `filler` (one empty string per cell after the decision's).
    private static func rows(_ table: TableView, _ e: any Escaper, _ labels: Labels) -> [[String: Any]] {
        let columns = table.columns.map(e.inline)
        return table.rows.map { row in
            let cells = row.cells.map(e.inline)
            var details: [[String: Any]] = []
            if let decision = row.decision {
                details.append(["label": e.inline(labels.decision), "text": e.inline(decision)])
            } else {
                details.reserveCapacity(max(0, cells.count - 1))
                for index in cells.indices.dropFirst() where index < columns.count {
                    details.append(["label": columns[index], "text": cells[index]])
                }
            }
            var out: [String: Any] = ["cells": cells, "title": cells.first ?? "", "details": details,
                                      "is_decision": false, "decision": "", "span": 1, "filler": [String]()]
            if let decision = row.decision {
                out["is_decision"] = true
                out["decision"] = e.inline(decision)
                out["span"] = max(1, columns.count - 1)
                out["filler"] = [String](repeating: "", count: max(0, columns.count - 2))
            }
            return out
        }
    }

    private static func annex(_ annex: AnnexView, _ e: any Escaper) -> [String: Any] {
        [
            "checkpoints": annex.checkpoints.map { c -> [String: Any] in
                ["phase": e.inline(c.phase), "text": e.inline(c.text), "ok": c.ok == true, "not_ok": c.ok == false,
                 "unanswered": c.ok == nil, "time": c.time]
            },
            "phases": annex.phases.map { p -> [String: Any] in
                ["title": e.inline(p.title), "timebox": p.timebox, "spent": p.spent, "over": p.over]
            },
            "has_notes": !annex.notes.isEmpty, "has_checkpoints": !annex.checkpoints.isEmpty,
            "notes": annex.notes.map { ["text": e.inline($0.text), "time": $0.time] },
            "total": annex.total, "planned": annex.planned,
        ]
    }

    /// `charter.<field id>`: text for scalars, a list of texts, or records as dictionaries by field id.
    private static func charter(_ view: CharterView, _ e: any Escaper) -> [String: Any] {
        var out: [String: Any] = [:]
        for field in view.sections.flatMap(\.fields) {
            out[field.model.id] = field.value.map { value($0, type: field.model.type, view.language, e, inline: false) } ?? ""
        }
        return out
    }

    private static func value(_ value: Value, type: FieldType, _ language: Language, _ e: any Escaper,
                              inline: Bool) -> Any {
        switch (value, type) {
        case (.list(let items), .list(let itemType)):
            return items.map { e.inline(DisplayText.value($0, model: itemType, language)) }
        case (.records(let records), .records(let model)):
            return records.map { record -> [String: Any] in
                var item: [String: Any] = ["id": e.inline(record.id)]
                for field in model.fields {
                    item[field.id] = record.fields[field.id].map { self.value($0, type: field.type, language, e, inline: true) } ?? ""
                }
                return item
            }
        default:
            let text = DisplayText.value(value, model: type, language)
            return inline ? e.inline(text) : e.block(text)
        }
    }
}

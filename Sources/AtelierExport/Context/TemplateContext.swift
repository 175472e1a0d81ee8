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
                "percent_text": view.language == .fr ? "\(view.readinessPercent) %" : "\(view.readinessPercent)%",
            ] as [String: Any],
        ]
        context["sections"] = view.sections.map { section -> [String: Any] in
            ["id": e.inline(section.id), "title": e.inline(section.title), "locked": section.locked,
             "facilitator_only": section.facilitatorOnly, "readiness_percent": section.readinessPercent,
             "fields": section.fields.map { field($0, e, showLabel: !section.repeatsItsTitle) }]
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
        context["summary"] = view.summary.map { field($0, e) }
        context["charter"] = charter(view, e)
        return context
    }

    static func field(_ field: FieldView, _ e: any Escaper, showLabel: Bool = true) -> [String: Any] {
        var out: [String: Any] = [
            "id": e.inline(field.id), "label": e.inline(field.label), "show_label": showLabel, "empty": false, "is_text": false,
            "is_list": false, "is_table": false, "value": "", "items": [String](), "columns": [String](),
            "rows": [[String: Any]](), "subtables": [[String: Any]](),
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
            out["columns"] = table.columns.map(e.inline)
            out["rows"] = rows(table, e)
            out["subtables"] = table.subtables.map { sub -> [String: Any] in
                ["title": e.inline(sub.title), "columns": sub.columns.map(e.inline), "rows": rows(sub, e),
                 "empty": sub.rows.isEmpty]
            }
        }
        return out
    }

    /// Each row as its cells, and as a title (first cell) with the other cells labelled by column,
    /// for templates that print a table as lines (`- title · Label: text`).
    private static func rows(_ table: TableView, _ e: any Escaper) -> [[String: Any]] {
        let columns = table.columns.map(e.inline)
        return table.rows.map { row in
            let cells = row.map(e.inline)
            var details: [[String: Any]] = []
            details.reserveCapacity(max(0, cells.count - 1))
            for index in cells.indices.dropFirst() where index < columns.count {
                details.append(["label": columns[index], "text": cells[index]])
            }
            return ["cells": cells, "title": cells.first ?? "", "details": details]
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

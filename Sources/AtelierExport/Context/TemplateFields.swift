import AtelierCore

/// The fields of a section as template dictionaries: text, lists, tables and their subtables.
enum TemplateFields {
    /// Runs of fields that fit on a line are marked `compact`, the first and last of each run too,
    /// for templates that print them as one definition list.
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
            "is_list": false, "is_table": false, "value": "", "items": [String](), "columns": [String](), "widths": [Int](),
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
            out["widths"] = ColumnWidths.percentages(table.widths)
            out["rows"] = rows(table, e, labels)
            out["subtables"] = table.subtables.map { sub -> [String: Any] in
                ["title": e.inline(sub.title), "columns": sub.columns.map(e.inline), "rows": rows(sub, e, labels),
                 "empty": sub.rows.isEmpty, "widths": ColumnWidths.percentages(sub.widths)]
            }
        }
        return out
    }

    /// Each row as its cells, as cells labelled by their column (`labelled_cells`, for a layout
    /// that stacks a row on a narrow screen), and as a title (first cell) with the other cells
    /// labelled (`details`, for templates that print a table as lines: `- title · Label: text`).
    /// A decision row also has `is_decision`, `decision` (its text), `span` (the cells it covers
    /// after the title) and `filler` (one empty string per cell after the decision's).
    private static func rows(_ table: TableView, _ e: any Escaper, _ labels: Labels) -> [[String: Any]] {
        let columns = table.columns.map(e.inline)
        return table.rows.map { row in
            let cells = row.cells.map(e.inline)
            var details: [[String: Any]] = []
            if let decision = row.decision {
                details.append(["label": e.inline(labels[.decision]), "text": e.inline(decision)])
            } else {
                details.reserveCapacity(max(0, cells.count - 1))
                for index in cells.indices.dropFirst() where index < columns.count {
                    details.append(["label": columns[index], "text": cells[index]])
                }
            }
            let labelled = cells.indices.map { index -> [String: Any] in
                ["label": index < columns.count ? columns[index] : "", "text": cells[index]]
            }
            var out: [String: Any] = ["cells": cells, "labelled_cells": labelled, "title": cells.first ?? "",
                                      "details": details, "is_decision": false, "decision": "", "span": 1,
                                      "filler": [String](), "decision_label": columns.count > 1 ? columns[1] : ""]
            if let decision = row.decision {
                out["is_decision"] = true
                out["decision"] = e.inline(decision)
                out["span"] = max(1, columns.count - 1)
                out["filler"] = [String](repeating: "", count: max(0, columns.count - 2))
            }
            return out
        }
    }
}

/// `charter.<field id>`: text for scalars, a list of texts, or records as dictionaries by field id.
enum TemplateValues {
    static func charter(_ view: CharterView, _ e: any Escaper) -> [String: Any] {
        var out: [String: Any] = [:]
        let fields = view.sections.flatMap(\.fields) + (view.annex?.sections.flatMap(\.fields) ?? [])
        for field in fields {
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

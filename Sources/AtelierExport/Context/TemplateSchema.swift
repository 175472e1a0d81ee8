import AtelierCore

/// The names a template may use: the keys `TemplateContext` provides, with `charter.<field>` from the
/// script's charter model. A consultant's misspelt variable would otherwise print nothing; the
/// checker warns about it instead (`atelier templates --check`, and every export). A test builds a
/// full context and keeps this list in step with it.
enum TemplateSchema {
    typealias Shape = TemplateChecker.Shape

    private static func object(_ keys: [String], _ shapes: [String: Shape] = [:]) -> Shape {
        var all = Dictionary(uniqueKeysWithValues: keys.map { ($0, Shape.scalar) })
        all.merge(shapes) { _, new in new }
        return .object(all)
    }

    static let row = object(["cells", "title", "is_decision", "decision", "span", "filler", "decision_label"], [
        "cells": .list(.scalar), "filler": .list(.scalar),
        "labelled_cells": .list(object(["label", "text"])), "details": .list(object(["label", "text"])),
    ])

    static let field = object(["id", "label", "show_label", "empty", "is_text", "is_list", "is_table", "value", "compact",
                               "compact_first", "compact_last", "single_column", "decision", "has_decision"], [
        "items": .list(.scalar), "columns": .list(.scalar), "widths": .list(.scalar), "rows": .list(row),
        "subtables": .list(object(["title", "empty"], ["columns": .list(.scalar), "widths": .list(.scalar), "rows": .list(row)])),
    ])

    static let section = object(["id", "title", "locked", "locked_text", "has_changes", "facilitator_only",
                                 "readiness_percent"], ["changes": .list(.scalar), "fields": .list(field)])

    static let decision = object(["subject", "text", "question", "section"])

    /// The context's shape; `charter.<field>` is not checked when `fields` is nil (no script known).
    static func context(charter fields: [FieldModel]?) -> Shape {
        let summaryLine = object(["text", "detail", "has_detail", "has_children"], ["children": .list(.scalar)])
        let annex = object(["has_notes", "has_checkpoints", "has_decisions", "total", "planned"], [
            "sections": .list(section), "decisions": .list(decision),
            "checkpoints": .list(object(["phase", "text", "ok", "not_ok", "unanswered", "time"])),
            "phases": .list(object(["title", "timebox", "spent", "over"])),
            "notes": .list(object(["text", "time"])),
        ])
        return object(["lang", "session_id", "client", "has_client", "date", "iso_date", "facilitator", "sender_name",
                       "has_sender_name", "has_summary", "has_contents", "has_decisions", "has_open_questions",
                       "has_open_gaps", "has_approval"], [
            "labels": object(Labels.Key.templateLabels.map(\.rawValue)),
            "workshop": object(["id", "title"]),
            "document": object(["title", "subtitle", "has_subtitle", "version", "status", "is_draft"]),
            "readiness": object(["percent", "percent_text", "blocking_open", "blocking_closed", "complete",
                                 "blocking_open_text", "blocking_closed_text"]),
            "logo": object(["data_uri", "width", "height"]),
            "print": object(["header", "footer", "page", "of"]),
            "summary": .list(object(["label", "empty", "is_text", "value", "is_lines", "numbered", "compact", "compact_first",
                                     "compact_last"], ["lines": .list(summaryLine)])),
            "contents": .list(object(["anchor", "title"])),
            "open_questions_widths": .list(.scalar),
            "sections": .list(section),
            "decisions": .list(decision),
            "open_questions": .list(object(["subject", "question", "owner", "has_owner", "due", "has_due", "dont_know",
                                            "section"])),
            "open_gaps": .list(object(["question", "section", "blocking", "asked"])),
            "approval": .list(object(["role", "name", "has_name"])),
            "people": .list(object(["name", "email", "has_email", "role"])),
            "annex": annex,
            "progress": object(["title", "intro", "has_reviews", "has_changes", "has_resolved", "has_still_open"], [
                "review_columns": .list(.scalar), "review_lines": .list(.scalar), "reviews": .list(object([], ["cells": .list(.scalar)])),
                "changes": .list(object(["kind", "label", "before", "after"])),
                "resolved": .list(.scalar), "still_open": .list(.scalar),
            ]),
            "charter": fields.map { .object(Dictionary($0.map { ($0.id, shape(of: $0.type)) }, uniquingKeysWith: { a, _ in a })) }
                ?? .unknown,
        ])
    }

    private static func shape(of type: FieldType) -> Shape {
        switch type {
        case .records(let record):
            var keys = Dictionary(record.fields.map { ($0.id, shape(of: $0.type)) }, uniquingKeysWith: { a, _ in a })
            keys["id"] = .scalar
            return .list(.object(keys))
        case .list: return .list(.scalar)
        default: return .scalar
        }
    }
}

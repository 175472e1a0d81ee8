import AtelierCore

/// Turns the charter view into the Mustache context every template receives. Every client string
/// is escaped here for the target format, so `{{name}}` and `{{{name}}}` print the same safe text.
/// Every dictionary carries all its keys (false or empty when absent), so a missing value never
/// picks up a namesake from an enclosing section. `TemplateSchema` lists the same keys, for
/// checking a consultant's template; a test keeps the two in step.
enum TemplateContext {
    static func build(_ view: CharterView, escaper: any Escaper, extras: TemplateExtras = TemplateExtras()) -> [String: Any] {
        let e = escaper
        let labels = view.labels
        var context: [String: Any] = [
            "lang": view.language.rawValue,
            "labels": labels.dictionary.mapValues(e.inline),
            "workshop": ["id": e.inline(view.workshopID), "title": e.inline(view.workshopTitle)],
            "session_id": e.inline(view.sessionID),
            "client": view.client.map(e.inline) ?? "",
            "has_client": view.client != nil,
            "date": e.inline(view.date),
            "iso_date": view.isoDate,
            "facilitator": view.facilitator,
            "document": [
                "title": e.inline(view.head.title), "subtitle": e.inline(view.head.subtitle),
                "has_subtitle": !view.head.subtitle.isEmpty, "version": e.inline(view.head.version),
                "status": e.inline(view.head.status), "is_draft": view.head.isDraft,
            ] as [String: Any],
            // The print stylesheet's page header and footer, as CSS strings.
            "print": [
                "header": CSSString.escape(view.pageHeader), "footer": CSSString.escape(view.pageFooter),
                "page": CSSString.escape(labels[.page]), "of": CSSString.escape(labels[.pageOf]),
            ],
            "readiness": view.readiness.map { r -> [String: Any] in
                ["percent": r.percent, "percent_text": e.inline(r.percentText), "blocking_open": r.blockingOpen,
                 "blocking_closed": r.blockingClosed, "complete": r.blockingOpen == 0,
                 "blocking_open_text": e.inline(r.blockingOpenText), "blocking_closed_text": e.inline(r.blockingClosedText)]
            } ?? false,
            "logo": extras.logo.map { ["data_uri": $0.dataURI, "width": $0.width, "height": $0.height] as [String: Any] } ?? false,
            "sender_name": e.inline(extras.senderName),
            "has_sender_name": !extras.senderName.isEmpty,
        ]
        context["summary"] = summary(view.summary, e)
        context["has_summary"] = !view.summary.isEmpty
        context["contents"] = view.contents.map { ["anchor": e.inline($0.anchor), "title": e.inline($0.title)] }
        context["has_contents"] = !view.contents.isEmpty
        context["sections"] = view.sections.map { section($0, e, labels) }
        context["decisions"] = view.decisions.map { decision($0, e) }
        context["has_decisions"] = !view.decisions.isEmpty
        context["open_questions"] = view.openQuestions.map { q -> [String: Any] in
            ["subject": e.inline(q.subject), "question": e.inline(q.question), "owner": q.owner.map(e.inline) ?? "",
             "has_owner": q.owner != nil, "due": q.due.map(e.inline) ?? "", "has_due": q.due != nil,
             "dont_know": q.dontKnow, "section": e.inline(q.section)]
        }
        context["has_open_questions"] = !view.openQuestions.isEmpty
        let questions = view.openQuestionTable
        context["open_questions_widths"] = ColumnWidths.percentages(ColumnWidths.shares(columns: questions.columns, rows: questions.rows))
        context["open_gaps"] = view.openGaps.map { g -> [String: Any] in
            ["question": e.inline(g.question), "section": e.inline(g.section), "blocking": g.blocking, "asked": g.asked]
        }
        context["has_open_gaps"] = !view.openGaps.isEmpty
        context["approval"] = view.approval.map { ["role": e.inline($0.role), "name": e.inline($0.name), "has_name": !$0.name.isEmpty] }
        context["has_approval"] = !view.approval.isEmpty
        context["people"] = view.people.map { p -> [String: Any] in
            ["name": e.inline(p.name), "email": p.email.map(e.inline) ?? "", "has_email": p.email != nil,
             "role": p.role.map(e.inline) ?? ""]
        }
        context["annex"] = view.annex.map { annex($0, e, labels) } ?? false
        context["progress"] = view.progress.map { progress($0, e) } ?? false
        context["charter"] = TemplateValues.charter(view, e)
        return context
    }

    static func section(_ section: SectionView, _ e: any Escaper, _ labels: Labels) -> [String: Any] {
        ["id": e.inline(section.id), "title": e.inline(section.title), "locked": section.locked,
         "locked_text": e.inline(section.lockedText), "changes": section.changes.map(e.inline),
         "has_changes": !section.changes.isEmpty, "facilitator_only": section.facilitatorOnly,
         "readiness_percent": section.readinessPercent,
         "fields": TemplateFields.fields(section.fields, e, labels, showsLabel: section.showsLabel(at:))]
    }

    private static func decision(_ d: DecisionView, _ e: any Escaper) -> [String: Any] {
        ["subject": e.inline(d.subject), "text": e.inline(d.text), "question": e.inline(d.question),
         "section": e.inline(d.section)]
    }

    /// The summary's entries; runs of one-value entries are marked `compact` (first and last too),
    /// for templates that print them as one definition list.
    private static func summary(_ entries: [SummaryEntry], _ e: any Escaper) -> [[String: Any]] {
        let compact = entries.map { if case .lines = $0.content { false } else { true } }
        return entries.indices.map { index in
            let entry = entries[index]
            var out: [String: Any] = ["label": e.inline(entry.label), "empty": false, "is_text": false, "value": "",
                                      "is_lines": false, "numbered": false, "lines": [[String: Any]](), "compact": compact[index],
                                      "compact_first": compact[index] && (index == 0 || !compact[index - 1]),
                                      "compact_last": compact[index] && (index == entries.count - 1 || !compact[index + 1])]
            switch entry.content {
            case .empty: out["empty"] = true
            case .text(let text):
                out["is_text"] = true
                out["value"] = e.inline(text)
            case .lines(let lines):
                out["is_lines"] = true
                // Records that hold records (objectives and their indicators) are numbered.
                out["numbered"] = lines.contains { !$0.children.isEmpty }
                out["lines"] = lines.map { line -> [String: Any] in
                    ["text": e.inline(line.text), "detail": e.inline(line.detail), "has_detail": !line.detail.isEmpty,
                     "children": line.children.map(e.inline), "has_children": !line.children.isEmpty]
                }
            }
            return out
        }
    }

    /// "Since last time", for a follow-up workshop.
    private static func progress(_ p: ProgressView, _ e: any Escaper) -> [String: Any] {
        ["title": e.inline(p.title), "intro": e.inline(p.intro),
         "review_columns": p.reviewColumns.map(e.inline),
         "reviews": p.reviews.map { ["cells": $0.map(e.inline)] }, "has_reviews": !p.reviews.isEmpty,
         "review_lines": p.reviewLines.map(e.inline),
         "changes": p.changes.map { c -> [String: Any] in
             ["kind": e.inline(c.kind), "label": e.inline(c.label), "before": e.inline(c.before), "after": e.inline(c.after)]
         },
         "has_changes": !p.changes.isEmpty,
         "resolved": p.resolved.map(e.inline), "has_resolved": !p.resolved.isEmpty,
         "still_open": p.stillOpen.map(e.inline), "has_still_open": !p.stillOpen.isEmpty]
    }

    private static func annex(_ annex: AnnexView, _ e: any Escaper, _ labels: Labels) -> [String: Any] {
        [
            "sections": annex.sections.map { section($0, e, labels) },
            "decisions": annex.decisions.map { decision($0, e) }, "has_decisions": !annex.decisions.isEmpty,
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
}

/// What a render needs beyond the charter: the logo found beside the templates, the sender's name
/// for the e-mail's sign-off.
struct TemplateExtras {
    var logo: Logo?
    var senderName: String = ""
}

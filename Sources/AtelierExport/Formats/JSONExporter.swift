import AtelierCore

/// The charter data as JSON, valid against `docs/charter.schema.json`. Values keep their type:
/// dates as ISO days, durations in minutes, records as objects keyed by field id.
enum JSONExporter {
    typealias Node = JSONWriter.Node

    /// 2: `document`, `lock_changes` and the `path` of open questions and gaps.
    static let formatVersion = 2

    /// "Since last time" of a follow-up workshop: the previous session, each follow-up answer
    /// with last time's, the start, the target and the trend, the changes, the questions.
    static func progress(_ p: CharterProgress) -> Node {
        func optional(_ v: Value?) -> Node { v.map { value($0, nil) } ?? .null }
        let reviews: [Node] = p.reviews.map { r in
            let trend: Node = r.direction.map { .string($0.rawValue) } ?? .null
            let share: Node = r.share.map { .number($0) } ?? .null
            let members: [(String, Node)] = [
                ("section", text(r.section)), ("item", text(r.item)), ("label", text(r.label)), ("path", text(r.path)),
                ("previous", optional(r.previous)), ("current", optional(r.current)), ("start", optional(r.start)),
                ("target", optional(r.target)), ("trend", trend), ("share", share),
            ]
            return .object(members)
        }
        let changes: [Node] = p.changes.map { c in
            let members: [(String, Node)] = [
                ("kind", .string(c.kind.rawValue)), ("path", text(c.path)), ("label", text(c.label)),
                ("before", optional(c.before)), ("after", optional(c.after)),
            ]
            return .object(members)
        }
        let members: [(String, Node)] = [
            ("parent_session_id", text(p.parentSessionID)), ("parent_date", .string(p.parentDate.iso)),
            ("reviews", .array(reviews)), ("changes", .array(changes)),
            ("resolved_questions", .array(p.resolvedQuestions.map(text))), ("still_open", .array(p.stillOpen.map(text))),
        ]
        return .object(members)
    }

    static func render(_ doc: CharterDocument, view: CharterView) -> String {
        let facilitator = view.facilitator
        var members: [(String, Node)] = [
            ("format", .string("atelier-charter")),
            ("format_version", .int(formatVersion)),
            ("workshop", .object([("id", text(doc.workshopID)), ("title", text(doc.workshopTitle))])),
            ("session_id", text(doc.sessionID)),
            ("language", .string(doc.language.rawValue)),
            ("client", doc.client.map(text) ?? .null),
            ("date", .string(doc.date.iso)),
            ("facilitator_copy", .bool(facilitator)),
            ("document", .object([
                ("title", .string(view.head.title)), ("subtitle", .string(view.head.subtitle)),
                ("version", .string(view.head.version)),
                ("status", .string(view.head.isDraft ? DocumentStatus.draft.rawValue : DocumentStatus.validated.rawValue)),
                ("approval", .array(view.approval.map { .object([("role", .string($0.role)), ("name", .string($0.name))]) })),
            ])),
            ("readiness", .object([
                ("overall", .number(clamp(doc.readiness.overall))),
                ("percent", .int(DisplayText.percent(doc.readiness.overall))),
                ("blocking_open", .int(doc.readiness.blockingOpen)),
                ("blocking_closed", .int(doc.readiness.blockingClosed)),
            ])),
            ("sections", .array(doc.sections.filter { facilitator || !$0.facilitatorOnly }.map(section))),
            ("decisions", .array(doc.decisions.map { d in
                .object([("question", text(d.question)), ("text", text(d.text)), ("section", text(d.section)),
                         ("path", text(d.path)), ("time", .number(d.time))])
            })),
            ("open_questions", .array(doc.openQuestions.map { q in
                .object([("id", text(q.id)), ("question", text(q.question)), ("owner", q.owner.map(text) ?? .null),
                         ("dont_know", .bool(q.dontKnow)), ("section", q.section.map(text) ?? .null),
                         ("time", .number(q.time)), ("path", q.path.map(text) ?? .null)])
            })),
            ("open_gaps", .array(doc.openGaps.map { g in
                .object([("id", text(g.id)), ("rule", text(g.rule)), ("question", text(g.question)),
                         ("weight", .string(g.weight.rawValue)), ("section", text(g.section)), ("asked", .bool(g.asked)),
                         ("path", g.path.map(text) ?? .null)])
            })),
            ("lock_changes", .array(doc.lockChanges.filter { facilitator || !facilitatorOnly(doc, $0.section) }.map { c in
                .object([("section", text(c.section)), ("path", text(c.path)), ("time", .number(c.time)),
                         ("replaced", c.replaced.map { value($0, nil) } ?? .null), ("value", c.value.map { value($0, nil) } ?? .null)])
            })),
            ("people", .array(doc.people.map { p in
                .object([("name", text(p.name)), ("email", p.email.map(text) ?? .null), ("role", p.role.map(text) ?? .null)])
            })),
        ]
        if let progress = doc.progress { members.append(("progress", Self.progress(progress))) }
        if facilitator { members.append(("annex", annex(doc.annex))) }
        return JSONWriter.text(.object(members))
    }

    private static func text(_ s: String) -> Node { .string(SafeText.clean(s)) }

    private static func facilitatorOnly(_ doc: CharterDocument, _ section: String) -> Bool {
        doc.sections.first { $0.id == section }?.facilitatorOnly ?? false
    }

    private static func clamp(_ share: Double) -> Double { share.isFinite ? max(0, min(1, share)) : 0 }

    private static func section(_ s: CharterDocument.Section) -> Node {
        .object([
            ("id", text(s.id)), ("title", text(s.title)), ("facilitator_only", .bool(s.facilitatorOnly)),
            ("locked", .bool(s.locked)), ("readiness", .number(clamp(s.readiness))),
            ("fields", .array(s.fields.map { f in
                .object([("id", text(f.model.id)), ("label", text(f.model.label)),
                         ("type", .string(f.model.type.keyword)),
                         ("value", f.value.map { value($0, f.model.type) } ?? .null)])
            })),
        ])
    }

    static func value(_ v: Value, _ type: FieldType?) -> Node {
        switch v {
        case .text(let s): return text(s)
        case .number(let n): return .number(n)
        case .date(let d): return .string(d.iso)
        case .month(let m):
            // The precision stays explicit: a month (or its start, middle or end), never a made-up day.
            return .object([("month", .string(m.iso))] + (m.part.map { [("part", .string($0.rawValue))] } ?? []))
        case .wordedChoice(let w):
            return .object([("option", w.option.map(text) ?? .null), ("words", text(w.words))])
        case .duration(let m): return .int(m)
        case .bool(let b): return .bool(b)
        case .list(let items):
            let itemType: FieldType? = if case .list(let t) = type { t } else { nil }
            return .array(items.map { value($0, itemType) })
        case .records(let records):
            let model: RecordModel? = if case .records(let m) = type { m } else { nil }
            return .array(records.map { record($0, model) })
        }
    }

    /// Declared fields first, in declaration order, then any others sorted by id.
    private static func record(_ r: Record, _ model: RecordModel?) -> Node {
        var members: [(String, Node)] = [("id", text(r.id))]
        let declared = model?.fields ?? []
        for field in declared where field.id != "id" {
            if let v = r.fields[field.id] { members.append((SafeText.line(field.id), value(v, field.type))) }
        }
        let known = Set(declared.map(\.id) + ["id"])
        for key in r.fields.keys.sorted() where !known.contains(key) {
            if let v = r.fields[key] { members.append((SafeText.line(key), value(v, nil))) }
        }
        return .object(members)
    }

    private static func annex(_ a: CharterDocument.Annex) -> Node {
        .object([
            ("checkpoints", .array(a.checkpoints.map { c in
                .object([("phase", text(c.phase)), ("text", text(c.text)), ("ok", c.ok.map(Node.bool) ?? .null),
                         ("time", c.time.map(Node.number) ?? .null)])
            })),
            ("phases", .array(a.phases.map { p in
                .object([("id", text(p.id)), ("title", text(p.title)), ("timebox_minutes", .int(p.timeboxMinutes)),
                         ("spent_seconds", .number(p.spentSeconds))])
            })),
            ("notes", .array(a.notes.map { n in .object([("text", text(n.text)), ("time", .number(n.time))]) })),
            ("total_seconds", .number(a.totalSeconds)),
            ("planned_minutes", .int(a.plannedMinutes)),
        ])
    }
}

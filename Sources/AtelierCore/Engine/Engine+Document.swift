/// The charter document the exporters render.
extension Engine {
    /// The charter of this session; `startedAt` (ISO 8601) dates the changes made after a lock.
    public func document(sessionID: String, client: String?, date: Day, startedAt: String? = nil) -> CharterDocument {
        let ready = readiness()
        let sections = workshop.charter.sections.map { s in
            CharterDocument.Section(id: s.id, title: s.title, facilitatorOnly: s.facilitatorOnly,
                                    locked: state.content.locked.contains(s.id),
                                    fields: s.fields.map { CharterDocument.Field(model: $0, value: state.content.charter[$0.id]) },
                                    readiness: ready.bySection[s.id] ?? 1)
        }
        let decisions = state.content.decisions.map {
            CharterDocument.Decision(question: $0.question, text: $0.text, section: $0.section, path: $0.path, time: $0.time)
        }
        let openQuestions = state.content.openQuestions.map {
            CharterDocument.OpenQuestion(id: $0.id, question: $0.question, owner: $0.owner, dontKnow: $0.dontKnow,
                                         section: $0.section, time: $0.time, path: answerTarget(of: $0.item)?.description)
        }
        let gaps = openGaps().filter { !$0.parked }.map {
            CharterDocument.Gap(id: $0.id, rule: $0.rule, question: $0.question, weight: $0.weight, section: $0.section,
                                asked: $0.asked, path: answerTarget(of: $0.id)?.description)
        }
        return CharterDocument(workshopID: workshop.id, workshopTitle: workshop.title, language: workshop.language,
                               sessionID: sessionID, client: client, date: date, sections: sections, decisions: decisions,
                               openQuestions: openQuestions, openGaps: gaps,
                               readiness: .init(overall: ready.overall, blockingOpen: ready.open, blockingClosed: ready.closed),
                               annex: annex(), people: PeopleCollector.people(in: state.content.charter, model: workshop.charter),
                               presentation: workshop.presentation, lockChanges: state.content.lockChanges,
                               startedAt: startedAt)
    }

    private func annex() -> CharterDocument.Annex {
        var checkpoints: [CharterDocument.CheckpointResult] = []
        var timings: [CharterDocument.PhaseTiming] = []
        for (p, phase) in workshop.phases.enumerated() {
            for step in phase.steps {
                guard case .check(let c) = step.kind else { continue }
                let result = state.content.checkpoints["\(phase.id)/\(step.id)"]
                checkpoints.append(.init(phase: phase.title, text: c.text, ok: result?.ok, time: result?.time))
            }
            var spent = state.timing.spent[phase.id, default: 0]
            if p == state.content.phaseIndex { spent += max(0, state.timing.lastTime - state.timing.phaseEntered) }
            timings.append(.init(id: phase.id, title: phase.title, timeboxMinutes: phase.timebox, spentSeconds: spent))
        }
        return .init(checkpoints: checkpoints, phases: timings,
                     notes: state.content.notes.map { .init(text: $0.text, time: $0.time) },
                     totalSeconds: state.timing.lastTime, plannedMinutes: workshop.duration)
    }
}

/// Everyone named in person fields. A record holding a person field also gives that person's
/// e-mail (a text value with an @) and role (a choice value), so a stakeholders list works as is.
enum PeopleCollector {
    static func people(in charter: [String: Value], model: CharterModel) -> [CharterDocument.Person] {
        var byKey: [String: CharterDocument.Person] = [:]
        var order: [String] = []
        func add(_ name: String, email: String?, role: String?) {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return }
            let key = TextFolding.fold(trimmed)
            if var known = byKey[key] {
                known.email = known.email ?? email
                known.role = known.role ?? role
                byKey[key] = known
            } else {
                byKey[key] = .init(name: trimmed, email: email, role: role)
                order.append(key)
            }
        }
        func walk(_ value: Value, _ field: FieldModel) {
            switch (field.type, value) {
            case (.person, .text(let s)): add(s, email: nil, role: nil)
            case (.list(.person), .list(let items)):
                for case .text(let s) in items { add(s, email: nil, role: nil) }
            case (.records(let m), .records(let records)):
                for r in records {
                    var email: String?
                    var role: String?
                    for sub in m.fields {
                        guard case .text(let s)? = r.fields[sub.id] else { continue }
                        if case .choice = sub.type, role == nil { role = s }
                        if sub.type == .text, s.contains("@"), !s.contains(" ") { email = s }
                    }
                    let personFields = m.fields.filter { $0.type == .person }
                    for (n, sub) in personFields.enumerated() {
                        guard case .text(let s)? = r.fields[sub.id] else { continue }
                        add(s, email: n == 0 ? email : nil, role: n == 0 ? role : nil)
                    }
                    for sub in m.fields where sub.type != .person {
                        if let v = r.fields[sub.id] { walk(v, sub) }
                    }
                }
            default: break
            }
        }
        for field in model.allFields {
            if let v = charter[field.id] { walk(v, field) }
        }
        return order.compactMap { byKey[$0] }.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }
    }
}

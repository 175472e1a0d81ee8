import AtelierCore

/// `/charte`: the charter so far, readable on a projected screen. A section changed after it was
/// locked says so, and every such change is listed with the value it replaced and when (as the
/// exports show them).
struct CharterPreview {
    let presenter: Presenter
    /// For the labels of changed fields.
    let engine: Engine

    func render(_ doc: CharterDocument) -> String {
        let text = presenter.text, paint = presenter.paint
        var out = "\n" + paint.bold(presenter.clean(doc.workshopTitle)) + "\n"
        out += text.readiness(Int((doc.readiness.overall * 100).rounded()), doc.readiness.blockingOpen) + "\n"
        for section in doc.sections where !section.facilitatorOnly {
            let changed = doc.lockChanges.contains { $0.section == section.id }
            out += "\n" + paint.bold("■ " + presenter.clean(section.title)) + (section.locked ? " 🔒" : "")
                + (changed ? " " + paint.yellow(text.changedTag) : "") + "\n"
            for field in section.fields {
                out += lines(field.model, field.value, indent: "  ", language: doc.language)
            }
        }
        if !doc.decisions.isEmpty {
            out += "\n" + paint.bold("■ " + text.decisionsTitle) + "\n"
            for d in doc.decisions { out += "  • \(presenter.clean(d.text)) — \(paint.dim(presenter.clean(d.question)))\n" }
        }
        if !doc.lockChanges.isEmpty {
            out += "\n" + paint.bold("■ " + text.lockChangesTitle) + "\n"
            for change in doc.lockChanges { out += "  • " + lockChange(change, language: doc.language) + "\n" }
        }
        if !doc.openQuestions.isEmpty {
            out += "\n" + paint.bold("■ " + text.openQuestionsTitle) + "\n"
            for q in doc.openQuestions {
                let who = q.owner.map { " → " + presenter.clean($0) } ?? ""
                out += "  • \(presenter.clean(q.question))\(who)\n"
            }
        }
        return out
    }

    /// "Cible : « 40 jours » remplace « je pense 40 jours » (à 47 min de séance)".
    private func lockChange(_ change: LockChange, language: Language) -> String {
        let path = FieldPath(parsing: change.path)
        let label = path.flatMap { engine.fieldModel(at: $0)?.label } ?? change.path
        let shown = { (value: Value?) in value.map { presenter.clean(ValueText.plain($0, language)) } ?? "—" }
        let time = presenter.text.lockChangeTime(DurationText.elapsed(seconds: change.time))
        if let replaced = change.replaced, !replaced.isEmpty {
            return presenter.text.lockChangeReplaced(subject: presenter.clean(label), new: shown(change.value),
                                                     old: shown(replaced), time: time)
        }
        return presenter.text.lockChangeAdded(subject: presenter.clean(label), new: shown(change.value), time: time)
    }

    private func lines(_ field: FieldModel, _ value: Value?, indent: String, language: Language) -> String {
        let label = presenter.clean(field.label)
        let colon = presenter.text.colon
        guard let value, !value.isEmpty else { return indent + label + colon + presenter.paint.dim("—") + "\n" }
        switch (field.type, value) {
        case (.records(let model), .records(let records)):
            var out = indent + label + colon.trimmingTrailingSpaces + "\n"
            for (n, r) in records.enumerated() {
                out += indent + "  \(n + 1)."
                var first = true
                for sub in model.fields {
                    guard let v = r.fields[sub.id] else { continue }
                    if case .records = sub.type {
                        out += (first ? "\n" : "") + lines(sub, v, indent: indent + "     ", language: language)
                        first = false
                    } else {
                        out += (first ? " " : indent + "     ") + presenter.clean(sub.label) + colon
                            + presenter.clean(ValueText.plain(v, language)) + "\n"
                        first = false
                    }
                }
                if first { out += "\n" }
            }
            return out
        case (.list, .list(let items)):
            return indent + label + colon.trimmingTrailingSpaces + "\n" + items.map { indent + "  • " + presenter.clean(ValueText.plain($0, language)) + "\n" }.joined()
        default:
            return indent + label + colon + presenter.clean(ValueText.plain(value, language)) + "\n"
        }
    }
}

extension String {
    /// « : » from « : », ":" from ": ": a colon that ends a line.
    var trimmingTrailingSpaces: String {
        String(self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)])
    }
}

import AtelierCore

/// `/charte`: the charter so far, readable on a projected screen.
struct CharterPreview {
    let presenter: Presenter

    func render(_ doc: CharterDocument) -> String {
        let text = presenter.text, paint = presenter.paint
        var out = "\n" + paint.bold(presenter.clean(doc.workshopTitle)) + "\n"
        out += text.readiness(Int((doc.readiness.overall * 100).rounded()), doc.readiness.blockingOpen) + "\n"
        for section in doc.sections where !section.facilitatorOnly {
            out += "\n" + paint.bold("■ " + presenter.clean(section.title)) + (section.locked ? " 🔒" : "") + "\n"
            for field in section.fields {
                out += lines(field.model, field.value, indent: "  ", language: doc.language)
            }
        }
        if !doc.decisions.isEmpty {
            out += "\n" + paint.bold("■ " + text.decisionsTitle) + "\n"
            for d in doc.decisions { out += "  • \(presenter.clean(d.text)) — \(paint.dim(presenter.clean(d.question)))\n" }
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

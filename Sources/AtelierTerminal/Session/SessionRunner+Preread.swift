import AtelierCore

/// The pre-read questionnaire in the live session: its answers are journaled first, then shown to
/// the room in the client's own words as each phase starts.
extension SessionRunner {
    /// Journals the client's answers from the returned questionnaire (before anything is asked)
    /// and says how many there are; `file` is the returned file, as named on the command line.
    public func recordPreread(_ answers: [(item: ItemID, value: Value)], file: String) {
        guard !answers.isEmpty else { return }
        for answer in answers { record(.preread(item: answer.item, value: answer.value)) }
        say(presenter.paint.dim(text.prereadTaken(answers.count, file: presenter.clean(file))))
    }

    /// The first time a phase is shown, what the client wrote for its questions beforehand (and
    /// for the phases before it that the questionnaire answered so fully that nothing was left to ask).
    func recallPreread() {
        guard let current = engine.currentPhase, !recalledPhases.contains(current.id),
              let index = engine.workshop.phases.firstIndex(where: { $0.id == current.id }) else { return }
        let phases = engine.workshop.phases[...index].map(\.id).filter { !recalledPhases.contains($0) }
        recalledPhases.formUnion(phases)
        let answers = phases.flatMap { engine.prereadAnswers(phase: $0) }
        guard !answers.isEmpty else { return }
        var out = "\n" + presenter.paint.cyan("» " + text.prereadRecall) + "\n"
        for answer in answers { out += presenter.recalled(answer) }
        out += presenter.paint.dim("  " + text.prereadRecallHint) + "\n"
        output.write(out)
    }
}

extension Presenter {
    /// One pre-read answer as the room reads it: the field, then the client's words in quotes.
    func recalled(_ answer: PrereadAnswer) -> String {
        let language = workshop.language
        let label = clean(answer.field.label)
        func quoted(_ s: String) -> String {
            let text = clean(s).replacingOccurrences(of: "\n", with: "\n      ")
            return TerminalMessage.quoted.text(language, ["text": text])
        }
        let colon = text.colon
        let heading = "  " + label + colon.trimmingTrailingSpaces + "\n"
        switch answer.value {
        case .list(let items):
            return heading + items.map { "    • " + quoted(ValueText.plain($0, language)) + "\n" }.joined()
        case .records(let records):
            guard case .records(let model) = answer.field.type else { return "" }
            var out = heading
            for record in records {
                let title = model.titleField ?? model.fields.first?.id
                let head = title.flatMap { record.fields[$0] }.map { quoted(ValueText.plain($0, language)) } ?? "—"
                let rest = model.fields.filter { $0.id != title }.compactMap { f in
                    record.fields[f.id].map { clean(f.label) + colon + clean(ValueText.plain($0, language)) }
                }
                out += "    • " + head + (rest.isEmpty ? "" : " — " + rest.joined(separator: text.listSeparator)) + "\n"
            }
            return out
        default:
            return "  " + label + colon + quoted(ValueText.plain(answer.value, language)) + "\n"
        }
    }
}

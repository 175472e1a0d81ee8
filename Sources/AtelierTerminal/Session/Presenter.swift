import AtelierCore

/// Turns engine state into the text the room sees. Client words are cleaned of terminal control
/// sequences before they are shown, so a pasted escape code cannot repaint the screen.
struct Presenter {
    let workshop: Workshop
    let text: UIText
    let paint: Style

    func clean(_ s: String) -> String { SafeText.clean(s) }

    func opening() -> String {
        var out = "\n" + paint.bold(clean(workshop.title)) + "\n\n" + paint.bold(text.agendaTitle) + "\n"
        var start = 0
        for (n, phase) in workshop.phases.enumerated() {
            out += "  \(n + 1). \(clean(phase.title)) — \(DurationText.minutes(phase.timebox))  "
                + paint.dim("(" + text.agendaStart(DurationText.minutes(start)) + ")") + "\n"
            start += phase.timebox
        }
        out += "  " + text.agendaTotal(workshop.duration) + "\n\n" + paint.dim(text.helpHint) + "\n"
        return out
    }

    /// `[Objectifs 12 min / 25 min · 47 min / 2 h · 3 écarts] › `: the phase, then the whole
    /// workshop, in the one duration format (`DurationText`); the open gaps as `/ecarts` lists them
    /// and `/etat` counts them. A long phase title is shortened so the prompt fits.
    func prompt(_ status: SessionStatus) -> String {
        var title = clean(status.phase.title)
        if title.count > 24 { title = String(title.prefix(23)).trimmingCharacters(in: .whitespaces) + "…" }
        let phase = "\(title) \(DurationText.elapsed(seconds: status.phaseElapsed)) / \(DurationText.minutes(status.phase.timebox))"
        let total = "\(DurationText.elapsed(seconds: status.totalElapsed)) / \(DurationText.minutes(status.plannedMinutes))"
        let gaps = text.promptGaps(status.openGaps)
        var core = "[\(phase) · \(total) · \(gaps)]"
        switch status.timeState {
        case .onTime: break
        case .warning: core = paint.yellow(core)
        case .over: core = paint.red(core)
        }
        return core + " › "
    }

    func question(_ item: AgendaItem) -> String {
        var out = "\n"
        switch item.kind {
        case .say:
            return "\n" + paint.cyan("» " + clean(item.text)) + "\n"
        case .checkpoint:
            out += paint.dim(text.checkpointTag) + " " + clean(item.text) + " " + text.yesNoHint + "\n"
            return out
        case .gap:
            let tag = item.weight == .advisory ? "\(text.gapTag) (\(text.advisoryTag))" : text.gapTag
            out += paint.yellow(tag) + " — " + paint.bold(clean(item.text)) + "\n"
        case .parkOffer:
            return "\n" + paint.red(clean(item.text)) + " " + text.yesNoHint + "\n"
        case .decisionScope:
            return "\n" + paint.bold(clean(item.text)) + " " + text.yesNoHint + "\n"
        case .end:
            return "\n" + paint.bold(clean(item.text)) + "\n"
        case .question, .ownerFollowUp:
            out += paint.bold(clean(item.text)) + (item.reopened ? " " + paint.dim(text.reopenedTag) : "") + "\n"
        }
        if let hint = item.hint { out += paint.dim("  " + clean(hint)) + "\n" }
        if let field = item.field { out += answerHint(field, item) }
        return out
    }

    private func answerHint(_ field: FieldModel, _ item: AgendaItem) -> String {
        switch field.type {
        case .choice(let options): return paint.dim("  " + clean(text.choiceHint(options))) + "\n"
        case .list: return paint.dim("  " + text.listHint) + "\n"
        case .longText: return paint.dim("  " + text.longTextHint) + "\n"
        case .records: return paint.dim("  " + clean(text.recordHint(field.label))) + "\n"
        case .yesNo: return paint.dim("  " + text.yesNoHint) + "\n"
        default: return ""
        }
    }

    /// The prompt for the next line of an answer under way: `  3. › ` for a list or a long text,
    /// `  indicateur 2 › Cible : ` for a record's field.
    func draftPrompt(_ shape: DraftShape, cursor: DraftCursor) -> String {
        guard let record = cursor.record else { return "  \(cursor.fieldIndex + 1). › " }
        let noun = clean(SafeText.line(shape.field.itemLabel ?? shape.field.label))
        let label = shape.field(at: cursor).map { clean(SafeText.line($0.label)) } ?? ""
        return "  \(noun) \(record) › \(label)\(text.colon)"
    }

    /// What an answer under way already holds, shown under its question when it is asked again
    /// (after a resume, or coming back to it).
    func draftRecap(_ shape: DraftShape, lines: [DraftLine]) -> String {
        var out = paint.dim("  " + text.draftSoFar) + "\n"
        var number = 0
        for line in lines {
            let value = line.value.map { clean(ValueText.plain($0, workshop.language)) } ?? "—"
            if let record = line.record {
                let label = line.field.flatMap { id in shape.recordFields.first { $0.id == id }?.label } ?? line.field ?? ""
                out += "  \(clean(SafeText.line(shape.field.itemLabel ?? shape.field.label))) \(record) › \(clean(label))\(text.colon)\(value)\n"
            } else {
                number += 1
                out += "  \(number). \(value)\n"
            }
        }
        return out
    }

    func status(_ s: SessionStatus) -> String {
        let pct = Int((s.readiness * 100).rounded())
        return """
        \(text.statusPhase(number: s.phaseNumber, count: s.phaseCount, title: clean(s.phase.title),
                           elapsed: DurationText.elapsed(seconds: s.phaseElapsed), timebox: DurationText.minutes(s.phase.timebox)))
        \(text.statusTotal(elapsed: DurationText.elapsed(seconds: s.totalElapsed), planned: DurationText.minutes(s.plannedMinutes)))
        \(text.statusGaps(s.openGaps, blocking: s.openBlockingGaps))
        \(text.statusReadiness(pct))

        """
    }

    func gaps(_ gaps: [GapInfo]) -> String {
        guard !gaps.isEmpty else { return text.noGaps + "\n" }
        return gaps.map { g in
            var tags = [g.weight == .blocking ? text.blocking : text.advisoryTag]
            if g.parked { tags.append(text.parkedTag) } else if g.asked { tags.append(text.askedTag) }
            return "  • \(clean(g.question))  \(paint.dim("[\(g.rule) · \(tags.joined(separator: ", "))]"))"
        }.joined(separator: "\n") + "\n"
    }

    /// `/aide`: a table whose descriptions, when wrapped to `width`, hang under their column.
    func help(width: Int?) -> String {
        let column = (text.help.map { $0.0.count }.max() ?? 10) + 2
        return text.help.map { name, what in
            let line = "  " + name + String(repeating: " ", count: max(1, column - name.count)) + what
            guard let width else { return line }
            return TextWrapper.wrapLine(Substring(line), width: width, hanging: column + 2)
        }.joined(separator: "\n") + "\n"
    }
}

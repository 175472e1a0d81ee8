import AtelierCore

/// Turning typed lines into answers of the kind the question expects.
extension SessionRunner {
    func answer(_ line: String, to item: AgendaItem) -> StepResult {
        if line.trimmingCharacters(in: .whitespaces).isEmpty, item.kind != .end {
            if !interactive { complain(text.emptyAnswer) }
            return .next
        }
        switch item.kind {
        case .end:
            say(text.finished)
            return .next
        case .checkpoint:
            guard let ok = AnswerParser.yesNo(line) else { complain(AnswerParser.Problem.notYesNo(line).message(language)); return .next }
            record(.checkpoint(item: item.id, ok: ok))
            return .next
        case .parkOffer:
            guard let ok = AnswerParser.yesNo(line) else { complain(AnswerParser.Problem.notYesNo(line).message(language)); return .next }
            record(ok ? .parkRest(phase: item.phase) : .keepGoing(phase: item.phase))
            return .next
        case .say:
            return .next
        case .question, .gap, .ownerFollowUp:
            break
        }
        if item.kind != .ownerFollowUp, engine.isDontKnow(line) {
            record(.park(item: item.id, owner: nil, dontKnow: true))
            say(text.parkedAsOpen(nil))
            return .next
        }
        guard let field = item.field else { return .next }
        switch read(field, item: item, firstLine: line) {
        case .value(let value):
            record(.answer(item: item.id, value: value))
        case .retry:
            break
        case .ended(let ending):
            return .stop(ending)
        }
        return .next
    }

    enum Collected { case value(Value), retry, ended(SessionRunner.Ending) }

    var language: Language { engine.workshop.language }

    /// Reads the whole answer for `field`, starting from the line already typed.
    func read(_ field: FieldModel, item: AgendaItem, firstLine: String) -> Collected {
        switch field.type {
        case .records(let model):
            return readRecords(field, model: model, item: item, firstLine: firstLine)
        case .list(let itemType):
            return readLines(firstLine) { AnswerParser.parse($0, as: itemType) }.map { .list($0) }
        case .longText:
            return readLines(firstLine) { .success(.text($0.trimmingCharacters(in: .whitespaces))) }.map { lines in
                .text(lines.compactMap { if case .text(let s) = $0 { s } else { nil } }.joined(separator: "\n"))
            }
        default:
            switch AnswerParser.parse(firstLine, as: field.type) {
            case .success(let v): return .value(v)
            case .failure(let problem): complain(problem.message(language)); return .retry
            }
        }
    }

    /// Lines until an empty one; an invalid line is refused and typed again.
    private func readLines(_ first: String, parse: (String) -> Result<Value, AnswerParser.Problem>) -> CollectedList {
        var values: [Value] = []
        var line = first
        while true {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { return values.isEmpty ? .retry : .values(values) }
            switch parse(line) {
            case .success(let v): values.append(v)
            case .failure(let problem): complain(problem.message(language))
            }
            switch readLine(prompt: "  \(values.count + 1). › ") {
            case .line(let next): line = next
            case .interrupted: return values.isEmpty ? .retry : .values(values)
            case .endOfInput: return values.isEmpty ? .ended(interactive ? .quit : .endOfInput) : .values(values)
            }
        }
    }

    enum CollectedList {
        case values([Value]), retry, ended(SessionRunner.Ending)
        func map(_ f: ([Value]) -> Value) -> Collected {
            switch self {
            case .values(let v): .value(f(v))
            case .retry: .retry
            case .ended(let e): .ended(e)
            }
        }
    }

    /// Records: each field asked in turn, the record's name in the prompt; an empty first field
    /// ends the list.
    private func readRecords(_ field: FieldModel, model: RecordModel, item: AgendaItem, firstLine: String) -> Collected {
        let fields = item.recordFields.isEmpty ? Array(model.fields.prefix(1)) : item.recordFields
        let noun = presenter.clean(field.itemLabel ?? field.label)
        var records: [Record] = []
        var pending: String? = firstLine
        while true {
            var values: [String: Value] = [:]
            var index = 0
            while index < fields.count {
                let sub = fields[index]
                let line: String
                if let p = pending {
                    line = p
                    pending = nil
                } else {
                    // A choice shows its options on a line of their own: the prompt stays short enough
                    // for readline not to scroll it sideways on a narrow terminal.
                    if case .choice(let options) = sub.type, interactive {
                        output.write(presenter.paint.dim("    " + presenter.clean(text.choiceHint(options))) + "\n")
                    }
                    let prompt = "  \(noun) \(records.count + 1) › \(presenter.clean(sub.label))\(text.colon)"
                    switch readLine(prompt: prompt, completing: completions(for: sub)) {
                    case .line(let l): line = l
                    case .interrupted: return records.isEmpty ? .retry : .value(.records(records))
                    case .endOfInput:
                        return records.isEmpty ? .ended(interactive ? .quit : .endOfInput) : .value(.records(records))
                    }
                }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    if index == 0 { return records.isEmpty ? .retry : .value(.records(records)) }
                    index += 1
                    continue
                }
                switch AnswerParser.parse(trimmed, as: sub.type) {
                case .success(let v):
                    values[sub.id] = v
                    index += 1
                case .failure(let problem):
                    complain(problem.message(language))
                }
            }
            records.append(Record(id: "", fields: values))
        }
    }

    /// Tab completion words for a field: its options, or the people already named.
    func completions(for field: FieldModel?) -> [String] {
        switch field?.type {
        case .choice(let options)?: return options
        case .person?: return engine.people
        case .list(.person)?: return engine.people
        default: return []
        }
    }
}

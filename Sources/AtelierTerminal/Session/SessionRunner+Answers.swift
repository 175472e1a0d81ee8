import AtelierCore

/// Answers of one line: a checkpoint, a park offer, a text, a number, a date, a choice, a person.
extension SessionRunner {
    /// `typed` is the line as typed (what the journal keeps of a refused answer); `line` the
    /// answer it stands for (`//x` typed for `/x`).
    func answer(_ line: String, to item: AgendaItem, typed: String) -> StepResult {
        if line.trimmingCharacters(in: .whitespaces).isEmpty, item.kind != .end {
            if !interactive { complain(text.emptyAnswer) }
            recordInput(typed, at: item.id)
            return .next
        }
        switch item.kind {
        case .end:
            say(text.finished)
            recordInput(typed, at: item.id)
            return .next
        case .checkpoint, .parkOffer, .decisionScope:
            guard let ok = AnswerParser.yesNo(line) else {
                complain(AnswerParser.Problem.notYesNo(line).message(language))
                recordInput(typed, at: item.id)
                return .next
            }
            if item.kind == .checkpoint {
                record(.checkpoint(item: item.id, ok: ok))
            } else if item.kind == .decisionScope {
                record(.answer(item: item.id, value: .bool(ok)))
            } else {
                record(ok ? .parkRest(phase: item.phase) : .keepGoing(phase: item.phase))
            }
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
        switch AnswerParser.parse(line, as: field.type, dates: engine.dateContext) {
        case .success(let value):
            record(.answer(item: item.id, value: value))
        case .failure(.notAnOption(_, let options)):
            // The client's words are not an option: keep them, with the option closest to them.
            recordInput(typed, at: item.id)
            if let choice = closestOption(to: line, among: options, at: item) {
                record(.answer(item: item.id, value: .wordedChoice(choice)))
            }
        case .failure(let problem):
            complain(problem.message(language))
            recordInput(typed, at: item.id)
        }
        return .next
    }

    /// After an answer that is not one of a choice's options: the options and « autre » to pick
    /// from; the words are kept with the option picked. Nil when the pick is left empty or ends.
    func closestOption(to words: String, among options: [String], at item: AgendaItem) -> WordedChoice? {
        let other = text.otherOption
        let offered = options.contains(where: { TextFolding.fold($0) == TextFolding.fold(other) }) ? options : options + [other]
        say(text.notAnOptionInWords(presenter.clean(words), offered))
        guard let typed = ask(text.closestOptionPrompt, at: item, completing: offered) else { return nil }
        guard let picked = AnswerParser.choice(typed, offered) else {
            complain(AnswerParser.Problem.notAnOption(typed, options: offered).message(language))
            recordInput(typed, at: item.id)
            return nil
        }
        let trimmed = words.trimmingCharacters(in: .whitespacesAndNewlines)
        return WordedChoice(option: options.contains(picked) ? picked : nil, words: trimmed)
    }

    var language: Language { engine.workshop.language }

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

extension FieldType {
    /// Long texts, lists and records: answered over several lines, closed by an empty one.
    var takesSeveralLines: Bool {
        switch self {
        case .longText, .list, .records: true
        default: false
        }
    }
}

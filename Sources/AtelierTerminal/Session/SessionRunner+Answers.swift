import AtelierCore

/// Answers of one line: a checkpoint, a park offer, a text, a number, a date, a choice, a person.
extension SessionRunner {
    /// `typed` is the line as typed (what the journal keeps of a refused answer); `line` the
    /// answer it stands for (`//x` typed for `/x`).
    func answer(_ line: String, to item: AgendaItem, typed: String) -> StepResult {
        if line.trimmingCharacters(in: .whitespaces).isEmpty, item.kind != .end {
            explainEmpty(item)
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
            } else if ok {
                parkRest(item.phase)
            } else {
                record(.keepGoing(phase: item.phase))
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
    /// A command typed instead of a pick keeps the words with no option (nothing the client said
    /// is lost), and is then obeyed as if typed at the next prompt.
    func closestOption(to words: String, among options: [String], at item: AgendaItem) -> WordedChoice? {
        let other = text.otherOption
        let offered = options.contains(where: { TextFolding.fold($0) == TextFolding.fold(other) }) ? options : options + [other]
        say(text.notAnOptionInWords(presenter.clean(words), offered))
        guard let typed = ask(text.closestOptionPrompt, at: item, completing: offered) else { return nil }
        if case .answer = SessionCommand.parse(typed) {} else {
            pendingLine = typed
            return WordedChoice(option: nil, words: words.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard let picked = AnswerParser.choice(typed, offered) else {
            complain(AnswerParser.Problem.notAnOption(typed, options: offered).message(language))
            recordInput(typed, at: item.id)
            return nil
        }
        let trimmed = words.trimmingCharacters(in: .whitespacesAndNewlines)
        return WordedChoice(option: options.contains(picked) ? picked : nil, words: trimmed)
    }

    var language: Language { engine.workshop.language }

    /// "Park the rest to finish on time": done, then said item by item — the questions now in the
    /// open questions, and the facilitator's checks skipped — so the room knows what left the agenda.
    func parkRest(_ phase: String) {
        let openBefore = Set(openQuestionIDs)
        let pendingBefore = engine.questionsNotReached()
        record(.parkRest(phase: phase))
        let pendingAfter = Set(engine.questionsNotReached())
        let parked = engine.document(sessionID: "", client: nil, date: engine.today).openQuestions
            .filter { !openBefore.contains($0.id) }.map(\.question)
        let skipped = pendingBefore.filter { !pendingAfter.contains($0) }
            .compactMap { engine.describe(item: $0) }.filter { $0.kind == .checkpoint }.map(\.text)
        guard !parked.isEmpty || !skipped.isEmpty else { return say(text.parkedRestNothing) }
        var out = ""
        if !parked.isEmpty {
            out += text.parkedRestTitle + "\n" + parked.map { "  • " + presenter.clean($0) + "\n" }.joined()
        }
        if !skipped.isEmpty {
            out += presenter.paint.dim(text.skippedRestTitle) + "\n"
                + skipped.map { presenter.paint.dim("  • " + presenter.clean($0)) + "\n" }.joined()
        }
        output.write(out)
    }

    private var openQuestionIDs: [String] {
        engine.document(sessionID: "", client: nil, date: engine.today).openQuestions.map(\.id)
    }

    /// An empty Enter where an answer is required: says what is expected (the choices, a date's
    /// form, o/n…), the script's hint when it has one, and the way out (skip, park) — on a
    /// terminal as in piped mode, never a silent repeat of the prompt.
    func explainEmpty(_ item: AgendaItem) {
        let what: String
        switch item.kind {
        case .checkpoint, .parkOffer, .decisionScope:
            complain(text.emptyAnswer(text.expectedYesNo))
            return
        case .ownerFollowUp: what = text.expectedPerson
        default: what = item.field.map { expected($0.type) } ?? text.expectedText
        }
        let hint = item.hint.map { presenter.paint.dim(presenter.clean($0)) }
        let more = (hint.map { [$0] } ?? []) + (item.kind == .ownerFollowUp ? [] : [presenter.paint.dim(text.emptyOr)])
        complain(text.emptyAnswer(what), more: more)
    }

    private func expected(_ type: FieldType) -> String {
        switch type {
        case .choice(let options): return presenter.clean(text.expectedChoice(options))
        case .date: return text.expectedDate
        case .number: return text.expectedNumber
        case .duration: return text.expectedDuration
        case .person: return text.expectedPerson
        case .yesNo: return text.expectedYesNo
        case .list, .longText, .records: return text.expectedLines
        default: return text.expectedText
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

extension FieldType {
    /// Long texts, lists and records: answered over several lines, closed by an empty one.
    var takesSeveralLines: Bool {
        switch self {
        case .longText, .list, .records: true
        default: false
        }
    }
}

import AtelierCore

/// The slash commands.
extension SessionRunner {
    /// Carries out a command typed at `item` (`typed` is the line, journaled when the command
    /// changes nothing or opens a prompt). Inside an answer of several lines the lines already
    /// typed are kept: skipping, parking or deciding closes the answer with them first.
    func perform(_ command: SessionCommand, on item: AgendaItem, typed: String) -> StepResult {
        let answerable = [.question, .gap, .ownerFollowUp, .checkpoint].contains(item.kind)
        if command.onlyShows { recordInput(typed, at: item.id) }
        switch command {
        case .help:
            output.write(presenter.help(width: output.width))
        case .status:
            output.write(presenter.status(engine.status(at: clock.now())))
        case .why:
            say(item.why.map(presenter.clean) ?? text.noWhy)
        case .gaps:
            output.write(presenter.gaps(engine.openGaps()))
        case .charter:
            let doc = engine.document(sessionID: "", client: nil, date: engine.today)
            output.write(CharterPreview(presenter: presenter, engine: engine).render(doc))
        case .skip:
            guard answerable || item.kind == .parkOffer || item.kind == .decisionScope else { return refuse(typed, at: item) }
            if engine.draft(for: item.id).isEmpty {
                record(.skip(item: item.id))
            } else {
                closeDraft(of: item)
            }
            lastShown = nil
        case .back:
            record(.back)
            lastShown = nil
        case .undo:
            let lines = engine.draft(for: item.id).count
            record(.undo)
            if lines > 0 && engine.draft(for: item.id).count < lines {
                say(text.lineUndone)  // the last line of the answer under way: the answer goes on
            } else {
                lastShown = nil
            }
        case .park(let owner):
            guard item.kind == .question || item.kind == .gap else { return refuse(typed, at: item) }
            closeDraft(of: item)
            record(.park(item: item.id, owner: owner, dontKnow: false))
            say(text.parkedAsOpen(owner.map(presenter.clean)))
        case .decide(let given):
            guard item.kind == .question || item.kind == .gap else { return refuse(typed, at: item) }
            if given == nil { recordInput(typed, at: item.id) }
            guard let decision = given ?? ask(text.decisionPrompt, at: item) else { break }
            closeDraft(of: item)
            record(.decide(item: item.id, text: decision))
            say(text.decided)
        case .note(let given):
            if given == nil { recordInput(typed, at: item.id) }
            guard let note = given ?? ask(text.notePrompt, at: item) else { break }
            record(.note(note))
            say(text.noteSaved)
        case .goto(let which):
            let phases = engine.workshop.phases
            if which == nil { recordInput(typed, at: item.id) }
            guard let p = pick(which, typed: typed, among: phases.map { ($0.id, $0.title) }, at: item) else { break }
            record(.goto(phase: phases[p].id))
            lastShown = nil
        case .lock(let which):
            let sections = engine.workshop.charter.sections
            if which == nil { recordInput(typed, at: item.id) }
            guard let s = pick(which, typed: typed, among: sections.map { ($0.id, $0.title) }, at: item) else { break }
            record(.lock(section: sections[s].id))
            say(text.locked(presenter.clean(sections[s].title)))
        case .edit(let which):
            recordInput(typed, at: item.id)  // the new value is asked next: on disk, the prompt survives a crash
            edit(which, at: item)
            lastShown = nil
        case .quit:
            return .stop(.quit)
        }
        return .next
    }

    /// "This command does not apply here", the line journaled.
    private func refuse(_ typed: String, at item: AgendaItem) -> StepResult {
        complain(text.notHere)
        recordInput(typed, at: item.id)
        return .next
    }

    /// Asks one line; nil when cancelled (an empty line, journaled, or the end of the input).
    /// Ctrl-C clears the line being typed and asks again.
    func ask(_ prompt: String, at item: AgendaItem, completing words: [String] = []) -> String? {
        while true {
            switch readLine(prompt: prompt, completing: words) {
            case .interrupted:
                hintInterrupt()
            case .endOfInput:
                return nil
            case .line(let line):
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { recordInput(line, at: item.id) }
                return trimmed.isEmpty ? nil : trimmed
            }
        }
    }

    /// A phase or section by number, id or title; lists them when not given.
    /// A line that picks nothing is journaled (`typed` when it was the command's argument).
    private func pick(_ given: String?, typed line: String, among choices: [(id: String, title: String)],
                      at item: AgendaItem) -> Int? {
        var answer = given
        if answer == nil {
            for (n, c) in choices.enumerated() { say("  \(n + 1). \(presenter.clean(c.title))  \(presenter.paint.dim("(\(c.id))"))") }
            answer = ask(text.which, at: item, completing: choices.map(\.id))
        }
        guard let typed = answer else { return nil }
        let index = pick(typed, among: choices)
        if index == nil { recordInput(given == nil ? typed : line, at: item.id) }
        return index
    }

    private func pick(_ typed: String, among choices: [(id: String, title: String)]) -> Int? {
        if let n = Int(typed), choices.indices.contains(n - 1) { return n - 1 }
        let folded = TextFolding.fold(typed)
        if let i = choices.firstIndex(where: { $0.id == typed || TextFolding.fold($0.title) == folded }) { return i }
        let prefixed = choices.indices.filter { TextFolding.fold(choices[$0].title).hasPrefix(folded) || choices[$0].id.hasPrefix(typed) }
        if prefixed.count == 1 { return prefixed[0] }
        say(text.noSuchChoice(presenter.clean(typed)))
        return nil
    }

    /// `/edit`: a field by path or from the numbered list of answers; the new value is parsed as
    /// the field's type; later answers that depended on it are re-checked by the rules. Every line
    /// typed on the way is journaled, so a crash leaves the prompt to reopen on resume.
    private func edit(_ given: String?, at item: AgendaItem) {
        let answered = engine.answeredPaths()
        guard !answered.isEmpty else { say(text.nothingAnswered); return }
        var which = given
        if which == nil {
            for (n, a) in answered.enumerated() {
                say("  \(n + 1). \(presenter.clean(a.label))\(text.colon)\(presenter.clean(ValueText.plain(a.value, language)))")
            }
            which = ask(text.editWhich, at: item)
            if let which { recordInput(which, at: item.id) }
        }
        guard let typed = which else { return }
        let path: FieldPath?
        if let n = Int(typed), answered.indices.contains(n - 1) { path = answered[n - 1].path } else { path = engine.resolve(userPath: typed) }
        guard let path, let field = engine.fieldModel(at: path) else { say(text.noSuchField(presenter.clean(typed))); return }
        if case .records = field.type { say(text.notHere); return }
        let current = engine.value(at: path).map { ValueText.plain($0, language) } ?? "—"
        say(text.editCurrent(presenter.clean(field.label), presenter.clean(current)))
        if let value = readEditValue(field, at: item) {
            record(.edit(path: path.description, value: value))
        }
    }

    /// The new value of an edited field: one line, or lines until an empty one for a list or a long
    /// text. Each line typed is journaled as it comes; nil when cancelled.
    private func readEditValue(_ field: FieldModel, at item: AgendaItem) -> Value? {
        while true {
            guard let first = ask(text.editNewValue, at: item, completing: completions(for: field)) else { return nil }
            let line = Self.unescaped(first)
            let lineType: FieldType
            switch field.type {
            case .list(let type): lineType = type
            case .longText: lineType = .longText
            default:
                switch AnswerParser.parse(line, as: field.type, dates: engine.dateContext) {
                case .success(let value): return value
                case .failure(let problem):
                    complain(problem.message(language))
                    recordInput(first, at: item.id)
                    continue
                }
            }
            var values: [Value] = []
            var next: String? = line
            while let current = next {
                switch AnswerParser.parse(current, as: lineType, dates: engine.dateContext) {
                case .success(let value): values.append(value)
                case .failure(let problem): complain(problem.message(language))
                }
                recordInput(current, at: item.id)
                next = nil
                while next == nil {
                    switch readLine(prompt: "  \(values.count + 1). › ") {
                    case .interrupted: hintInterrupt()
                    case .endOfInput: return nil
                    case .line(let typed):
                        let trimmed = typed.trimmingCharacters(in: .whitespaces)
                        if trimmed.isEmpty {
                            guard !values.isEmpty else { return nil }
                            if case .longText = field.type {
                                return .text(values.compactMap { if case .text(let s) = $0 { s } else { nil } }.joined(separator: "\n"))
                            }
                            return .list(values)
                        }
                        next = Self.unescaped(typed)
                    }
                }
            }
        }
    }

    /// A typed line as meant: a leading `//` stands for one `/`.
    static func unescaped(_ line: String) -> String {
        if case .answer(let text) = SessionCommand.parse(line) { return text }
        return line
    }
}

import AtelierCore

/// The slash commands.
extension SessionRunner {
    func perform(_ command: SessionCommand, on item: AgendaItem) -> StepResult {
        let answerable = [.question, .gap, .ownerFollowUp, .checkpoint].contains(item.kind)
        switch command {
        case .help:
            output.write(presenter.help())
        case .status:
            output.write(presenter.status(engine.status(at: clock.now())))
        case .why:
            say(item.why.map(presenter.clean) ?? text.noWhy)
        case .gaps:
            output.write(presenter.gaps(engine.openGaps()))
        case .charter:
            let doc = engine.document(sessionID: "", client: nil, date: engine.today)
            output.write(CharterPreview(presenter: presenter).render(doc))
        case .skip:
            guard answerable || item.kind == .parkOffer else { say(text.notHere); break }
            record(.skip(item: item.id))
            lastShown = nil
        case .back:
            record(.back)
            lastShown = nil
        case .undo:
            record(.undo)
            lastShown = nil
        case .park(let owner):
            guard item.kind == .question || item.kind == .gap else { say(text.notHere); break }
            record(.park(item: item.id, owner: owner, dontKnow: false))
            say(text.parkedAsOpen(owner.map(presenter.clean)))
        case .decide(let given):
            guard item.kind == .question || item.kind == .gap else { say(text.notHere); break }
            guard let decision = given ?? ask(text.decisionPrompt) else { break }
            record(.decide(item: item.id, text: decision))
            say(text.decided)
        case .note(let given):
            guard let note = given ?? ask(text.notePrompt) else { break }
            record(.note(note))
            say(text.noteSaved)
        case .goto(let which):
            let phases = engine.workshop.phases
            guard let p = pick(which, among: phases.map { ($0.id, $0.title) }) else { break }
            record(.goto(phase: phases[p].id))
            lastShown = nil
        case .lock(let which):
            let sections = engine.workshop.charter.sections
            guard let s = pick(which, among: sections.map { ($0.id, $0.title) }) else { break }
            record(.lock(section: sections[s].id))
            say(text.locked(presenter.clean(sections[s].title)))
        case .edit(let which):
            edit(which)
            lastShown = nil
        case .quit:
            return .stop(.quit)
        }
        return .next
    }

    /// Asks one line; nil when cancelled (empty, Ctrl-C or end of input).
    func ask(_ prompt: String, completing words: [String] = []) -> String? {
        guard case .line(let line) = readLine(prompt: prompt, completing: words),
              !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// A phase or section by number, id or title; lists them when not given.
    private func pick(_ given: String?, among choices: [(id: String, title: String)]) -> Int? {
        var answer = given
        if answer == nil {
            for (n, c) in choices.enumerated() { say("  \(n + 1). \(presenter.clean(c.title))  \(presenter.paint.dim("(\(c.id))"))") }
            answer = ask(text.which, completing: choices.map(\.id))
        }
        guard let typed = answer else { return nil }
        if let n = Int(typed), choices.indices.contains(n - 1) { return n - 1 }
        let folded = TextFolding.fold(typed)
        if let i = choices.firstIndex(where: { $0.id == typed || TextFolding.fold($0.title) == folded }) { return i }
        let prefixed = choices.indices.filter { TextFolding.fold(choices[$0].title).hasPrefix(folded) || choices[$0].id.hasPrefix(typed) }
        if prefixed.count == 1 { return prefixed[0] }
        say(text.noSuchChoice(presenter.clean(typed)))
        return nil
    }

    /// `/edit`: a field by path or from the numbered list of answers; the new value is parsed as
    /// the field's type; later answers that depended on it are re-checked by the rules.
    private func edit(_ given: String?) {
        let answered = engine.answeredPaths()
        guard !answered.isEmpty else { say(text.nothingAnswered); return }
        var which = given
        if which == nil {
            for (n, a) in answered.enumerated() {
                say("  \(n + 1). \(presenter.clean(a.label))\(text.colon)\(presenter.clean(ValueText.plain(a.value, language)))")
            }
            which = ask(text.editWhich)
        }
        guard let typed = which else { return }
        let path: FieldPath?
        if let n = Int(typed), answered.indices.contains(n - 1) { path = answered[n - 1].path } else { path = engine.resolve(userPath: typed) }
        guard let path, let field = engine.fieldModel(at: path) else { say(text.noSuchField(presenter.clean(typed))); return }
        let current = engine.value(at: path).map { ValueText.plain($0, language) } ?? "—"
        say(text.editCurrent(presenter.clean(field.label), presenter.clean(current)))
        while true {
            guard let line = ask(text.editNewValue, completing: completions(for: field)) else { return }
            let item = AgendaItem(id: "edit", kind: .question, phase: "", text: "", field: field)
            switch read(field, item: item, firstLine: line) {
            case .value(let v):
                if case .records = v { say(text.notHere); return }
                record(.edit(path: path.description, value: v))
                return
            case .retry: continue
            case .ended: return
            }
        }
    }
}

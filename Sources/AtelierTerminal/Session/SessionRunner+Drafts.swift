import AtelierCore

/// Answers of several lines — a long text, a list, records — read line by line. Each acknowledged
/// line is journaled (a `line` event) before the next prompt, and the engine keeps the lines as the
/// item's draft: the reading position (the line number, the record and field being asked) is
/// always worked out from that draft, so a resumed session, an `/annuler` of the last line or a
/// command typed between two lines all continue exactly where the answer stands.
extension SessionRunner {
    func readDraft(_ item: AgendaItem, field: FieldModel) -> StepResult {
        let shape = DraftShape(item: item, field: field)
        if questionJustShown, !engine.draft(for: item.id).isEmpty {
            output.write(presenter.draftRecap(shape, lines: engine.draft(for: item.id)))
        }
        questionJustShown = false
        while true {
            let lines = engine.draft(for: item.id)
            let cursor = shape.cursor(after: lines)
            let asked = shape.field(at: cursor)
            let prompt: String
            if lines.isEmpty {
                prompt = presenter.prompt(engine.status(at: clock.now()))
            } else {
                if case .choice(let options)? = asked?.type, interactive {
                    output.write(presenter.paint.dim("    " + presenter.clean(text.choiceHint(options))) + "\n")
                }
                prompt = presenter.draftPrompt(shape, cursor: cursor)
            }
            switch readLine(prompt: prompt, completing: completions(for: asked ?? shape.itemField)) {
            case .endOfInput:
                // What the answer already holds is on disk: a resume continues it.
                return .stop(inputEnding)
            case .interrupted:
                hintInterrupt()  // only the line being typed is cleared; the draft is kept
                continue
            case .line(let typed):
                switch SessionCommand.parse(typed) {
                case .unknown(let word):
                    complain(text.unknownCommand(presenter.clean(word)))
                    recordInput(typed, at: item.id)
                case .command(let command):
                    // A command may change what comes next: the session loop asks the engine again,
                    // and comes back here, to the same draft, when this item is still the one due.
                    return perform(command, on: item, typed: typed)
                case .answer(let answer):
                    if take(answer, typed: typed, item: item, shape: shape, cursor: cursor, lines: lines) == .closed {
                        return .next
                    }
                }
            }
        }
    }

    /// One line of text for the draft at `cursor`: closes the answer, adds a line, or is refused.
    private func take(_ answer: String, typed: String, item: AgendaItem, shape: DraftShape, cursor: DraftCursor,
                      lines: [DraftLine]) -> DraftOutcome {
        let trimmed = answer.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty, cursor.opensAnswerPart {
            // An empty line (or an empty first field) closes the answer with what it holds.
            guard let value = shape.value(of: lines) else {
                explainEmpty(item)
                recordInput(typed, at: item.id)
                return .again
            }
            record(.answer(item: item.id, value: value))
            return .closed
        }
        if lines.isEmpty, engine.isDontKnow(trimmed) {
            record(.park(item: item.id, owner: nil, dontKnow: true))
            say(text.parkedAsOpen(nil))
            return .closed
        }
        if trimmed.isEmpty {
            // An empty later field of a record: left empty on purpose, the next field is asked.
            record(.line(item: item.id, DraftLine(record: cursor.record, field: shape.field(at: cursor)?.id, value: nil)))
            return .again
        }
        switch shape.parse(answer, at: cursor, dates: engine.dateContext) {
        case .success(let value):
            record(.line(item: item.id, DraftLine(record: cursor.record, field: shape.field(at: cursor)?.id, value: value)))
        case .failure(.notAnOption(_, let options)) where cursor.record != nil:
            // A record's choice field answered in the client's words: kept, with the closest option.
            recordInput(typed, at: item.id)
            if let choice = closestOption(to: answer, among: options, at: item) {
                record(.line(item: item.id, DraftLine(record: cursor.record, field: shape.field(at: cursor)?.id,
                                                      value: .wordedChoice(choice))))
            }
        case .failure(let problem):
            complain(problem.message(language))
            recordInput(typed, at: item.id)
        }
        return .again
    }

    /// An answer under way is closed with what it holds before the item is skipped, parked or
    /// decided: lines already typed are never dropped by a command.
    func closeDraft(of item: AgendaItem) {
        guard let field = item.field, !engine.draft(for: item.id).isEmpty,
              let value = DraftShape(item: item, field: field).value(of: engine.draft(for: item.id)) else { return }
        record(.answer(item: item.id, value: value))
    }
}

/// After a line of text: the answer is closed (or parked), or the same answer goes on.
enum DraftOutcome { case closed, again }

/// Where the next line of a draft goes: for records, which record and which of the fields asked.
struct DraftCursor: Equatable {
    var record: Int?
    var fieldIndex: Int
    /// The first line of a list item or a long text, or the first field of a record: an empty line
    /// there closes the answer.
    var opensAnswerPart: Bool { record == nil || fieldIndex == 0 }
}

/// How an answer of several lines is made: a long text, a list of values, or records whose fields
/// are asked in turn.
struct DraftShape {
    let item: AgendaItem
    let field: FieldModel

    /// For records: the fields asked in turn (the script's choice, or the first field).
    var recordFields: [FieldModel] {
        guard case .records(let model) = field.type else { return [] }
        return item.recordFields.isEmpty ? Array(model.fields.prefix(1)) : item.recordFields
    }

    /// For a list: a field standing for one of its items (for completion).
    var itemField: FieldModel? {
        guard case .list(let type) = field.type else { return nil }
        return FieldModel(id: field.id, label: field.label, type: type)
    }

    func cursor(after lines: [DraftLine]) -> DraftCursor {
        guard case .records = field.type else { return DraftCursor(record: nil, fieldIndex: lines.count) }
        guard let last = lines.last, let record = last.record else { return DraftCursor(record: 1, fieldIndex: 0) }
        let fields = recordFields
        let index = fields.firstIndex { $0.id == last.field } ?? fields.count - 1
        return index + 1 >= fields.count ? DraftCursor(record: record + 1, fieldIndex: 0)
                                         : DraftCursor(record: record, fieldIndex: index + 1)
    }

    /// The record field asked at `cursor` (nil for a list or a long text).
    func field(at cursor: DraftCursor) -> FieldModel? {
        guard cursor.record != nil, recordFields.indices.contains(cursor.fieldIndex) else { return nil }
        return recordFields[cursor.fieldIndex]
    }

    func parse(_ line: String, at cursor: DraftCursor, dates: DateContext) -> Result<Value, AnswerParser.Problem> {
        switch field.type {
        case .longText: return .success(.text(line.trimmingCharacters(in: .whitespaces)))
        case .list(let type): return AnswerParser.parse(line, as: type, dates: dates)
        default:
            guard let sub = field(at: cursor) else { return .failure(.empty) }
            return AnswerParser.parse(line.trimmingCharacters(in: .whitespaces), as: sub.type, dates: dates)
        }
    }

    /// The answer the lines make; nil when they hold nothing yet.
    func value(of lines: [DraftLine]) -> Value? {
        Engine.value(of: lines, as: field.type)
    }
}

/// Rule evaluation: which gaps are open after each event. A rule is evaluated again only when a
/// field it reads changed; a rule over the records of a field (or over `answers`) only for the
/// records (or answers) the event changed — see `RulePlan.Shape`.
extension Engine {
    /// Brings the gaps up to date with the charter after `changed` (nil: everything).
    mutating func evaluateRules(changed: [String: FieldChange]?) {
        if let changed, changed.isEmpty { return }
        var context = evaluationContext()
        var answersReady = false
        var rules = changed == nil ? Array(workshop.rules.indices) : plan.readingAll
        if let changed {
            for field in changed.keys { rules += plan.rulesReading[field] ?? [] }
            rules.sort()
        }
        for (position, index) in rules.enumerated() where position == 0 || rules[position - 1] != index {
            switch plan.shapes[index] {
            case .whole(let reads):
                if reads == nil, !answersReady {
                    context.answers = AnswerCollector.answers(in: state.content.charter, model: workshop.charter)
                    answersReady = true
                }
                evaluateWhole(index, context: context)
            case .perRecord(let field, let others):
                if let changed, !others.contains(where: { changed[$0] != nil }) {
                    guard let change = changed[field] else { continue }
                    evaluate(index, recordsOf: field, change, context: context)
                } else {
                    evaluate(index, recordsOf: field, .whole, context: context)
                }
            case .perAnswer:
                let fields = changed ?? Dictionary(workshop.charter.allFields.map { ($0.id, .whole) }, uniquingKeysWith: { a, _ in a })
                for (field, change) in fields.sorted(by: { $0.key < $1.key }) {
                    evaluateAnswers(index, of: field, change, context: context)
                }
            }
        }
    }

    func evaluationContext() -> EvaluationContext {
        EvaluationContext(model: workshop.charter, charter: state.content.charter, lexicons: workshop.lexicons,
                          today: today, language: workshop.language)
    }

    /// Every binding of the rule, against the whole charter.
    private mutating func evaluateWhole(_ index: Int, context: EvaluationContext) {
        let rule = workshop.rules[index]
        var context = context
        var seen = Set<GapID>()
        for (ordinal, binding) in Evaluator.enumerate(rule.bindings, in: context).enumerated() {
            guard let gap = raise(rule, for: binding, in: &context) else { continue }
            seen.insert(gap.id)
            setGap(gap, rule: index, ordinal: GapOrdinal(major: ordinal))
        }
        close(state.content.gaps[index].all.values.filter { $0.open && !seen.contains($0.id) }.map(\.id), rule: index)
    }

    /// The records of `field` a change covers, with their positions (all of them for `.whole`).
    private func parts(of field: String, _ change: FieldChange) -> [(position: Int, record: Record)] {
        guard case .records(let records)? = state.content.charter[field] else { return [] }
        guard case .pieces(let pieces) = change else { return Array(records.enumerated()).map { ($0, $1) } }
        return pieces.compactMap { piece -> (Int, Record)? in
            guard case .record(let id) = piece, let i = records.lastIndex(where: { $0.id == id }) else { return nil }
            return (i, records[i])
        }.sorted { $0.0 < $1.0 }
    }

    /// A rule `each: v in field, …` for the records of `field` a change covers: its first variable
    /// bound to each record, the rest of its bindings enumerated under it. For a change of the
    /// whole field, the gaps of records no longer there close too.
    private mutating func evaluate(_ index: Int, recordsOf field: String, _ change: FieldChange, context: EvaluationContext) {
        let rule = workshop.rules[index]
        let parts = parts(of: field, change)
        guard case .records(let model)? = workshop.charter.field(field)?.type, let first = rule.bindings.first else { return }
        var context = context
        let rest = Array(rule.bindings.dropFirst())
        for (position, record) in parts {
            let part = CharterPart(field: field, piece: .record(record.id))
            let bound = EvalValue.record(RecordRef(record: record, model: model, path: FieldPath(field: field).appending(record: record.id),
                                                   index: position + 1))
            context.bindings = [first.variable: bound]
            var seen = Set<GapID>()
            for (ordinal, inner) in Evaluator.enumerate(rest, in: context).enumerated() {
                guard let gap = raise(rule, for: inner.merging([first.variable: bound]) { $1 }, in: &context) else { continue }
                seen.insert(gap.id)
                setGap(gap, rule: index, ordinal: GapOrdinal(major: position, minor: ordinal), part: part)
            }
            closeGaps(of: index, part: part, except: seen)
        }
        if change == .whole {
            closeGapsOfRemovedParts(of: index, field: field, keeping: Set(parts.map { .record($0.record.id) }))
        }
    }

    /// A rule over `answers` that reads only its answer, for the answers of the changed parts of
    /// a field. The ordinal (field, part, answer) keeps the order a full enumeration gives.
    private mutating func evaluateAnswers(_ index: Int, of field: String, _ change: FieldChange, context: EvaluationContext) {
        guard let model = workshop.charter.field(field), let fieldPosition = plan.fieldPosition[field] else { return }
        let rule = workshop.rules[index]
        var context = context
        let variable = rule.bindings[0].variable
        let pieces: Set<FieldChange.Piece>? = if case .pieces(let p) = change { p } else { nil }
        let parts = AnswerCollector.parts(of: state.content.charter[field], field: model, only: pieces)
        for part in parts {
            var seen = Set<GapID>()
            for (position, answer) in part.answers.enumerated() {
                guard let gap = answerMemo.outcome(rule: index, answer: answer, compute: {
                    raise(rule, for: [variable: .answer(answer)], in: &context)
                }) else { continue }
                seen.insert(gap.id)
                setGap(gap, rule: index, ordinal: GapOrdinal(major: fieldPosition, minor: part.position, inner: position), part: part.part)
            }
            closeGaps(of: index, part: part.part, except: seen)
        }
        if pieces == nil {
            closeGapsOfRemovedParts(of: index, field: field, keeping: Set(parts.compactMap(\.part.piece)))
        }
    }

    /// After a whole field was evaluated: the gaps of its records or items no longer there close.
    private mutating func closeGapsOfRemovedParts(of index: Int, field: String, keeping pieces: Set<FieldChange.Piece>) {
        let gone = state.content.gaps[index].byPart.keys.filter { part in
            part.field == field && !(part.piece.map(pieces.contains) ?? pieces.isEmpty)
        }
        for part in gone { closeGaps(of: index, part: part, except: []) }
    }

    /// The gap a rule raises for a binding, when its condition holds there: its id, its question
    /// quoting the client's words, where its answer goes.
    private func raise(_ rule: Rule, for binding: [String: EvalValue], in context: inout EvaluationContext) -> RaisedGap? {
        context.bindings = binding
        guard Evaluator.isTrue(rule.condition, in: context) else { return nil }
        return RaisedGap(id: Self.gapID(rule: rule, binding: binding), question: Interpolator.render(rule.question, in: context),
                         target: Self.resolveTarget(rule.target, binding: binding, model: workshop.charter))
    }

    /// Opens (or keeps open) a gap, as given by the part of the charter it is about.
    private mutating func setGap(_ raised: RaisedGap, rule index: Int, ordinal: GapOrdinal, part: CharterPart? = nil) {
        let before = state.content.gaps[index].all[raised.id]
        if before?.open != true || before?.target != raised.target || before?.ordinal != ordinal { touch(raised.id, before: before) }
        var gap = before ?? GapState(id: raised.id, ruleIndex: index, ordinal: ordinal, question: "", target: nil, open: true)
        (gap.open, gap.ordinal, gap.question, gap.target) = (true, ordinal, raised.question, raised.target)
        state.content.gaps[index].all[raised.id] = gap
        if let part { state.content.gaps[index].byPart[part, default: []].insert(raised.id) }
    }

    /// Closes the open gaps one part of the charter gave, except those it still gives.
    private mutating func closeGaps(of index: Int, part: CharterPart, except seen: Set<GapID>) {
        guard let ids = state.content.gaps[index].byPart[part] else { return }
        close(ids.filter { !seen.contains($0) && state.content.gaps[index].all[$0]?.open == true }, rule: index)
    }

    private mutating func close(_ ids: [GapID], rule index: Int) {
        for id in ids {
            touch(id, before: state.content.gaps[index].all[id])
            state.content.gaps[index].all[id]?.open = false
        }
    }

    /// One gap per rule and binding: the binding's record ids, or answer paths.
    static func gapID(rule: Rule, binding: [String: EvalValue]) -> GapID {
        GapID(rule: rule.id, binding: rule.bindings.map { b -> String in
            switch binding[b.variable] {
            case .record(let r)?: r.record.id
            case .answer(let a)?: a.path.description
            default: "?"
            }
        })
    }

    /// Where the answer to a gap goes, for one binding.
    static func resolveTarget(_ target: Expr, binding: [String: EvalValue], model: CharterModel) -> FieldPath? {
        switch target.kind {
        case .name(let name):
            switch binding[name] {
            case .answer(let a)?: return a.path
            case .some: return nil
            case nil: return model.field(name) == nil ? nil : FieldPath(field: name)
            }
        case .member(let base, let field):
            guard case .name(let name) = base.kind, case .record(let r)? = binding[name] else { return nil }
            return r.path.appending(field: field)
        default:
            return nil
        }
    }
}

/// A gap as a rule raises it for one binding.
struct RaisedGap: Sendable {
    var id: GapID
    var question: String
    var target: FieldPath?
}

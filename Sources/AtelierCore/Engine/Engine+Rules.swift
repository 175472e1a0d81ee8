/// Rule evaluation: which gaps are open after each event. Only rules that read a field the event
/// changed are evaluated again. A rule over `answers` reads every field; when it reads nothing but
/// the answer it is bound to (`each: a in answers` and only `a` in its condition and question), it
/// is evaluated again only for the answers of the fields that changed.
extension Engine {
    mutating func evaluateRules(changed: Set<String>?) {
        var context = evaluationContext()
        var answersReady = false
        var changedAnswers: [ChangedAnswers]?
        for index in workshop.rules.indices {
            if let changed, let deps = plan.dependencies[index], deps.isDisjoint(with: changed) { continue }
            let rule = workshop.rules[index]
            if plan.perAnswer[index] {
                if changedAnswers == nil { changedAnswers = AnswerCollector.answers(in: state.content.charter, model: workshop.charter, only: changed) }
                evaluatePerAnswer(rule: rule, index: index, context: context, answers: changedAnswers ?? [])
                continue
            }
            if !answersReady && plan.dependencies[index] == nil {
                context.answers = AnswerCollector.answers(in: state.content.charter, model: workshop.charter)
                answersReady = true
            }
            evaluate(rule: rule, index: index, context: context)
        }
    }

    func evaluationContext() -> EvaluationContext {
        EvaluationContext(model: workshop.charter, charter: state.content.charter, lexicons: workshop.lexicons,
                          today: today, language: workshop.language)
    }

    private mutating func evaluate(rule: Rule, index: Int, context: EvaluationContext) {
        var seen = Set<String>()
        var context = context
        for (ordinal, binding) in Evaluator.enumerate(rule.bindings, in: context).enumerated() {
            context.bindings = binding
            guard Evaluator.isTrue(rule.condition, in: context) else { continue }
            let key = Self.gapKey(rule: rule, binding: binding)
            seen.insert(key)
            openGap(key, rule: rule, index: index, ordinal: ordinal, binding: binding, context: context)
        }
        for key in state.content.gapKeysByRule[index] ?? [] where !seen.contains(key) {
            closeGap(key)
        }
    }

    /// A rule over `answers` that reads only its answer, evaluated for the answers of the changed
    /// fields. The ordinal (field position, answer position) keeps the order a full enumeration gives.
    private mutating func evaluatePerAnswer(rule: Rule, index: Int, context: EvaluationContext, answers: [ChangedAnswers]) {
        var context = context
        let variable = rule.bindings[0].variable
        for field in answers {
            var seen = Set<String>()
            for (position, answer) in field.answers.enumerated() {
                let binding: [String: EvalValue] = [variable: .answer(answer)]
                let outcome = answerMemo.outcome(rule: index, answer: answer) {
                    context.bindings = binding
                    guard Evaluator.isTrue(rule.condition, in: context) else { return nil }
                    return AnswerRuleMemo.Outcome(key: Self.gapKey(rule: rule, binding: binding),
                                                  question: Interpolator.render(rule.question, in: context),
                                                  target: Self.resolveTarget(rule.target, binding: binding, model: workshop.charter))
                }
                guard let outcome else { continue }
                seen.insert(outcome.key)
                setGap(outcome.key, index: index, ordinal: field.fieldIndex << 32 | position, question: outcome.question,
                       target: outcome.target)
                if state.content.answerGapKeys[index]?[field.field]?.contains(outcome.key) != true {
                    state.content.answerGapKeys[index, default: [:]][field.field, default: []].insert(outcome.key)
                }
            }
            for key in state.content.answerGapKeys[index]?[field.field] ?? [] where !seen.contains(key) {
                closeGap(key)
            }
        }
    }

    /// Opens (or keeps open) the gap `key`, with its question rendered for this binding.
    private mutating func openGap(_ key: String, rule: Rule, index: Int, ordinal: Int, binding: [String: EvalValue],
                                  context: EvaluationContext) {
        setGap(key, index: index, ordinal: ordinal, question: Interpolator.render(rule.question, in: context),
               target: Self.resolveTarget(rule.target, binding: binding, model: workshop.charter))
    }

    /// Writes only what changed: the state is shared with undo snapshots, and writing an equal
    /// value would still copy the whole table of gaps.
    private mutating func setGap(_ key: String, index: Int, ordinal: Int, question: String, target: FieldPath?) {
        if let gap = state.content.gaps[key] {
            guard !gap.open || gap.ordinal != ordinal || gap.question != question || gap.target != target else { return }
            var updated = gap
            updated.open = true
            updated.ordinal = ordinal
            updated.question = question
            updated.target = target
            state.content.gaps[key] = updated
        } else {
            state.content.gaps[key] = GapState(key: key, ruleIndex: index, ordinal: ordinal, question: question,
                                               target: target, open: true)
            state.content.gapKeysByRule[index, default: []].insert(key)
        }
    }

    private mutating func closeGap(_ key: String) {
        if state.content.gaps[key]?.open == true { state.content.gaps[key]?.open = false }
    }

    /// `gap:<rule>` or `gap:<rule>[r3,r7]`: one gap per rule and binding.
    static func gapKey(rule: Rule, binding: [String: EvalValue]) -> String {
        guard !rule.bindings.isEmpty else { return "gap:\(rule.id)" }
        let ids = rule.bindings.map { b -> String in
            switch binding[b.variable] {
            case .record(let r)?: return r.record.id
            case .answer(let a)?: return a.path.description
            default: return "?"
            }
        }
        return "gap:\(rule.id)[\(ids.joined(separator: ","))]"
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

/// For each rule, the top-level fields it reads; nil when it reads them all (`answers`).
struct RulePlan: Sendable {
    var dependencies: [Set<String>?]
    /// True for a rule `each: a in answers` whose condition, question and target read only `a`.
    var perAnswer: [Bool]
    /// Rule indices in agenda order: blocking rules first, then advisory ones, each in script order.
    var agendaOrder: [Int]

    init(workshop: Workshop) {
        agendaOrder = workshop.rules.indices.filter { workshop.rules[$0].weight == .blocking }
            + workshop.rules.indices.filter { workshop.rules[$0].weight != .blocking }
        dependencies = workshop.rules.map { rule in
            var names = Set<String>()
            var exprs = [rule.condition, rule.target] + rule.bindings.map(\.source)
            for part in rule.question.parts { if case .expression(let e, _) = part { exprs.append(e) } }
            for e in exprs { RulePlan.collectNames(e, into: &names) }
            if names.contains("answers") { return nil }
            return names.filter { workshop.charter.field($0) != nil }
        }
        perAnswer = workshop.rules.map { rule in
            guard rule.bindings.count == 1, case .name("answers") = rule.bindings[0].source.kind,
                  workshop.charter.field("answers") == nil else { return false }
            var names = Set<String>()
            var exprs = [rule.condition, rule.target]
            for part in rule.question.parts { if case .expression(let e, _) = part { exprs.append(e) } }
            for e in exprs { RulePlan.collectNames(e, into: &names) }
            return !names.contains("answers") && !names.contains { workshop.charter.field($0) != nil && $0 != rule.bindings[0].variable }
        }
    }

    static func collectNames(_ expr: Expr, into names: inout Set<String>) {
        switch expr.kind {
        case .literal: break
        case .name(let n): names.insert(n)
        case .member(let e, _), .flatten(let e), .unary(_, let e): collectNames(e, into: &names)
        case .binary(_, let l, let r): collectNames(l, into: &names); collectNames(r, into: &names)
        case .call(_, let args): for a in args { collectNames(a, into: &names) }
        case .quantified(_, _, let source, let predicate):
            collectNames(source, into: &names)
            if let predicate { collectNames(predicate, into: &names) }
        }
    }
}

/// The answers of one top-level field, and where that field stands in the charter.
struct ChangedAnswers {
    var field: String
    var fieldIndex: Int
    var answers: [AnswerRef]
}

/// Every free text the client gave, for rules over `answers` (hedging, vague wording…).
enum AnswerCollector {
    static func answers(in charter: [String: Value], model: CharterModel) -> [AnswerRef] {
        var out: [AnswerRef] = []
        for field in model.allFields {
            guard let value = charter[field.id] else { continue }
            collect(value, field: field, path: FieldPath(field: field.id), into: &out)
        }
        return out
    }

    /// The answers of each top-level field in `only` (every field when nil), field by field.
    static func answers(in charter: [String: Value], model: CharterModel, only: Set<String>?) -> [ChangedAnswers] {
        var out: [ChangedAnswers] = []
        for (index, field) in model.allFields.enumerated() where only?.contains(field.id) ?? true {
            var answers: [AnswerRef] = []
            if let value = charter[field.id] { collect(value, field: field, path: FieldPath(field: field.id), into: &answers) }
            out.append(ChangedAnswers(field: field.id, fieldIndex: index, answers: answers))
        }
        return out
    }

    private static func collect(_ value: Value, field: FieldModel, path: FieldPath, into out: inout [AnswerRef]) {
        switch (field.type, value) {
        case (.text, .text(let s)), (.longText, .text(let s)):
            if !s.isEmpty { out.append(AnswerRef(text: s, label: field.label, field: field.id, path: path)) }
        case (.list(.text), .list(let items)), (.list(.longText), .list(let items)):
            for (i, item) in items.enumerated() {
                if case .text(let s) = item, !s.isEmpty {
                    out.append(AnswerRef(text: s, label: field.label, field: field.id, path: path.appending(item: i)))
                }
            }
        case (.records(let model), .records(let records)):
            for record in records {
                // "Cible (Délai moyen de recrutement)": the label says which item the text belongs to.
                var title: String?
                if let t = model.titleField, case .text(let s)? = record.fields[t], !s.isEmpty { title = s }
                for sub in model.fields {
                    guard let v = record.fields[sub.id] else { continue }
                    var labelled = sub
                    if let title, sub.id != model.titleField { labelled.label = "\(sub.label) (\(title))" }
                    collect(v, field: labelled, path: path.appending(record: record.id).appending(field: sub.id), into: &out)
                }
            }
        default:
            break
        }
    }
}

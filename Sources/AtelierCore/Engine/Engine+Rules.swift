/// Rule evaluation: which gaps are open after each event. Only rules that read a field the event
/// changed are evaluated again (a rule over `answers` reads every field).
extension Engine {
    mutating func evaluateRules(changed: Set<String>?) {
        var context = evaluationContext()
        var answersReady = false
        for (index, rule) in workshop.rules.enumerated() {
            if let changed, let deps = plan.dependencies[index], deps.isDisjoint(with: changed) { continue }
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
            let question = Interpolator.render(rule.question, in: context)
            let target = Self.resolveTarget(rule.target, binding: binding, model: workshop.charter)
            if var gap = state.content.gaps[key] {
                gap.open = true
                gap.ordinal = ordinal
                gap.question = question
                gap.target = target
                state.content.gaps[key] = gap
            } else {
                state.content.gaps[key] = GapState(key: key, ruleIndex: index, ordinal: ordinal, question: question,
                                                   target: target, open: true)
                state.content.gapKeysByRule[index, default: []].insert(key)
            }
        }
        for key in state.content.gapKeysByRule[index, default: []] where !seen.contains(key) {
            state.content.gaps[key]?.open = false
        }
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

    init(workshop: Workshop) {
        dependencies = workshop.rules.map { rule in
            var names = Set<String>()
            var exprs = [rule.condition, rule.target] + rule.bindings.map(\.source)
            for part in rule.question.parts { if case .expression(let e, _) = part { exprs.append(e) } }
            for e in exprs { RulePlan.collectNames(e, into: &names) }
            if names.contains("answers") { return nil }
            return names.filter { workshop.charter.field($0) != nil }
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

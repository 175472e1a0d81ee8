/// Evaluates checked expressions against the charter as it stands. Never fails: a missing value is
/// `.null`, a comparison with `.null` is false (except `x == null`), `empty(null)` is true, and
/// `not` of anything but `true` is true (`not valide` holds while `valide` is unanswered).
package enum Evaluator {
    package static func evaluate(_ expr: Expr, in ctx: EvaluationContext) -> EvalValue {
        switch expr.kind {
        case .literal(let literal):
            switch literal {
            case .number(let n): return .number(n)
            case .text(let s): return .text(s)
            case .bool(let b): return .bool(b)
            case .date(let d): return .date(d)
            case .duration(let m): return .duration(m)
            case .null: return .null
            }
        case .name(let name):
            return resolve(name, in: ctx)
        case .member(let base, let field):
            return member(field, of: evaluate(base, in: ctx))
        case .flatten(let base):
            return .list(items(of: evaluate(base, in: ctx)))
        case .unary(.not, let operand):
            return .bool(!isTrue(operand, in: ctx))
        case .unary(.negate, let operand):
            return negate(evaluate(operand, in: ctx))
        case .binary(.and, let left, let right):
            return .bool(isTrue(left, in: ctx) && isTrue(right, in: ctx))
        case .binary(.or, let left, let right):
            return .bool(isTrue(left, in: ctx) || isTrue(right, in: ctx))
        case .binary(let op, let left, let right):
            return binary(op, left, right, in: ctx)
        case .call(let name, let arguments):
            return call(name, arguments, in: ctx)
        case .quantified(let quantifier, let variable, let source, let predicate):
            return quantified(quantifier, variable, source, predicate, in: ctx)
        }
    }

    /// True only when `expr` evaluates to `true` (null and anything else are false).
    static func isTrue(_ expr: Expr, in ctx: EvaluationContext) -> Bool {
        evaluate(expr, in: ctx) == .bool(true)
    }

    /// All combinations of the bindings, in list order (outer first) ; each element maps variable -> value (.record(RecordRef) or .answer(AnswerRef))
    ///
    /// No bindings give one empty combination (a rule without `each` is checked once).
    package static func enumerate(_ bindings: [Binding], in ctx: EvaluationContext) -> [[String: EvalValue]] {
        var results: [[String: EvalValue]] = []
        var current: [String: EvalValue] = [:]
        var scope = ctx
        walk(bindings[...], &scope, &current, &results)
        return results
    }

    private static func walk(_ bindings: ArraySlice<Binding>, _ ctx: inout EvaluationContext,
                             _ current: inout [String: EvalValue], _ results: inout [[String: EvalValue]]) {
        guard let first = bindings.first else {
            results.append(current)
            return
        }
        let saved = ctx.bindings[first.variable]
        for item in items(of: evaluate(first.source, in: ctx)) {
            ctx.bindings[first.variable] = item
            current[first.variable] = item
            walk(bindings.dropFirst(), &ctx, &current, &results)
        }
        ctx.bindings[first.variable] = saved
        current[first.variable] = nil
    }

    /// Bindings first, then top-level charter fields, then `answers`, then lexicons.
    static func resolve(_ name: String, in ctx: EvaluationContext) -> EvalValue {
        if let bound = ctx.bindings[name] { return bound }
        if let field = ctx.model.field(name) {
            return EvalValue(ctx.charter[name], field: field, parent: nil)
        }
        if name == "answers" { return .list(ctx.answers.map(EvalValue.answer)) }
        if ctx.lexicons[name] != nil { return .lexicon(name) }
        return .null
    }

    /// `.field` of a record or an answer; over a list, the field of each item (lists flattened).
    static func member(_ field: String, of base: EvalValue) -> EvalValue {
        switch base {
        case .record(let ref):
            return EvalValue(ref.record.fields[field], field: ref.model.field(field), parent: ref.path, id: field)
        case .answer(let answer):
            switch field {
            case "text": return .text(answer.text)
            case "label": return .text(answer.label)
            case "field": return .text(answer.field)
            default: return .null
            }
        case .list(let list):
            var out: [EvalValue] = []
            out.reserveCapacity(list.count)
            for item in list {
                let value = member(field, of: item)
                if case .list(let inner) = value { out.append(contentsOf: inner) } else { out.append(value) }
            }
            return .list(out)
        default:
            return .null
        }
    }

    /// The items of a list with nested lists spliced in; null is no items; a single value is one.
    static func items(of value: EvalValue) -> [EvalValue] {
        switch value {
        case .null: return []
        case .list(let list):
            guard list.contains(where: { if case .list = $0 { true } else { false } }) else { return list }
            return list.flatMap { items(of: $0) }
        default: return [value]
        }
    }

    private static func quantified(_ quantifier: Expr.Quantifier, _ variable: String, _ source: Expr,
                                   _ predicate: Expr?, in ctx: EvaluationContext) -> EvalValue {
        var scope = ctx
        var matching = 0
        for item in items(of: evaluate(source, in: ctx)) {
            scope.bindings[variable] = item
            let holds = predicate.map { isTrue($0, in: scope) } ?? true
            switch quantifier {
            case .any where holds: return .bool(true)
            case .all where !holds: return .bool(false)
            case .none where holds: return .bool(false)
            default: if holds { matching += 1 }
            }
        }
        switch quantifier {
        case .any: return .bool(false)
        case .all, .none: return .bool(true)
        case .count: return .number(Double(matching))
        }
    }
}

/// Renders a question text, quoting the client's words into its `{…}` holes.
package enum Interpolator {
    /// A null or an empty list renders as "…"; a list joined with ", "; integral numbers without
    /// ".0"; dates as the script's language writes them (15/03/2027, 2027-03-15); yes/no as
    /// oui/non or yes/no; durations as "45 min", "2h", "1h30"; a record by its title field.
    package static func render(_ text: InterpolatedText, in ctx: EvaluationContext) -> String {
        var out = ""
        for part in text.parts {
            switch part {
            case .literal(let s): out += s
            case .expression(let expr, _): out += render(Evaluator.evaluate(expr, in: ctx), ctx.language)
            }
        }
        return out
    }

    static func render(_ value: EvalValue, _ language: Language) -> String {
        switch value {
        case .null: return "…"
        case .text(let s): return s
        case .number(let n): return number(n)
        case .date(let d): return ValueText.plain(.date(d), language)
        case .month(let m): return ValueText.plain(.month(m), language)
        case .duration(let m): return duration(m)
        case .bool(let b): return ValueText.plain(.bool(b), language)
        case .list(let items): return items.isEmpty ? "…" : items.map { render($0, language) }.joined(separator: ", ")
        case .record(let ref):
            if let title = ref.model.titleField, let value = ref.record.fields[title] {
                return render(EvalValue(value, field: ref.model.field(title), parent: ref.path, id: title), language)
            }
            return "#\(ref.index)"
        case .answer(let answer): return answer.text
        case .lexicon(let name): return name
        }
    }

    static func number(_ n: Double) -> String {
        if n.isFinite, n.rounded() == n, abs(n) < 1e15 { return String(Int(n)) }
        return String(n)
    }

    static func duration(_ minutes: Int) -> String {
        guard minutes != Int.min else { return "\(minutes) min" }
        if minutes < 0 { return "-" + duration(-minutes) }
        if minutes < 60 { return "\(minutes) min" }
        let (hours, rest) = minutes.quotientAndRemainder(dividingBy: 60)
        return rest == 0 ? "\(hours)h" : "\(hours)h" + (rest < 10 ? "0\(rest)" : "\(rest)")
    }
}

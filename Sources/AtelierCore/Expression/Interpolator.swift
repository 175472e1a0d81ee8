/// Renders a question text, quoting the client's words into its `{…}` holes.
public enum Interpolator {
    /// A null or an empty list renders as "…"; a list joined with ", "; integral numbers without
    /// ".0"; dates as ISO; durations as "45 min", "2h", "1h30"; a record by its title field.
    public static func render(_ text: InterpolatedText, in ctx: EvaluationContext) -> String {
        var out = ""
        for part in text.parts {
            switch part {
            case .literal(let s): out += s
            case .expression(let expr, _): out += render(Evaluator.evaluate(expr, in: ctx))
            }
        }
        return out
    }

    static func render(_ value: EvalValue) -> String {
        switch value {
        case .null: return "…"
        case .text(let s): return s
        case .number(let n): return number(n)
        case .date(let d): return d.iso
        case .duration(let m): return duration(m)
        case .bool(let b): return b ? "✓" : "✗"
        case .list(let items): return items.isEmpty ? "…" : items.map(render).joined(separator: ", ")
        case .record(let ref):
            if let title = ref.model.titleField, let value = ref.record.fields[title] {
                return render(EvalValue(value, field: ref.model.field(title), parent: ref.path, id: title))
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

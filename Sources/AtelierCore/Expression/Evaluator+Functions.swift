extension Evaluator {
    static func call(_ name: String, _ arguments: [Expr], in ctx: EvaluationContext) -> EvalValue {
        func argument(_ i: Int) -> EvalValue { i < arguments.count ? evaluate(arguments[i], in: ctx) : .null }
        func text(_ i: Int) -> String? {
            if case .text(let s) = argument(i) { return s }
            return nil
        }
        switch name {
        case "empty":
            if let field = charterField(arguments.first, in: ctx) { return .bool(ctx.charter[field]?.isEmpty ?? true) }
            return .bool(isEmpty(argument(0)))
        case "count":
            if let field = charterField(arguments.first, in: ctx) { return .number(Double(CharterPaths.length(of: ctx.charter[field]) ?? 0)) }
            if case .list(let list) = argument(0) { return .number(Double(list.count)) }
            return .number(0)
        case "len":
            return text(0).map { .number(Double($0.count)) } ?? .null
        case "lower":
            return text(0).map { .text($0.lowercased()) } ?? .null
        case "contains":
            guard let needle = text(1) else { return .bool(false) }
            return .bool(contains(argument(0), TextFolding.fold(needle)))
        case "matches":
            guard let subject = text(0), let pattern = text(1), let regex = RegexCache.shared.regex(pattern) else {
                return .bool(false)
            }
            return .bool(regex.matches(subject) || regex.matches(TextFolding.fold(subject)))
        case "has_number":
            return .bool(text(0)?.contains(where: \.isNumber) ?? false)
        case "has_date":
            return .bool(text(0).map(DateMention.isPresent) ?? false)
        case "uses", "quote":
            guard arguments.count == 2, let subject = text(0), let (lexicon, phrases) = lexicon(arguments[1], in: ctx) else {
                return name == "uses" ? .bool(false) : .null
            }
            let found = LexiconMatcher.quote(in: subject, lexicon: lexicon, phrases: phrases)
            if name == "uses" { return .bool(found != nil) }
            return found.map(EvalValue.text) ?? .null
        case "index":
            if case .record(let ref) = argument(0) { return .number(Double(ref.index)) }
            return .null
        case "today":
            return .date(ctx.today)
        default:
            return .null
        }
    }

    /// The top-level field an argument names, when it is just that name: `empty` and `count` then
    /// read the charter value as it is, without turning a long list into expression values.
    private static func charterField(_ argument: Expr?, in ctx: EvaluationContext) -> String? {
        guard case .name(let name)? = argument?.kind, ctx.bindings[name] == nil, ctx.model.field(name) != nil else { return nil }
        return name
    }

    /// Null, a blank text, an empty list.
    static func isEmpty(_ value: EvalValue) -> Bool {
        switch value {
        case .null: true
        case .text(let s): s.allSatisfy(\.isWhitespace)
        case .list(let items): items.isEmpty
        default: false
        }
    }

    /// A text containing the folded needle, or a list with an item that does.
    private static func contains(_ haystack: EvalValue, _ needle: String) -> Bool {
        switch haystack {
        case .text(let s): needle.isEmpty || TextFolding.fold(s).contains(needle)
        case .list(let items): items.contains { contains($0, needle) }
        default: false
        }
    }

    /// The lexicon named by the second argument of `uses` / `quote`.
    private static func lexicon(_ expr: Expr, in ctx: EvaluationContext) -> (String, [String])? {
        var name: String?
        if case .name(let n) = expr.kind, ctx.lexicons[n] != nil {
            name = n
        } else if case .lexicon(let n) = evaluate(expr, in: ctx) {
            name = n
        }
        guard let name, let phrases = ctx.lexicons[name] else { return nil }
        return (name, phrases)
    }
}

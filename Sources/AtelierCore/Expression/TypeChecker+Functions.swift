extension TypeChecker {
    /// Every function of the language (quantifiers included), for "did you mean".
    static let functionNames = ["empty", "count", "len", "lower", "contains", "matches", "has_number",
                                "has_date", "uses", "quote", "index", "today", "any", "all", "none"]

    static func call(_ name: String, _ arguments: [Expr], at expr: Expr,
                     _ env: TypeEnvironment) throws(ExpressionError) -> ExprType {
        func arity(_ n: Int) throws(ExpressionError) {
            guard arguments.count == n else {
                throw ExpressionError(.wrongArgumentCount(function: name, expected: n, found: arguments.count), at: expr)
            }
        }
        switch name {
        case "empty":
            try arity(1)
            _ = try infer(arguments[0], env)
            return .bool
        case "count":
            try arity(1)
            try require(arguments[0], env, [.list(.null)])
            return .number
        case "len":
            try arity(1)
            try require(arguments[0], env, [.text])
            return .number
        case "lower":
            try arity(1)
            try require(arguments[0], env, [.text])
            return .text
        case "contains":
            try arity(2)
            try require(arguments[0], env, [.text, .list(.text)])
            try require(arguments[1], env, [.text])
            return .bool
        case "matches":
            try arity(2)
            try require(arguments[0], env, [.text])
            guard case .literal(.text(let pattern)) = arguments[1].kind else {
                throw ExpressionError(.regexNotLiteral, at: arguments[1])
            }
            switch RegexCache.shared.compile(pattern) {
            case .success: break
            case .failure(.unsupported(let feature)):
                throw ExpressionError(.unsupportedRegex(pattern, feature: feature), at: arguments[1])
            case .failure:
                throw ExpressionError(.invalidRegex(pattern), at: arguments[1])
            }
            return .bool
        case "has_number", "has_date":
            try arity(1)
            try require(arguments[0], env, [.text])
            return .bool
        case "uses", "quote":
            try arity(2)
            try require(arguments[0], env, [.text])
            try lexicon(arguments[1], env)
            return name == "uses" ? .bool : .text
        case "index":
            try arity(1)
            let type = try infer(arguments[0], env)
            switch type {
            case .record, .null: return .number
            default: throw ExpressionError(.typeMismatch(expected: [.record(RecordModel(fields: []))], found: type), at: arguments[0])
            }
        case "today":
            try arity(0)
            return .date
        default:
            let suggestion = Suggestion.closest(to: name, among: functionNames)
            throw ExpressionError(.unknownFunction(name, suggestion: suggestion), offset: expr.offset, length: name.count)
        }
    }

    /// The second argument of `uses` / `quote`: a lexicon name of the script.
    private static func lexicon(_ argument: Expr, _ env: TypeEnvironment) throws(ExpressionError) {
        if case .name(let name) = argument.kind {
            if env.lexicons.contains(name) { return }
            if env.bindings[name] == nil && env.model.field(name) == nil && name != "answers" {
                let suggestion = Suggestion.closest(to: name, among: env.lexicons.sorted())
                throw ExpressionError(.unknownLexicon(name, suggestion: suggestion), at: argument)
            }
        }
        let type = try infer(argument, env, allowLexicon: true)
        guard type == .lexicon else {
            throw ExpressionError(.typeMismatch(expected: [.lexicon], found: type), at: argument)
        }
    }
}

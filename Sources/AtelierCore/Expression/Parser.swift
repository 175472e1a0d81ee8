/// Recursive-descent parser over the tokens of one expression. A value: saving `position` and
/// assigning it back rewinds.
///
/// Precedence, loosest first: `or`, `and`, `not`, comparisons (not chained), `+ -`, unary `-`,
/// postfix `.field`, `[]`.
package struct Parser {
    private let tokens: [Token]
    private(set) var position = 0
    /// How deeply the tree being built is nested, so a pathological input cannot exhaust the stack
    /// of the parser, the type checker or the evaluator.
    private var depth = 0
    static let maximumDepth = 100

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    var current: Token { tokens[min(position, tokens.count - 1)] }
    private var next: Token { tokens[min(position + 1, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func isSymbol(_ s: String) -> Bool { current.kind == .symbol(s) }
    private func isKeyword(_ k: String) -> Bool { current.kind == .keyword(k) }

    private func unexpected(_ what: ExpressionError.Expectation) -> ExpressionError {
        let t = current
        let found: String? = t.kind == .end ? nil : t.text
        return ExpressionError(.expected(what, found: found), offset: t.offset, length: max(1, t.length))
    }

    private mutating func expectSymbol(_ s: String) throws(ExpressionError) -> Token {
        guard isSymbol(s) else { throw unexpected(.token(s)) }
        return advance()
    }

    mutating func expectEnd() throws(ExpressionError) {
        guard current.kind == .end else { throw unexpected(.endOfExpression) }
    }

    private mutating func deeper() throws(ExpressionError) {
        depth += 1
        guard depth <= Parser.maximumDepth else {
            throw ExpressionError(.tooDeeplyNested, offset: current.offset, length: max(1, current.length))
        }
    }

    private func span(_ start: Int, _ end: Expr) -> Int { end.offset + end.length - start }

    mutating func expression() throws(ExpressionError) -> Expr {
        let saved = depth
        defer { depth = saved }
        try deeper()
        return try or()
    }

    private mutating func or() throws(ExpressionError) -> Expr {
        let saved = depth
        defer { depth = saved }
        var left = try and()
        while isKeyword("or") {
            try deeper()
            _ = advance()
            let right = try and()
            left = Expr(.binary(.or, left, right), offset: left.offset, length: span(left.offset, right))
        }
        return left
    }

    private mutating func and() throws(ExpressionError) -> Expr {
        let saved = depth
        defer { depth = saved }
        var left = try not()
        while isKeyword("and") {
            try deeper()
            _ = advance()
            let right = try not()
            left = Expr(.binary(.and, left, right), offset: left.offset, length: span(left.offset, right))
        }
        return left
    }

    private mutating func not() throws(ExpressionError) -> Expr {
        guard isKeyword("not") else { return try comparison() }
        let saved = depth
        defer { depth = saved }
        try deeper()
        let start = advance().offset
        let operand = try not()
        return Expr(.unary(.not, operand), offset: start, length: span(start, operand))
    }

    private static let comparisons: [String: Expr.BinaryOperator] = [
        "==": .equal, "!=": .notEqual, "<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual,
    ]

    private mutating func comparison() throws(ExpressionError) -> Expr {
        let left = try additive()
        guard case .symbol(let s) = current.kind, let op = Parser.comparisons[s] else { return left }
        _ = advance()
        let right = try additive()
        return Expr(.binary(op, left, right), offset: left.offset, length: span(left.offset, right))
    }

    private mutating func additive() throws(ExpressionError) -> Expr {
        let saved = depth
        defer { depth = saved }
        var left = try unary()
        while isSymbol("+") || isSymbol("-") {
            try deeper()
            let op: Expr.BinaryOperator = advance().text == "+" ? .plus : .minus
            let right = try unary()
            left = Expr(.binary(op, left, right), offset: left.offset, length: span(left.offset, right))
        }
        return left
    }

    private mutating func unary() throws(ExpressionError) -> Expr {
        guard isSymbol("-") else { return try postfix() }
        let saved = depth
        defer { depth = saved }
        try deeper()
        let start = advance().offset
        let operand = try unary()
        return Expr(.unary(.negate, operand), offset: start, length: span(start, operand))
    }

    private mutating func postfix() throws(ExpressionError) -> Expr {
        let saved = depth
        defer { depth = saved }
        var base = try primary()
        while true {
            if isSymbol(".") || isSymbol("[") { try deeper() }
            if isSymbol(".") {
                _ = advance()
                guard case .name(let field) = current.kind else { throw unexpected(.name) }
                let end = advance()
                base = Expr(.member(base, field), offset: base.offset, length: end.offset + end.length - base.offset)
            } else if isSymbol("[") {
                _ = advance()
                let close = try expectSymbol("]")
                base = Expr(.flatten(base), offset: base.offset, length: close.offset + 1 - base.offset)
            } else {
                return base
            }
        }
    }

    private mutating func primary() throws(ExpressionError) -> Expr {
        let t = current
        func literal(_ l: Expr.Literal) -> Expr { Expr(.literal(l), offset: t.offset, length: t.length) }
        switch t.kind {
        case .number(let n): _ = advance(); return literal(.number(n))
        case .duration(let m): _ = advance(); return literal(.duration(m))
        case .date(let d): _ = advance(); return literal(.date(d))
        case .text(let s): _ = advance(); return literal(.text(s))
        case .keyword("true"): _ = advance(); return literal(.bool(true))
        case .keyword("false"): _ = advance(); return literal(.bool(false))
        case .keyword("null"): _ = advance(); return literal(.null)
        case .name(let name):
            _ = advance()
            guard isSymbol("(") else { return Expr(.name(name), offset: t.offset, length: t.length) }
            return try call(name, start: t.offset)
        case .symbol("("):
            _ = advance()
            let inner = try expression()
            let close = try expectSymbol(")")
            // Parentheses widen the node so errors point at the whole group.
            return Expr(inner.kind, offset: t.offset, length: close.offset + 1 - t.offset)
        default:
            throw unexpected(.expression)
        }
    }

    /// `name(args)`, or a quantifier `any(v in source: predicate)`.
    private mutating func call(_ name: String, start: Int) throws(ExpressionError) -> Expr {
        _ = advance() // (
        if let quantifier = Expr.Quantifier(rawValue: name), quantifier != .count || startsBinding {
            return try quantified(quantifier, start: start)
        }
        var arguments: [Expr] = []
        if !isSymbol(")") {
            arguments.append(try expression())
            while isSymbol(",") {
                _ = advance()
                arguments.append(try expression())
            }
        }
        let close = try expectSymbol(")")
        return Expr(.call(name, arguments), offset: start, length: close.offset + 1 - start)
    }

    /// `v in` ahead: `count(r in risques: …)` rather than `count(risques)`.
    private var startsBinding: Bool {
        if case .name = current.kind, next.kind == .keyword("in") { return true }
        return false
    }

    private mutating func quantified(_ quantifier: Expr.Quantifier, start: Int) throws(ExpressionError) -> Expr {
        let binding = try self.binding()
        var predicate: Expr?
        if quantifier == .count && isSymbol(")") {
            predicate = nil
        } else {
            _ = try expectSymbol(":")
            predicate = try expression()
        }
        let close = try expectSymbol(")")
        return Expr(.quantified(quantifier, variable: binding.variable, source: binding.source, predicate: predicate),
                    offset: start, length: close.offset + 1 - start)
    }

    /// `v in source`.
    mutating func binding() throws(ExpressionError) -> Binding {
        guard case .name(let variable) = current.kind else { throw unexpected(.name) }
        _ = advance()
        guard isKeyword("in") else { throw unexpected(.token("in")) }
        _ = advance()
        return Binding(variable: variable, source: try postfixSource())
    }

    /// The source of a binding: a path (`o.indicateurs`, `objectifs[]`), not a full expression,
    /// so `v in xs: p` stops before `:`.
    private mutating func postfixSource() throws(ExpressionError) -> Expr { try additive() }

    /// `o in objectifs, i in o.indicateurs`.
    mutating func bindings() throws(ExpressionError) -> [Binding] {
        var result = [try binding()]
        while isSymbol(",") {
            _ = advance()
            result.append(try binding())
        }
        try expectEnd()
        return result
    }
}

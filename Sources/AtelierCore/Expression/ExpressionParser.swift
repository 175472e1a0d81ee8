/// Reads the expressions of a workshop script: conditions, `each` bindings, `answer` targets and
/// question texts with `{…}` holes. Errors carry character offsets into the given source.
package enum ExpressionParser {
    /// `empty(o.indicateurs) and count(objectifs) > 0`.
    package static func parse(_ source: String) throws(ExpressionError) -> Expr {
        try parse(Array(source), base: 0)
    }

    /// `o in objectifs, i in o.indicateurs`
    package static func parseBindings(_ source: String) throws(ExpressionError) -> [Binding] {
        var parser = Parser(tokens: try Lexer.tokenize(Array(source), base: 0))
        return try parser.bindings()
    }

    /// "Vous n'avez pas d'indicateur pour « {o.intitule} »" ; `{{`/`}}` are literal braces; an unclosed `{` is an error.
    package static func parseInterpolation(_ source: String) throws(ExpressionError) -> InterpolatedText {
        let chars = Array(source)
        var parts: [InterpolatedText.Part] = []
        var literal = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let following: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if (c == "{" || c == "}") && following == c {
                literal.append(c)
                i += 2
            } else if c == "}" {
                throw ExpressionError(.unmatchedClosingBrace, offset: i, length: 1)
            } else if c == "{" {
                guard let close = closingBrace(in: chars, after: i) else {
                    throw ExpressionError(.unclosedInterpolation, offset: i, length: 1)
                }
                let inner = Array(chars[(i + 1)..<close])
                guard inner.contains(where: { !$0.isWhitespace }) else {
                    throw ExpressionError(.emptyInterpolation, offset: i, length: close + 1 - i)
                }
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.expression(try parse(inner, base: i + 1), offset: i + 1))
                i = close + 1
            } else {
                literal.append(c)
                i += 1
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return InterpolatedText(parts: parts, source: source)
    }

    static func parse(_ chars: [Character], base: Int) throws(ExpressionError) -> Expr {
        var parser = Parser(tokens: try Lexer.tokenize(chars, base: base))
        let expr = try parser.expression()
        try parser.expectEnd()
        return expr
    }

    /// The `}` closing the hole opened at `open`, skipping quoted texts (which may hold braces).
    private static func closingBrace(in chars: [Character], after open: Int) -> Int? {
        var i = open + 1
        var quote: Character?
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                if c == "\\" { i += 1 } else if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "}" {
                return i
            } else if c == "{" {
                return nil
            }
            i += 1
        }
        return nil
    }
}

/// One token of an expression, with its place in the source (characters, absolute).
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case number(Double)
        /// Minutes.
        case duration(Int)
        case date(Day)
        case text(String)
        case name(String)
        /// `and`, `or`, `not`, `in`, `true`, `false`, `null`.
        case keyword(String)
        /// Punctuation and operators: `( ) [ ] . , : == != < <= > >= + -`.
        case symbol(String)
        case end
    }

    var kind: Kind
    var offset: Int
    var length: Int
    /// The source text of the token (empty at the end).
    var text: String
}

/// Cuts an expression into tokens. Letters include accented ones; `-` is always minus.
package struct Lexer {
    static let keywords: Set<String> = ["and", "or", "not", "in", "true", "false", "null"]

    private let chars: [Character]
    /// Absolute offset of `chars[0]` in the text the expression comes from.
    private let base: Int
    private var pos = 0

    init(_ chars: [Character], base: Int) {
        self.chars = chars
        self.base = base
    }

    static func tokenize(_ chars: [Character], base: Int) throws(ExpressionError) -> [Token] {
        var lexer = Lexer(chars, base: base)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> Character? {
        pos + ahead < chars.count ? chars[pos + ahead] : nil
    }

    private func token(_ kind: Token.Kind, from start: Int) -> Token {
        Token(kind: kind, offset: base + start, length: pos - start, text: String(chars[start..<pos]))
    }

    private func error(_ problem: ExpressionError.Problem, from start: Int) -> ExpressionError {
        ExpressionError(problem, offset: base + start, length: max(1, pos - start))
    }

    static func isNameStart(_ c: Character) -> Bool { c.isLetter || c == "_" }
    static func isNamePart(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    private mutating func next() throws(ExpressionError) -> Token {
        while let c = peek(), c.isWhitespace { pos += 1 }
        let start = pos
        guard let c = peek() else { return Token(kind: .end, offset: base + pos, length: 0, text: "") }
        if c.isASCII && c.isNumber { return try number() }
        if Lexer.isNameStart(c) {
            while let d = peek(), Lexer.isNamePart(d) { pos += 1 }
            let word = String(chars[start..<pos])
            return token(Lexer.keywords.contains(word) ? .keyword(word) : .name(word), from: start)
        }
        if c == "\"" || c == "'" { return try string(quote: c) }
        pos += 1
        let two: String? = peek().map { String(c) + String($0) }
        switch two {
        case "==", "!=", "<=", ">=":
            pos += 1
            return token(.symbol(two ?? ""), from: start)
        case "&&", "||":
            pos += 1
            throw error(.operatorSpelling(found: two ?? "", use: two == "&&" ? "and" : "or"), from: start)
        default:
            break
        }
        switch c {
        case "(", ")", "[", "]", ".", ",", ":", "<", ">", "+", "-":
            return token(.symbol(String(c)), from: start)
        case "=": throw error(.operatorSpelling(found: "=", use: "=="), from: start)
        case "!": throw error(.operatorSpelling(found: "!", use: "not"), from: start)
        default: throw error(.unexpectedCharacter(c), from: start)
        }
    }

    /// `"…"` or `'…'`. A backslash escapes the quote or a backslash; before anything else it stays,
    /// so regex patterns like `"\d+"` read as written.
    private mutating func string(quote: Character) throws(ExpressionError) -> Token {
        let start = pos
        pos += 1
        var value = ""
        while let c = peek() {
            pos += 1
            if c == quote { return token(.text(value), from: start) }
            if c == "\\", let e = peek(), e == quote || e == "\\" {
                value.append(e)
                pos += 1
            } else {
                value.append(c)
            }
        }
        pos = start + 1
        throw error(.unterminatedString, from: start)
    }

    private mutating func digits() -> String {
        let start = pos
        while let c = peek(), c.isASCII, c.isNumber { pos += 1 }
        return String(chars[start..<pos])
    }

    /// A number (`12`, `3.5`), a date (`2027-03-15`) or a duration (`30min`, `2h`, `1h30`, `7j`/`7d`).
    private mutating func number() throws(ExpressionError) -> Token {
        let start = pos
        let whole = digits()
        if whole.count == 4, peek() == "-", let d = peek(1), d.isASCII, d.isNumber {
            return try date(from: start)
        }
        var text = whole
        if peek() == ".", let d = peek(1), d.isASCII, d.isNumber {
            pos += 1
            text += "." + digits()
        }
        guard let value = Double(text) else { throw error(.invalidNumber(text), from: start) }
        guard let c = peek(), Lexer.isNamePart(c) else { return token(.number(value), from: start) }

        let unitStart = pos
        while let c = peek(), c.isLetter { pos += 1 }
        let unit = String(chars[unitStart..<pos])
        var minutes: Double
        switch unit {
        case "min": minutes = value
        case "h":
            minutes = value * 60
            if let d = peek(), d.isASCII, d.isNumber {
                let extra = digits()
                if peek() == "m", peek(1) == "i", peek(2) == "n" { pos += 3 }
                guard !text.contains("."), let m = Int(extra), m < 60 else {
                    consumeNameParts()
                    throw error(.invalidNumber(String(chars[start..<pos])), from: start)
                }
                minutes += Double(m)
            }
        case "d", "j": minutes = value * 1440
        default:
            consumeNameParts()
            throw error(.invalidNumber(String(chars[start..<pos])), from: start)
        }
        if let c = peek(), Lexer.isNamePart(c) {
            consumeNameParts()
            throw error(.invalidNumber(String(chars[start..<pos])), from: start)
        }
        guard minutes.rounded() == minutes, minutes < 1e12 else {
            throw error(.invalidNumber(String(chars[start..<pos])), from: start)
        }
        return token(.duration(Int(minutes)), from: start)
    }

    private mutating func consumeNameParts() {
        while let c = peek(), Lexer.isNamePart(c) { pos += 1 }
    }

    /// `YYYY-MM-DD` (one-digit month or day are rejected with a clear message).
    private mutating func date(from start: Int) throws(ExpressionError) -> Token {
        pos += 1
        _ = digits()
        if peek() == "-", let d = peek(1), d.isASCII, d.isNumber {
            pos += 1
            _ = digits()
        }
        consumeNameParts()
        let text = String(chars[start..<pos])
        guard let value = Day(iso: text) else { throw error(.invalidDate(text), from: start) }
        return token(.date(value), from: start)
    }
}

/// A parsed expression of the rule language, as written in a workshop script.
///
/// Offsets count characters from the start of the expression's source text, so the loader can turn
/// them into a `SourceLocation` for diagnostics.
package struct Expr: Sendable, Hashable {
    indirect enum Kind: Sendable, Hashable {
        case literal(Literal)
        /// A binding (`o`), a top-level charter field (`objectives`), a lexicon (`hedges`) or a
        /// collection the engine provides (`answers`).
        case name(String)
        /// `o.title`: a field of a record (applied to each item of a list).
        case member(Expr, String)
        /// `objectives[]`: the items of a list, so `objectives[].indicators` flattens.
        case flatten(Expr)
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        /// `empty(x)`, `count(x)`, `lower(x)`, `contains(x, "…")`, `today()`…
        case call(String, [Expr])
        /// `any(o in objectives: empty(o.indicators))`, `all(…)`, `count(o in … : …)`.
        case quantified(Quantifier, variable: String, source: Expr, predicate: Expr?)
    }

    enum Literal: Sendable, Hashable {
        case number(Double)
        case text(String)
        case bool(Bool)
        case date(Day)
        /// Minutes.
        case duration(Int)
        case null
    }

    enum UnaryOperator: String, Sendable, Hashable {
        case not, negate = "-"
    }

    enum BinaryOperator: String, Sendable, Hashable {
        case and, or
        case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
        case plus = "+", minus = "-"
    }

    enum Quantifier: String, Sendable, Hashable {
        case any, all, count, none
    }

    var kind: Kind
    /// Character offset of this node in the expression's source.
    var offset: Int
    /// Length in characters of this node's source.
    var length: Int

    init(_ kind: Kind, offset: Int, length: Int) {
        self.kind = kind
        self.offset = offset
        self.length = length
    }
}

/// `o in objectives` — one variable bound to each item of a collection, in a rule's `each:`.
package struct Binding: Sendable, Hashable {
    var variable: String
    var source: Expr

    init(variable: String, source: Expr) {
        self.variable = variable
        self.source = source
    }
}

/// Text with `{expression}` holes: a question that quotes the client's own words.
/// `{{` and `}}` stand for literal braces.
package struct InterpolatedText: Sendable, Hashable {
    package enum Part: Sendable, Hashable {
        case literal(String)
        /// An expression and its character offset in the whole text.
        case expression(Expr, offset: Int)
    }

    var parts: [Part]
    /// The text as written in the script.
    var source: String

    init(parts: [Part], source: String) {
        self.parts = parts
        self.source = source
    }

    /// Plain text with no holes.
    init(literal: String) {
        self.parts = literal.isEmpty ? [] : [.literal(literal)]
        self.source = literal
    }
}

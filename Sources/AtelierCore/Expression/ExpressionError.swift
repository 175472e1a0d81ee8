/// Why an expression of a workshop script could not be parsed or type-checked, and where.
///
/// `offset` and `length` count characters in the expression's source (for a question text with
/// `{…}` holes: in the whole text), so the loader can point a caret at the culprit.
package struct ExpressionError: Error, Sendable, Hashable {
    /// What the parser or the type checker wanted next.
    enum Expectation: Sendable, Hashable {
        /// A value: a field, a literal, a call, a parenthesised expression.
        case expression
        /// A name (a variable after `any(`, a field after `.`).
        case name
        /// A given symbol or keyword: `)`, `]`, `in`, `:`.
        case token(String)
        /// Nothing more: the expression is complete.
        case endOfExpression
    }

    enum Problem: Sendable, Hashable {
        /// A character that means nothing in an expression (`#`, `@`, `;`…).
        case unexpectedCharacter(Character)
        /// An operator spelled the way other languages do (`&&`, `||`, `!`, `=`): use `use`.
        case operatorSpelling(found: String, use: String)
        /// A quoted text whose closing quote is missing.
        case unterminatedString
        /// A number or duration that is malformed (`30sec`, `1h75`, `12abc`).
        case invalidNumber(String)
        /// A date literal that is not a real day (`2027-02-30`) or not `YYYY-MM-DD`.
        case invalidDate(String)
        /// Something else was needed here; `found` is the text found, nil at the end of the expression.
        case expected(Expectation, found: String?)
        /// A `{` in a question text that is never closed by `}`.
        case unclosedInterpolation
        /// A lone `}` in a question text (a literal brace is written `}}`).
        case unmatchedClosingBrace
        /// `{}` with no expression inside.
        case emptyInterpolation
        /// A name that is not a variable, a charter field, `answers` nor a lexicon.
        case unknownName(String, suggestion: String?)
        /// A record (or an answer) that has no field of this name.
        case unknownField(String, suggestion: String?)
        /// `.field` read on something that has no fields (a text, a number…).
        case noFields(String, on: ExprType)
        /// `[]` applied to something that is not a list.
        case notAList(ExprType)
        /// A call to a function the language does not have.
        case unknownFunction(String, suggestion: String?)
        /// A function called with too many or too few arguments.
        case wrongArgumentCount(function: String, expected: Int, found: Int)
        /// A value of the wrong type: `expected` lists what would do (`.list(.null)` is "any list").
        case typeMismatch(expected: [ExprType], found: ExprType)
        /// Two values that cannot be compared (a text with a number).
        case cannotCompare(ExprType, ExprType)
        /// `+` or `-` between values it does not apply to (a text plus a number).
        case cannotCombine(String, ExprType, ExprType)
        /// The pattern of `matches` is not a quoted text.
        case regexNotLiteral
        /// The pattern of `matches` is not a valid regular expression.
        case invalidRegex(String)
        /// The pattern of `matches` uses what cannot run in linear time (`feature`: back-references,
        /// look-arounds…): Atelier's patterns never freeze a session.
        case unsupportedRegex(String, feature: LinearRegex.Feature)
        /// The second argument of `uses` or `quote` names no lexicon of the script.
        case unknownLexicon(String, suggestion: String?)
        /// A lexicon used anywhere but as the second argument of `uses` or `quote`.
        case misplacedLexicon(String)
        /// An `each` binding or a quantifier over something that is not a list of records nor `answers`.
        case notABindingSource(ExprType)
        /// The same variable bound twice in one `each`.
        case duplicateVariable(String)
        /// An expression nested too deeply (hundreds of parentheses or operators) to be a rule.
        case tooDeeplyNested
        /// An `answer:` target that names no place an answer can be written to.
        case notAssignable
        /// A text compared with a choice field that is none of its options (the rule could never fire).
        case notAnOption(String, field: String, options: [String], suggestion: String?)
    }

    var problem: Problem
    /// Character offset of the culprit in the source.
    var offset: Int
    /// Its length in characters (at least 1 when something is there to point at).
    var length: Int

    init(_ problem: Problem, offset: Int, length: Int) {
        self.problem = problem
        self.offset = offset
        self.length = length
    }

    /// The error at an expression node.
    init(_ problem: Problem, at expr: Expr) {
        self.init(problem, offset: expr.offset, length: expr.length)
    }
}

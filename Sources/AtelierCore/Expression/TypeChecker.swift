/// Checks expressions against the charter model when a script is loaded, so a typo or a type
/// error is reported with its place instead of silently never firing.
package enum TypeChecker {
    /// The type of `expr`; a rule's condition must be `.bool` (the loader checks that).
    package static func check(_ expr: Expr, in env: TypeEnvironment) throws(ExpressionError) -> ExprType {
        try infer(expr, env)
    }

    static func infer(_ expr: Expr, _ env: TypeEnvironment, allowLexicon: Bool = false) throws(ExpressionError) -> ExprType {
        switch expr.kind {
        case .literal(let literal):
            switch literal {
            case .number: return .number
            case .text: return .text
            case .bool: return .bool
            case .date: return .date
            case .duration: return .duration
            case .null: return .null
            }
        case .name(let name):
            let type = try resolve(name, at: expr, env)
            if type == .lexicon && !allowLexicon { throw ExpressionError(.misplacedLexicon(name), at: expr) }
            return type
        case .member(let base, let field):
            return try member(field, of: try infer(base, env), at: expr)
        case .flatten(let base):
            let type = try infer(base, env)
            guard case .list = type else { throw ExpressionError(.notAList(type), at: expr) }
            return type.flattened
        case .unary(.not, let operand):
            _ = try require(operand, env, [.bool])
            return .bool
        case .unary(.negate, let operand):
            return try require(operand, env, [.number, .duration])
        case .binary(let op, let left, let right):
            return try binary(op, left, right, at: expr, env)
        case .call(let name, let arguments):
            return try call(name, arguments, at: expr, env)
        case .quantified(let quantifier, let variable, let source, let predicate):
            let sourceType = try infer(source, env)
            guard let item = sourceType.itemType else {
                throw ExpressionError(.typeMismatch(expected: [.list(.null)], found: sourceType), at: source)
            }
            var inner = env
            inner.bindings[variable] = item
            if let predicate { _ = try require(predicate, inner, [.bool]) }
            return quantifier == .count ? .number : .bool
        }
    }

    /// Bindings first, then top-level charter fields, then `answers`, then lexicons.
    static func resolve(_ name: String, at expr: Expr, _ env: TypeEnvironment) throws(ExpressionError) -> ExprType {
        if let bound = env.bindings[name] { return bound }
        if let field = env.model.field(name) { return ExprType(field.type) }
        if name == "answers" { return .list(.answer) }
        if env.lexicons.contains(name) { return .lexicon }
        let candidates = env.bindings.keys.sorted() + env.model.allFields.map(\.id) + ["answers"] + env.lexicons.sorted()
        throw ExpressionError(.unknownName(name, suggestion: Suggestion.closest(to: name, among: candidates)), at: expr)
    }

    static let answerFields = ["text", "label", "field"]

    /// `.field` on a record, an answer, or each item of a list (a list result is flattened).
    static func member(_ field: String, of base: ExprType, at expr: Expr) throws(ExpressionError) -> ExprType {
        let fieldOffset = expr.offset + expr.length - field.count
        switch base {
        case .record(let model):
            guard let f = model.field(field) else {
                let suggestion = Suggestion.closest(to: field, among: model.fields.map(\.id))
                throw ExpressionError(.unknownField(field, suggestion: suggestion), offset: fieldOffset, length: field.count)
            }
            return ExprType(f.type)
        case .answer:
            guard answerFields.contains(field) else {
                let suggestion = Suggestion.closest(to: field, among: answerFields)
                throw ExpressionError(.unknownField(field, suggestion: suggestion), offset: fieldOffset, length: field.count)
            }
            return .text
        case .list(let item):
            return ExprType.list(try member(field, of: item, at: expr)).flattened
        default:
            throw ExpressionError(.noFields(field, on: base), offset: fieldOffset, length: field.count)
        }
    }

    /// The type of `expr` when it is one of `allowed` (or null); `.list(.null)` allows any list.
    @discardableResult
    static func require(_ expr: Expr, _ env: TypeEnvironment, _ allowed: [ExprType]) throws(ExpressionError) -> ExprType {
        let type = try infer(expr, env)
        if type == .null || allowed.contains(type) { return type }
        if case .list = type, allowed.contains(.list(.null)) { return type }
        throw ExpressionError(.typeMismatch(expected: allowed, found: type), at: expr)
    }

    private static func binary(_ op: Expr.BinaryOperator, _ left: Expr, _ right: Expr, at expr: Expr,
                               _ env: TypeEnvironment) throws(ExpressionError) -> ExprType {
        switch op {
        case .and, .or:
            try require(left, env, [.bool])
            try require(right, env, [.bool])
            return .bool
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            let l = try infer(left, env), r = try infer(right, env)
            let ordered: Set<ExprType> = [.number, .date, .duration, .text, .null]
            let sameKind = l == r || l == .null || r == .null
            let isEquality = op == .equal || op == .notEqual
            guard sameKind, isEquality || (ordered.contains(l) && ordered.contains(r)) else {
                throw ExpressionError(.cannotCompare(l, r), at: expr)
            }
            if isEquality {
                try checkOption(right, against: left, env)
                try checkOption(left, against: right, env)
            }
            return .bool
        case .plus, .minus:
            let l = try infer(left, env), r = try infer(right, env)
            switch (l, r) {
            case (.number, .number): return .number
            case (.date, .duration): return .date
            case (.duration, .date) where op == .plus: return .date
            case (.duration, .duration): return .duration
            case (.null, .null): return .null
            case (.null, let t) where [.number, .date, .duration].contains(t): return t
            case (let t, .null) where [.number, .date, .duration].contains(t): return t
            default: throw ExpressionError(.cannotCombine(op.rawValue, l, r), at: expr)
            }
        }
    }

    /// `i.gravite == "fort"` when `gravite` is a choice of faible/moyenne/forte could never hold:
    /// a quoted text compared with a choice field must be one of its options (case and accents aside).
    private static func checkOption(_ literal: Expr, against field: Expr, _ env: TypeEnvironment) throws(ExpressionError) {
        guard case .literal(.text(let value)) = literal.kind, let (id, options) = choice(field, env) else { return }
        let folded = TextFolding.fold(value)
        guard !options.contains(where: { TextFolding.fold($0) == folded }) else { return }
        let suggestion = Suggestion.closest(to: value, among: options)
        throw ExpressionError(.notAnOption(value, field: id, options: options, suggestion: suggestion), at: literal)
    }

    /// The field id and options when `expr` reads a choice field (`niveau`, `r.gravite`).
    private static func choice(_ expr: Expr, _ env: TypeEnvironment) -> (String, [String])? {
        let field: FieldModel?
        switch expr.kind {
        case .name(let name) where env.bindings[name] == nil:
            field = env.model.field(name)
        case .member(let base, let name):
            guard case .record(let model)? = try? infer(base, env) else { return nil }
            field = model.field(name)
        default:
            return nil
        }
        guard let field, case .choice(let options) = field.type else { return nil }
        return (field.id, options)
    }
}

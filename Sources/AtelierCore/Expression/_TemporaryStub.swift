// TEMPORARY STUB — delete this file when the real expression module (branch `expr`) is merged.
// It only mirrors the signatures the loader calls, with dummy bodies, so the loader builds.

/// A problem in an expression (stub).
public struct ExpressionError: Error, Sendable, Hashable {
    /// Character offset of the problem in the expression's source.
    public var offset: Int
    /// Length in characters of the faulty part.
    public var length: Int
    var text: String

    public func message(_ language: Language) -> String { text }
}

/// Parses expressions (stub).
public enum ExpressionParser {
    public static func parse(_ source: String) throws(ExpressionError) -> Expr {
        let trimmed = source.split(separator: " ").joined(separator: " ")
        guard !trimmed.isEmpty else { throw ExpressionError(offset: 0, length: 0, text: "empty expression") }
        return Expr(.name(trimmed), offset: 0, length: source.count)
    }

    public static func parseBindings(_ source: String) throws(ExpressionError) -> [Binding] {
        source.split(separator: ",").compactMap { part in
            let words = part.split(separator: " ")
            guard words.count == 3, words[1] == "in" else { return nil }
            return Binding(variable: String(words[0]), source: Expr(.name(String(words[2])), offset: 0, length: words[2].count))
        }
    }

    public static func parseInterpolation(_ source: String) throws(ExpressionError) -> InterpolatedText {
        InterpolatedText(literal: source)
    }
}

/// Checks expression types (stub).
public enum TypeChecker {
    public static func check(_ expr: Expr, in environment: TypeEnvironment) throws(ExpressionError) -> ExprType {
        .bool
    }

    public static func bind(_ bindings: [Binding], in environment: TypeEnvironment) throws(ExpressionError) -> TypeEnvironment {
        environment
    }

    public static func checkTarget(_ expr: Expr, in environment: TypeEnvironment) throws(ExpressionError) -> FieldModel? {
        environment.model.allFields.first
    }
}

// TEMPORARY: stands in for the expression module (branch `expr`) until it is merged. Remove on merge.
public enum Evaluator {
    public static func evaluate(_ expr: Expr, in ctx: EvaluationContext) -> EvalValue { .null }
    public static func isTrue(_ expr: Expr, in ctx: EvaluationContext) -> Bool { false }
    public static func enumerate(_ bindings: [Binding], in ctx: EvaluationContext) -> [[String: EvalValue]] { [[:]] }
}
public enum Interpolator {
    public static func render(_ text: InterpolatedText, in ctx: EvaluationContext) -> String { text.source }
}
public enum TextFolding {
    public static func fold(_ s: String) -> String { s.lowercased() }
}

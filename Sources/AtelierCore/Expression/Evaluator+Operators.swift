extension Evaluator {
    static func binary(_ op: Expr.BinaryOperator, _ left: Expr, _ right: Expr, in ctx: EvaluationContext) -> EvalValue {
        let l = evaluate(left, in: ctx), r = evaluate(right, in: ctx)
        switch op {
        case .plus, .minus:
            return arithmetic(op, l, r)
        case .equal, .notEqual:
            if isNullLiteral(left) || isNullLiteral(right) {
                let same = (l == .null) == (r == .null)
                return .bool(op == .equal ? same : !same)
            }
            guard let same = equal(l, r) else { return .bool(false) }
            return .bool(op == .equal ? same : !same)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let order = compare(l, r) else { return .bool(false) }
            switch op {
            case .less: return .bool(order < 0)
            case .lessOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        case .and, .or:
            return .bool(false) // handled by evaluate, with short-circuit
        }
    }

    private static func isNullLiteral(_ expr: Expr) -> Bool { expr.kind == .literal(.null) }

    /// Equality ignoring case and accents for texts; nil when either side is null or the kinds differ.
    static func equal(_ l: EvalValue, _ r: EvalValue) -> Bool? {
        switch (l, r) {
        case (.text(let a), .text(let b)): return a == b || TextFolding.fold(a) == TextFolding.fold(b)
        case (.number(let a), .number(let b)): return a == b
        case (.date(let a), .date(let b)): return a == b
        case (.month(let a), .month(let b)): return a == b
        case (.date, .month), (.month, .date): return false
        case (.duration(let a), .duration(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.record(let a), .record(let b)): return a.path == b.path
        case (.answer(let a), .answer(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            return zip(a, b).allSatisfy { equal($0, $1) == true }
        default: return nil
        }
    }

    /// -1, 0, 1; nil when the values cannot be ordered (null, different kinds).
    static func compare(_ l: EvalValue, _ r: EvalValue) -> Int? {
        func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
        switch (l, r) {
        case (.number(let a), .number(let b)): return a.isNaN || b.isNaN ? nil : sign(a, b)
        case (.date(let a), .date(let b)): return sign(a, b)
        case (.date, .month), (.month, .date), (.month, .month):
            return surely(days(l), days(r))
        case (.duration(let a), .duration(let b)): return sign(a, b)
        case (.text(let a), .text(let b)): return sign(TextFolding.fold(a), TextFolding.fold(b))
        default: return nil
        }
    }

    /// The days a date value covers (one, or a month's part).
    private static func days(_ value: EvalValue) -> ClosedRange<Day>? {
        switch value {
        case .date(let d): d...d
        case .month(let m): m.days
        default: nil
        }
    }

    /// The order of two spans of days when it is certain: -1 when every day of `a` comes before
    /// every day of `b`, 0 when they are the same days, nil when they overlap otherwise (« juin
    /// 2027 » is neither before nor after the 15th of June).
    private static func surely(_ a: ClosedRange<Day>?, _ b: ClosedRange<Day>?) -> Int? {
        guard let a, let b else { return nil }
        if a == b { return 0 }
        if a.upperBound < b.lowerBound { return -1 }
        if a.lowerBound > b.upperBound { return 1 }
        return nil
    }

    private static func arithmetic(_ op: Expr.BinaryOperator, _ l: EvalValue, _ r: EvalValue) -> EvalValue {
        let plus = op == .plus
        switch (l, r) {
        case (.number(let a), .number(let b)):
            return .number(plus ? a + b : a - b)
        case (.duration(let a), .duration(let b)):
            let (sum, overflow) = plus ? a.addingReportingOverflow(b) : a.subtractingReportingOverflow(b)
            return overflow ? .null : .duration(sum)
        case (.date(let d), .duration(let m)):
            return shift(d, minutes: m, forward: plus)
        case (.duration(let m), .date(let d)) where plus:
            return shift(d, minutes: m, forward: true)
        default:
            return .null
        }
    }

    /// A day moved by whole days (a duration under a day does not move it).
    private static func shift(_ day: Day, minutes: Int, forward: Bool) -> EvalValue {
        let days = minutes >= 0 ? minutes / 1440 : -((-(minutes + 1)) / 1440) - 1
        let (ordinal, overflow) = forward ? day.ordinal.addingReportingOverflow(days)
                                          : day.ordinal.subtractingReportingOverflow(days)
        guard !overflow, abs(ordinal) < 3_000_000 else { return .null }
        let result = Day(ordinal: ordinal)
        return (1...9999).contains(result.year) ? .date(result) : .null
    }

    static func negate(_ value: EvalValue) -> EvalValue {
        switch value {
        case .number(let n): return .number(-n)
        case .duration(let m):
            let (negated, overflow) = 0.subtractingReportingOverflow(m)
            return overflow ? .null : .duration(negated)
        default: return .null
        }
    }
}

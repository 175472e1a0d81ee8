extension TypeChecker {
    /// `env` extended with the variables of a rule's `each`; each source must be a list of records
    /// or `answers`, and may use the variables bound before it.
    static func bind(_ bindings: [Binding], in env: TypeEnvironment) throws(ExpressionError) -> TypeEnvironment {
        var result = env
        var seen: Set<String> = []
        for binding in bindings {
            guard seen.insert(binding.variable).inserted else {
                let source = binding.source
                throw ExpressionError(.duplicateVariable(binding.variable), offset: source.offset, length: source.length)
            }
            let type = try infer(binding.source, result)
            switch type {
            case .list(let item) where isRecordOrAnswer(item):
                result.bindings[binding.variable] = item
            default:
                throw ExpressionError(.notABindingSource(type), at: binding.source)
            }
        }
        return result
    }

    private static func isRecordOrAnswer(_ type: ExprType) -> Bool {
        switch type {
        case .record, .answer: true
        default: false
        }
    }

    /// Where an answer can go: a top-level field (`sponsor`), a field of a bound record at any depth
    /// (`o.indicateurs`, `i.cible`), or a variable bound to `answers` — nil then, meaning "replace
    /// that answer". Anything else is a `notAssignable` error.
    static func checkTarget(_ expr: Expr, in env: TypeEnvironment) throws(ExpressionError) -> FieldModel? {
        switch expr.kind {
        case .name(let name):
            if let bound = env.bindings[name] {
                guard bound == .answer else { throw ExpressionError(.notAssignable, at: expr) }
                return nil
            }
            if let field = env.model.field(name) { return field }
            _ = try resolve(name, at: expr, env)
            throw ExpressionError(.notAssignable, at: expr)
        case .member(let base, let field):
            guard case .name(let variable) = base.kind, let bound = env.bindings[variable] else {
                _ = try infer(expr, env)
                throw ExpressionError(.notAssignable, at: expr)
            }
            guard case .record(let model) = bound else {
                _ = try member(field, of: bound, at: expr)
                throw ExpressionError(.notAssignable, at: expr)
            }
            guard let target = model.field(field) else {
                _ = try member(field, of: bound, at: expr)
                throw ExpressionError(.notAssignable, at: expr)
            }
            return target
        default:
            _ = try infer(expr, env)
            throw ExpressionError(.notAssignable, at: expr)
        }
    }
}

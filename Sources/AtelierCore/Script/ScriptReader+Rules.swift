import Yams

/// Reading `rules:` — conditions, questions and answer targets, parsed and type-checked.
extension ScriptReader {
    static let ruleKeys = ["id", "each", "when", "ask", "answer", "phases", "weight", "why", "section"]

    func readRules(_ node: Node, charter: CharterModel, phases: [Phase], environment: TypeEnvironment) -> [Rule] {
        guard let items = sequence(node, key: "rules") else { return [] }
        var ids = IDRegistry()
        return items.compactMap { readRule($0, ids: &ids, charter: charter, phases: phases, environment: environment) }
    }

    private func readRule(_ node: Node, ids: inout IDRegistry, charter: CharterModel, phases: [Phase],
                          environment: TypeEnvironment) -> Rule? {
        guard let entries = entries(of: node, key: "rules", place: .rule, allowed: Self.ruleKeys) else { return nil }
        let id = requiredText("id", in: entries, place: .rule)
        if let id {
            checkID(id, at: entries["id"])
            register(id, kind: .rule, at: entries["id"], in: &ids)
        }

        var environment = environment
        var bindings: [Binding] = []
        var roots: [String: String] = [:]
        var canCheck = charterLoaded
        if let eachNode = entries["each"], let eachText = text(eachNode, key: "each") {
            do {
                bindings = try ExpressionParser.parseBindings(eachText)
                for binding in bindings { roots[binding.variable] = rootField(of: binding.source, roots: roots, charter: charter) }
                if canCheck { environment = try TypeChecker.bind(bindings, in: environment) }
            } catch {
                report(.expression(error), at: location(in: eachNode, offset: error.offset))
                canCheck = false
            }
        }

        let condition = requiredExpression("when", in: entries) { (expr: Expr, node: Node) throws(ExpressionError) in
            guard canCheck else { return }
            let type = try TypeChecker.check(expr, in: environment)
            if type != .bool { report(.conditionNotBool(type), at: location(in: node, offset: expr.offset)) }
            for pattern in Self.matchPatterns(in: expr) where LinearRegex.hasNestedQuantifier(pattern.text) {
                report(.nestedQuantifier(pattern.text), at: location(in: node, offset: pattern.offset), severity: .warning)
            }
        }
        let questionNode = required("ask", in: entries, place: .rule)
        let question = questionNode.flatMap { node in
            text(node, key: "ask").flatMap { interpolation($0, at: node, environment: canCheck ? environment : nil) }
        }
        var targetChecked = false
        var targetIsAnswer = false
        let target = requiredExpression("answer", in: entries) { (expr: Expr, node: Node) throws(ExpressionError) in
            guard canCheck else { return }
            // nil means "replace the answer bound to this variable" (`answer: a` over `answers`);
            // a target that is not assignable throws.
            targetIsAnswer = try TypeChecker.checkTarget(expr, in: environment) == nil
            targetChecked = true
        }
        let scope = readScope(entries["phases"], phases: phases)
        var weight = Rule.Weight.blocking
        if let weightNode = entries["weight"], let name = text(weightNode, key: "weight") {
            if let value = Rule.Weight(rawValue: name) { weight = value } else { report(.invalidWeight(name), at: weightNode.mark) }
        }
        let why = text(entries["why"], key: "why")

        var section = target.flatMap { rootField(of: $0, roots: roots, charter: charter) }
            .flatMap { charter.section(ofField: $0)?.id }
        if let sectionNode = entries["section"], let name = text(sectionNode, key: "section") {
            let known = charter.sections.map(\.id)
            if known.contains(name) || !charterLoaded {
                section = name
            } else {
                report(.unknownSection(name, suggestion: Suggestion.closest(to: name, among: known)), at: sectionNode.mark)
            }
        } else if section == nil, targetChecked, !targetIsAnswer {
            report(.sectionNotInferred, at: entries["answer"]?.mark)
        }

        guard let id, let condition, let question, let target else { return nil }
        return Rule(id: id, bindings: bindings, condition: condition, question: question, target: target, scope: scope,
                    weight: weight, why: why, section: section ?? "", location: location(entries.mark))
    }

    /// Parses the expression under `key`, reporting syntax errors, then runs `check` on it.
    private func requiredExpression(_ key: String, in entries: Entries,
                                    check: (Expr, Node) throws(ExpressionError) -> Void) -> Expr? {
        guard let node = required(key, in: entries, place: .rule), let source = text(node, key: key) else { return nil }
        let expr: Expr
        do {
            expr = try ExpressionParser.parse(source)
        } catch {
            report(.expression(error), at: location(in: node, offset: error.offset))
            return nil
        }
        do {
            try check(expr, node)
        } catch {
            report(.expression(error), at: location(in: node, offset: error.offset))
        }
        return expr
    }

    /// Parses a question with `{expression}` holes and type-checks each hole (unless `environment` is nil).
    func interpolation(_ source: String, at node: Node, environment: TypeEnvironment?) -> InterpolatedText? {
        let text: InterpolatedText
        do {
            text = try ExpressionParser.parseInterpolation(source)
        } catch {
            report(.expression(error), at: location(in: node, offset: error.offset))
            return nil
        }
        guard let environment else { return text }
        for case .expression(let expr, _) in text.parts {
            do {
                _ = try TypeChecker.check(expr, in: environment)
            } catch {
                // Expression offsets already count from the start of the whole question text.
                report(.expression(error), at: location(in: node, offset: error.offset))
            }
        }
        return text
    }

    /// `phases: any`, `phases: end`, `phases: objectifs` or `phases: [objectifs, conclusion]`.
    private func readScope(_ node: Node?, phases: [Phase]) -> Rule.Scope {
        guard let node else { return .anyPhase }
        if case .scalar = node, let name = text(node, key: "phases") {
            if name == "any" { return .anyPhase }
            if name == "end" { return .atEnd }
        }
        guard let names = textList(node, key: "phases", acceptSingle: true) else { return .anyPhase }
        let known = phases.map(\.id)
        for name in names where !known.contains(name.text) {
            report(.unknownPhase(name.text, suggestion: Suggestion.closest(to: name.text, among: known + ["any", "end"])),
                   at: name.node.mark)
        }
        return .phases(names.map(\.text))
    }

    /// The top-level field an expression path starts from (through `each` variables).
    func rootField(of expr: Expr, roots: [String: String], charter: CharterModel) -> String? {
        switch expr.kind {
        case .name(let name): return roots[name] ?? (charter.field(name) != nil ? name : nil)
        case .member(let base, _), .flatten(let base): return rootField(of: base, roots: roots, charter: charter)
        default: return nil
        }
    }

    /// The literal patterns of the `matches` calls in an expression, with their offsets.
    static func matchPatterns(in expr: Expr) -> [(text: String, offset: Int)] {
        switch expr.kind {
        case .literal, .name: return []
        case .member(let e, _), .flatten(let e), .unary(_, let e): return matchPatterns(in: e)
        case .binary(_, let a, let b): return matchPatterns(in: a) + matchPatterns(in: b)
        case let .quantified(_, _, source, predicate): return matchPatterns(in: source) + (predicate.map { matchPatterns(in: $0) } ?? [])
        case let .call(name, arguments):
            var found = arguments.flatMap { matchPatterns(in: $0) }
            if name == "matches", arguments.count == 2, case .literal(.text(let text)) = arguments[1].kind {
                found.append((text, arguments[1].offset))
            }
            return found
        }
    }
}

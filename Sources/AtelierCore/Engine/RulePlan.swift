/// What the engine works out once per script: how each rule is evaluated again after an event,
/// the agenda order of the rules, and where each rule, step and field is.
struct RulePlan: Sendable {
    /// How a rule is evaluated again when the charter changes.
    enum Shape: Sendable {
        /// Over the whole charter, when a field it reads changed (nil: it reads them all, `answers`).
        case whole(reads: Set<String>?)
        /// `each: v in F, …` reading the records field F only through `v`: for the records of F an
        /// event changed, and for all of them when one of the `others` fields it reads changed.
        case perRecord(field: String, others: Set<String>)
        /// `each: a in answers` reading only `a`: for the answers an event changed.
        case perAnswer
    }

    var shapes: [Shape]
    /// Top-level field id -> the rules to evaluate again when it changes (besides `readingAll`).
    var rulesReading: [String: [Int]]
    /// The rules to evaluate again whatever field changes (over `answers`).
    var readingAll: [Int]
    /// Rule indices in agenda order: blocking rules first, then advisory ones, each in script order.
    var agendaOrder: [Int]
    /// Rule index -> its position in `agendaOrder`.
    var agendaRank: [Int]
    var ruleIndex: [String: Int]
    /// Phase id -> (its index, step id -> step index).
    var steps: [String: (phase: Int, steps: [String: Int])]
    /// Top-level field id -> its position in the charter (for the order of gaps over answers).
    var fieldPosition: [String: Int]

    init(workshop: Workshop) {
        let rules = workshop.rules
        agendaOrder = rules.indices.filter { rules[$0].weight == .blocking } + rules.indices.filter { rules[$0].weight != .blocking }
        agendaRank = Array(repeating: 0, count: rules.count)
        for (rank, index) in agendaOrder.enumerated() { agendaRank[index] = rank }
        ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        steps = Dictionary(workshop.phases.enumerated().map { p, phase in
            (phase.id, (p, Dictionary(phase.steps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })))
        }, uniquingKeysWith: { first, _ in first })
        fieldPosition = Dictionary(workshop.charter.allFields.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        shapes = rules.map { Self.shape(of: $0, in: workshop.charter) }
        rulesReading = [:]
        readingAll = []
        for (index, shape) in shapes.enumerated() {
            switch shape {
            case .whole(let reads):
                guard let reads else { readingAll.append(index); continue }
                for field in reads { rulesReading[field, default: []].append(index) }
            case .perAnswer: readingAll.append(index)
            case .perRecord(let field, let others): for field in others.union([field]) { rulesReading[field, default: []].append(index) }
            }
        }
    }

    private static func shape(of rule: Rule, in model: CharterModel) -> Shape {
        var exprs = [rule.condition, rule.target]
        for part in rule.question.parts { if case .expression(let e, _) = part { exprs.append(e) } }
        var names = Set<String>()
        for e in exprs + rule.bindings.dropFirst().map(\.source) { collectNames(e, into: &names) }
        let first = rule.bindings.first
        if let first, case .name(let source) = first.source.kind, !names.contains(source) {
            let fields = names.filter { model.field($0) != nil && $0 != first.variable }
            if source == "answers", model.field("answers") == nil, rule.bindings.count == 1, fields.isEmpty, !names.contains("answers") {
                return .perAnswer
            }
            if case .records? = model.field(source)?.type, !names.contains("answers") {
                return .perRecord(field: source, others: fields)
            }
        }
        for binding in rule.bindings.prefix(1) { collectNames(binding.source, into: &names) }
        if names.contains("answers") { return .whole(reads: nil) }
        return .whole(reads: names.filter { model.field($0) != nil })
    }

    static func collectNames(_ expr: Expr, into names: inout Set<String>) {
        switch expr.kind {
        case .literal: break
        case .name(let n): names.insert(n)
        case .member(let e, _), .flatten(let e), .unary(_, let e): collectNames(e, into: &names)
        case .binary(_, let l, let r): collectNames(l, into: &names); collectNames(r, into: &names)
        case .call(_, let args): for a in args { collectNames(a, into: &names) }
        case .quantified(_, _, let source, let predicate):
            collectNames(source, into: &names)
            if let predicate { collectNames(predicate, into: &names) }
        }
    }

    /// The scripted step an item id names, by position.
    func step(_ item: ItemID) -> (phase: Int, step: Int)? {
        guard case let .step(phaseID, stepID) = item, let phase = steps[phaseID], let step = phase.steps[stepID] else { return nil }
        return (phase.phase, step)
    }
}

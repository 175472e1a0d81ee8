/// A gap as `/gaps` lists it.
public struct GapInfo: Sendable, Hashable {
    public var id: String
    public var rule: String
    public var question: String
    public var weight: Rule.Weight
    var section: String
    public var asked: Bool
    public var parked: Bool
}

/// Open gaps and readiness.
extension Engine {
    /// Gaps not yet filled nor decided, blocking first, in rule order.
    public func openGaps() -> [GapInfo] {
        state.content.gaps.values.filter { isOpenGap($0) }
            .sorted { a, b in
                let wa = workshop.rules[a.ruleIndex].weight == .blocking ? 0 : 1
                let wb = workshop.rules[b.ruleIndex].weight == .blocking ? 0 : 1
                return (wa, a.ruleIndex, a.ordinal, a.key) < (wb, b.ruleIndex, b.ordinal, b.key)
            }
            .map { gap in
                let rule = workshop.rules[gap.ruleIndex]
                return GapInfo(id: gap.key, rule: rule.id, question: gap.question, weight: rule.weight,
                               section: section(of: gap), asked: gap.asked, parked: gap.parked)
            }
    }

    /// Share of blocking gaps closed (filled or decided), overall and per section.
    public func readiness() -> (overall: Double, open: Int, closed: Int, bySection: [String: Double]) {
        var open: [String: Int] = [:]
        var closed: [String: Int] = [:]
        for gap in state.content.gaps.values {
            let rule = workshop.rules[gap.ruleIndex]
            guard rule.weight == .blocking else { continue }
            if isOpenGap(gap) { open[section(of: gap), default: 0] += 1 } else { closed[section(of: gap), default: 0] += 1 }
        }
        let o = open.values.reduce(0, +), c = closed.values.reduce(0, +)
        var bySection: [String: Double] = [:]
        for section in workshop.charter.sections {
            let so = open[section.id, default: 0], sc = closed[section.id, default: 0]
            bySection[section.id] = so + sc == 0 ? 1 : Double(sc) / Double(so + sc)
        }
        return (o + c == 0 ? 1 : Double(c) / Double(o + c), o, c, bySection)
    }

    /// The section a gap counts against: its rule's, or that of the answer it is about.
    func section(of gap: GapState) -> String {
        let declared = workshop.rules[gap.ruleIndex].section
        guard declared.isEmpty else { return declared }
        return gap.target?.rootField.flatMap { workshop.charter.section(ofField: $0)?.id } ?? ""
    }
}

/// A gap as `/gaps` lists it.
public struct GapInfo: Sendable, Hashable {
    public var id: GapID
    public var rule: String
    public var question: String
    public var weight: Rule.Weight
    var section: String
    public var asked: Bool
    public var parked: Bool

    /// The agenda item that asks it.
    public var item: ItemID { .gap(id) }
}

/// Open gaps, their order, and readiness.
extension Engine {
    /// Gaps not yet filled nor decided, in agenda order (blocking first, then rule order).
    public func openGaps() -> [GapInfo] {
        sortedGaps(state.content.gaps.flatMap { $0.all.values.filter { isOpenGap($0) } }).map { info($0) }
    }

    /// Gaps in agenda order.
    func sortedGaps(_ gaps: [GapState]) -> [GapState] {
        let rank = plan.agendaRank
        return gaps.sorted { Self.gapPrecedes($0, $1, rank: rank) }
    }

    /// The agenda order of gaps: their rules' order (`rank`: blocking rules first), then where
    /// their bindings come, then their ids.
    static func gapPrecedes(_ a: GapState, _ b: GapState, rank: [Int]) -> Bool {
        let ra = rank[a.ruleIndex], rb = rank[b.ruleIndex]
        if ra != rb { return ra < rb }
        if a.ordinal != b.ordinal { return a.ordinal < b.ordinal }
        return a.id < b.id
    }

    /// A gap that still needs the client: open, not decided (parked ones count: they are not answered).
    func isOpenGap(_ gap: GapState, decided: Set<FieldPath>? = nil) -> Bool {
        guard gap.open, !gap.decided, gap.coveredBy == nil else { return false }
        if let target = gap.target, (decided ?? state.content.decidedPaths).contains(target) { return false }
        return true
    }

    /// The gap with this id, open or closed.
    func gap(_ id: GapID) -> GapState? {
        guard let index = plan.ruleIndex[id.rule] else { return nil }
        return state.content.gaps[index].all[id]
    }

    func info(_ gap: GapState) -> GapInfo {
        let rule = workshop.rules[gap.ruleIndex]
        return GapInfo(id: gap.id, rule: rule.id, question: gap.question, weight: rule.weight, section: section(of: gap),
                       asked: gap.asked, parked: gap.parked)
    }

    /// A gap to ask when its rule is in scope: open, not yet asked, decided, parked or reopened,
    /// not aimed at a decided field.
    func isPending(_ gap: GapState) -> Bool {
        guard gap.open, !gap.asked, !gap.decided, !gap.parked, gap.coveredBy == nil else { return false }
        if let target = gap.target, state.content.decidedPaths.contains(target) { return false }
        return !state.content.reopened.contains(.gap(gap.id))
    }

    /// After an event: the first pending gap of each rule whose gaps it changed (a decision taken
    /// or voided on a field changes every gap aimed at it). Only when that first gap itself
    /// changed are the rule's gaps all looked at again.
    mutating func refreshFirstPending() {
        // (Nothing to do must not even begin a write: that would copy the table a checkpoint shares.)
        guard !touchedGaps.isEmpty else { return }
        let rank = plan.agendaRank
        var byRule: [Int: [GapID]] = [:]
        for id in touchedGaps.keys { if let index = plan.ruleIndex[id.rule] { byRule[index, default: []].append(id) } }
        for (index, ids) in byRule {
            let gaps = state.content.gaps[index]
            let current = gaps.first.flatMap { gaps.all[$0] }
            var candidates = ids.compactMap { gaps.all[$0] }
            if let current, !ids.contains(current.id), isPending(current) {
                candidates.append(current)
            } else {
                candidates = Array(gaps.all.values)
            }
            let first = candidates.filter { isPending($0) }.min { Self.gapPrecedes($0, $1, rank: rank) }?.id
            if first != gaps.first { state.content.gaps[index].first = first }
        }
    }

    /// Share of blocking gaps closed (filled or decided), overall and per section.
    public func readiness() -> (overall: Double, open: Int, closed: Int, bySection: [String: Double]) {
        var open: [String: Int] = [:]
        var closed: [String: Int] = [:]
        for (index, bucket) in state.content.gaps.enumerated() where workshop.rules[index].weight == .blocking {
            for gap in bucket.all.values {
                if isOpenGap(gap) { open[section(of: gap), default: 0] += 1 } else { closed[section(of: gap), default: 0] += 1 }
            }
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

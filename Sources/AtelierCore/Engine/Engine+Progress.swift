/// How far the workshop got: what a session that stops early (piped answers running out) left
/// unasked, for the summary that says so.
extension Engine {
    /// The scripted questions and checkpoints of the current and later phases not yet answered,
    /// checked, skipped or parked, in script order (say-steps are not counted: they ask nothing).
    public func questionsNotReached() -> [ItemID] {
        let content = state.content
        guard workshop.phases.indices.contains(content.phaseIndex) else { return [] }
        var items: [ItemID] = []
        for p in content.phaseIndex..<workshop.phases.count {
            let phase = workshop.phases[p]
            for (index, step) in phase.steps.enumerated() where content.steps[p].indices.contains(index) {
                guard content.steps[p][index] == nil else { continue }
                if case .say = step.kind { continue }
                items.append(.step(phase: phase.id, step: step.id))
            }
        }
        return items
    }
}

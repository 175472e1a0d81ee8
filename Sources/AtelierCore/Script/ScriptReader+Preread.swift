import Yams

/// Reading the top-level `preread:` — the questions of the pre-read questionnaire, its
/// introduction and when the answers are due. Either a list of steps:
///
///     preread: [developpement/intitule_poste, developpement/criteres]
///
/// or keys: `intro` (a text), `due` (how long before the workshop: `24h`, `"2 jours"` is not a
/// duration, `48h` is) and `asks` (the same list). Each `ask` may also say `preread: true`.
extension ScriptReader {
    static let prereadKeys = ["intro", "due", "asks"]

    func readPreread(_ node: Node?, phases: inout [Phase]) -> PrereadSettings {
        guard let node else { return PrereadSettings() }
        var settings = PrereadSettings()
        var list: Node?
        if case .sequence = node {
            list = node
        } else if let entries = entries(of: node, key: "preread", place: .preread, allowed: Self.prereadKeys) {
            settings.intro = text(entries["intro"], key: "intro")
            settings.dueBefore = duration(entries["due"], key: "due")
            list = entries["asks"]
        }
        if let list, let names = textList(list, key: "asks") {
            for name in names { markPreread(name.text, at: name.node, in: &phases) }
        }
        return settings
    }

    /// Marks the step `name` (`phase/step`, or a step id only one phase has) as a pre-read question.
    private func markPreread(_ name: String, at node: Node, in phases: inout [Phase]) {
        var matches: [(phase: Int, step: Int)] = []
        let parts = name.split(separator: "/", maxSplits: 1).map(String.init)
        for (p, phase) in phases.enumerated() {
            if parts.count == 2, phase.id != parts[0] { continue }
            for (s, step) in phase.steps.enumerated() where step.id == parts.last { matches.append((p, s)) }
        }
        guard matches.count == 1, let match = matches.first else {
            let known = phases.flatMap { phase in phase.steps.map { "\(phase.id)/\($0.id)" } }
            report(.prereadUnknownStep(name, suggestion: Suggestion.closest(to: name, among: known)), at: node.mark)
            return
        }
        guard case .ask(var question) = phases[match.phase].steps[match.step].kind else {
            report(.prereadNotAQuestion(name), at: node.mark)
            return
        }
        question.preread = true
        phases[match.phase].steps[match.step].kind = .ask(question)
    }
}

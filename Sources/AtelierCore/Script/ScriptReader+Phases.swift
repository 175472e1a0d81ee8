import Yams

/// Reading `phases:` — timeboxed phases and their scripted steps.
extension ScriptReader {
    static let phaseKeys = ["id", "title", "timebox", "steps"]
    static let sayKeys = ["say", "id", "review"]
    static let askKeys = ["ask", "id", "question", "hint", "why", "fields"]
    static let checkKeys = ["check", "id", "why"]

    func readPhases(_ node: Node, charter: CharterModel, environment: TypeEnvironment) -> [Phase] {
        guard let items = sequence(node, key: "phases") else { return [] }
        if items.isEmpty { report(.noPhases, at: node.mark) }
        var ids = IDRegistry()
        let phases = items.compactMap { readPhase($0, ids: &ids, charter: charter, environment: environment) }
        checkReviewMarkers(phases)
        return phases
    }

    /// `review: true` marks one `say` step, in the last phase: where the final review opens.
    private func checkReviewMarkers(_ phases: [Phase]) {
        var seen = false
        for (index, phase) in phases.enumerated() {
            for step in phase.steps where step.opensReview {
                if index != phases.count - 1 {
                    report(.reviewNotInLastPhase, at: step.location ?? SourceLocation(file: file, line: 1, column: 1))
                } else if seen {
                    report(.severalReviews, at: step.location ?? SourceLocation(file: file, line: 1, column: 1))
                }
                if index == phases.count - 1 { seen = true }
            }
        }
    }

    private func readPhase(_ node: Node, ids: inout IDRegistry, charter: CharterModel, environment: TypeEnvironment) -> Phase? {
        guard let entries = entries(of: node, key: "phases", place: .phase, allowed: Self.phaseKeys) else { return nil }
        let id = requiredText("id", in: entries, place: .phase)
        if let id {
            checkID(id, at: entries["id"])
            register(id, kind: .phase, at: entries["id"], in: &ids)
        }
        let title = requiredText("title", in: entries, place: .phase)
        let timebox = duration(required("timebox", in: entries, place: .phase), key: "timebox")
        var steps: [Step] = []
        if let items = sequence(entries["steps"], key: "steps") {
            var stepIDs = IDRegistry()
            for (index, item) in items.enumerated() {
                let defaultID = "\(id ?? "phase")-\(index + 1)"
                if let step = readStep(item, defaultID: defaultID, ids: &stepIDs, charter: charter, environment: environment) {
                    steps.append(step)
                }
            }
        }
        return Phase(id: id ?? "", title: title ?? "", timebox: timebox ?? 0, steps: steps, location: location(entries.mark))
    }

    private func readStep(_ node: Node, defaultID: String, ids: inout IDRegistry, charter: CharterModel,
                          environment: TypeEnvironment) -> Step? {
        guard case .mapping(let mapping) = node else {
            report(.wrongType(key: "steps", expected: .mapping, found: kind(of: node)), at: node.mark)
            return nil
        }
        let stepKinds: [String] = ["say", "ask", "check"]
        let kinds = stepKinds.filter { name in mapping.keys.contains { $0.scalar?.string == name } }
        guard kinds.count == 1, let stepKind = kinds.first else {
            if kinds.isEmpty {
                let all = Array(Set(Self.sayKeys + Self.askKeys + Self.checkKeys)).sorted()
                _ = entries(of: node, key: "steps", place: .step, allowed: all)
                report(.stepWithoutKind, at: node.mark)
            } else {
                report(.stepWithSeveralKinds(kinds), at: node.mark)
            }
            return nil
        }
        let stepLocation = location(node.mark)
        switch stepKind {
        case "say":
            guard let entries = entries(of: node, key: "steps", place: .sayStep, allowed: Self.sayKeys),
                  let said = requiredText("say", in: entries, place: .sayStep) else { return nil }
            let id = stepID(entries, default: defaultID, ids: &ids)
            let review = entries["review"].flatMap { bool($0, key: "review") } ?? false
            return Step(id: id, kind: .say(said), opensReview: review, location: stepLocation)
        case "check":
            guard let entries = entries(of: node, key: "steps", place: .checkStep, allowed: Self.checkKeys),
                  let checked = requiredText("check", in: entries, place: .checkStep) else { return nil }
            let id = stepID(entries, default: defaultID, ids: &ids)
            let why = text(entries["why"], key: "why")
            return Step(id: id, kind: .check(Checkpoint(text: checked, why: why)), location: stepLocation)
        default:
            guard let entries = entries(of: node, key: "steps", place: .askStep, allowed: Self.askKeys) else { return nil }
            return readAsk(entries, ids: &ids, charter: charter, environment: environment, stepLocation: stepLocation)
        }
    }

    private func readAsk(_ entries: Entries, ids: inout IDRegistry, charter: CharterModel, environment: TypeEnvironment,
                         stepLocation: SourceLocation?) -> Step? {
        guard let fieldID = requiredText("ask", in: entries, place: .askStep) else { return nil }
        let field = charter.field(fieldID)
        if field == nil, charterLoaded {
            let known = charter.allFields.map(\.id)
            report(.undefinedField(fieldID, suggestion: Suggestion.closest(to: fieldID, among: known)), at: entries["ask"]?.mark)
        }
        let id = stepID(entries, default: fieldID, ids: &ids)
        let questionNode = required("question", in: entries, place: .askStep)
        let question = questionNode.flatMap { node in
            text(node, key: "question").flatMap { interpolation($0, at: node, environment: environment) }
        }
        var recordFields: [String]?
        if let node = entries["fields"], let names = textList(node, key: "fields") {
            recordFields = names.map(\.text)
            if let field {
                guard case .records(let record) = field.type else {
                    report(.notARecordsField(fieldID), at: node.mark)
                    return nil
                }
                for name in names where record.field(name.text) == nil {
                    report(.unknownRecordField(name.text, field: fieldID,
                                               suggestion: Suggestion.closest(to: name.text, among: record.fields.map(\.id))),
                           at: name.node.mark)
                }
            }
        }
        let hint = text(entries["hint"], key: "hint")
        let why = text(entries["why"], key: "why")
        return Step(id: id, kind: .ask(Question(field: fieldID, text: question ?? InterpolatedText(literal: ""), hint: hint,
                                                why: why, recordFields: recordFields)),
                    location: stepLocation)
    }

    private func stepID(_ entries: Entries, default defaultID: String, ids: inout IDRegistry) -> String {
        let node = entries["id"]
        let id = text(node, key: "id") ?? defaultID
        if let node { checkID(id, at: node) }
        register(id, kind: .step, at: node ?? entries["ask"] ?? entries["say"] ?? entries["check"], in: &ids)
        return id
    }
}

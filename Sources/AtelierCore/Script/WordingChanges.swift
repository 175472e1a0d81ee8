/// What an edited script says differently from the original, where both have the same step, rule
/// or field: a question reworded, a hint, a reason (`why`), a `say` or a checkpoint rewritten, a
/// gap question rewritten. `atelier replay --workshop` reports them beside what the rules' logic
/// changes, so a rewording is never reported as « no difference ».
package struct WordingChange: Sendable, Hashable {
    /// What was reworded.
    package enum Part: String, Sendable, Hashable {
        case question, hint, why, say, check, gapQuestion, label
    }

    /// The step (`phase/step`), the rule (its id) or the field (its id) it belongs to.
    package var place: String
    package var part: Part
    package var before: String
    package var after: String

    /// Steps and fields first (in the original script's order), then rules.
    package static func between(_ original: Workshop, _ edited: Workshop) -> (steps: [WordingChange], rules: [WordingChange]) {
        var steps: [WordingChange] = []
        for phase in original.phases {
            guard let newPhase = edited.phase(phase.id) else { continue }
            for step in phase.steps {
                guard let newStep = newPhase.steps.first(where: { $0.id == step.id }) else { continue }
                steps += compare(step, newStep, place: "\(phase.id)/\(step.id)", original: original.charter, edited: edited.charter)
            }
        }
        let newFields = Dictionary(fields(edited.charter.allFields, prefix: ""), uniquingKeysWith: { a, _ in a })
        for (place, field) in fields(original.charter.allFields, prefix: "") {
            guard let newField = newFields[place] else { continue }
            steps += changes(place, [(.label, field.label, newField.label), (.hint, field.hint, newField.hint)])
        }
        var rules: [WordingChange] = []
        for rule in original.rules {
            guard let newRule = edited.rule(rule.id) else { continue }
            rules += changes(rule.id, [(.gapQuestion, rule.question.source, newRule.question.source), (.why, rule.why, newRule.why)])
        }
        return (steps, rules)
    }

    private static func compare(_ old: Step, _ new: Step, place: String, original: CharterModel, edited: CharterModel) -> [WordingChange] {
        switch (old.kind, new.kind) {
        case let (.say(a), .say(b)):
            return changes(place, [(.say, a, b)])
        case let (.check(a), .check(b)):
            return changes(place, [(.check, a.text, b.text), (.why, a.why, b.why)])
        case let (.ask(a), .ask(b)):
            return changes(place, [(.question, a.text.source, b.text.source), (.hint, a.hint, b.hint), (.why, a.why, b.why)])
        default:
            return []
        }
    }

    /// Every field, nested ones included, by its dotted place (`objectifs.indicateurs.cible`).
    private static func fields(_ list: [FieldModel], prefix: String) -> [(String, FieldModel)] {
        list.flatMap { field -> [(String, FieldModel)] in
            let place = prefix.isEmpty ? field.id : "\(prefix).\(field.id)"
            guard case .records(let model) = field.type else { return [(place, field)] }
            return [(place, field)] + fields(model.fields, prefix: place)
        }
    }

    private static func changes(_ place: String, _ pairs: [(Part, String?, String?)]) -> [WordingChange] {
        pairs.compactMap { part, before, after in
            before == after ? nil : WordingChange(place: place, part: part, before: before ?? "", after: after ?? "")
        }
    }
}

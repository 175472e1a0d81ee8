/// The fields a script asks in follow-up workshops only (`follow_up: true`), and the script as a
/// first session runs it: without them, nor the rules that fill them.
extension Workshop {
    /// True when some field, at any depth, is asked in follow-ups only.
    public var hasFollowUpFields: Bool {
        charter.allFields.contains { Self.containsFollowUp($0) }
    }

    private static func containsFollowUp(_ field: FieldModel) -> Bool {
        if field.followUp { return true }
        guard case .records(let model) = field.type else { return false }
        return model.fields.contains { containsFollowUp($0) }
    }

    /// The script as a first session runs it: follow-up fields left out of the charter, and the
    /// rules whose answer goes to one of them left out too. Unchanged when it has none.
    public func firstSession() -> Workshop {
        guard hasFollowUpFields else { return self }
        var copy = self
        copy.rules = rules.filter { !fillsFollowUpField($0) }
        copy.charter = CharterModel(sections: charter.sections.map { section in
            var s = section
            s.fields = section.fields.compactMap(Self.withoutFollowUp)
            return s
        })
        return copy
    }

    private static func withoutFollowUp(_ field: FieldModel) -> FieldModel? {
        if field.followUp { return nil }
        guard case .records(let model) = field.type else { return field }
        var copy = field
        copy.type = .records(RecordModel(fields: model.fields.compactMap(withoutFollowUp), titleField: model.titleField))
        return copy
    }

    /// True when the rule's answer goes to a follow-up field.
    func fillsFollowUpField(_ rule: Rule) -> Bool {
        guard let path = Self.modelPath(of: rule.target, bindings: rule.bindings, depth: 0) else { return false }
        var fields = charter.allFields
        for name in path {
            guard let field = fields.first(where: { $0.id == name }) else { return false }
            if field.followUp { return true }
            guard case .records(let model) = field.type else { return false }
            fields = model.fields
        }
        return false
    }

    /// The field ids an expression such as `i.valeur_actuelle` walks through, bindings expanded
    /// (`objectifs`, `indicateurs`, `valeur_actuelle`).
    private static func modelPath(of expr: Expr, bindings: [Binding], depth: Int) -> [String]? {
        guard depth < 32 else { return nil }
        switch expr.kind {
        case .name(let name):
            if let binding = bindings.last(where: { $0.variable == name }) {
                return modelPath(of: binding.source, bindings: bindings, depth: depth + 1)
            }
            return [name]
        case .member(let base, let field):
            return modelPath(of: base, bindings: bindings, depth: depth + 1).map { $0 + [field] }
        case .flatten(let base):
            return modelPath(of: base, bindings: bindings, depth: depth + 1)
        default:
            return nil
        }
    }
}

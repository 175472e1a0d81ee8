import Yams

/// Reading the top level of a script and checking what spans several parts (timeboxes, templates).
extension ScriptReader {
    func readWorkshop(_ root: Node, templateSources: [String: String]?) -> Workshop? {
        guard case .mapping = root else {
            report(.topLevelNotMapping, at: root.mark)
            return nil
        }
        guard let top = entries(of: root, key: "", place: .topLevel, allowed: WorkshopLoader.topLevelKeys) else { return nil }
        if let node = top["atelier"], let version = text(node, key: "atelier"), version != "1" {
            report(.unsupportedVersion(version), at: node.mark)
        }
        let id = requiredText("id", in: top, place: .topLevel)
        if let id { checkID(id, at: top["id"]) }
        let title = requiredText("title", in: top, place: .topLevel)
        var scriptLanguage: Language?
        if let node = required("language", in: top, place: .topLevel), let value = text(node, key: "language") {
            scriptLanguage = Language(rawValue: value)
            if scriptLanguage == nil { report(.invalidLanguage(value), at: node.mark) }
        }
        let duration = duration(required("duration", in: top, place: .topLevel), key: "duration")
        let templates = readTemplates(top["templates"])
        let lexicons = readLexicons(top["lexicons"])
        let charterNode = required("charter", in: top, place: .topLevel)
        if charterNode == nil { charterLoaded = false }
        let charter = charterNode.map(readCharter) ?? CharterModel(sections: [])
        let environment = TypeEnvironment(model: charter, lexicons: Set(lexicons.keys).union(["dont_know"]))
        let phases = required("phases", in: top, place: .topLevel)
            .map { readPhases($0, charter: charter, environment: environment) } ?? []
        let rules = top["rules"].map { readRules($0, charter: charter, phases: phases, environment: environment) } ?? []
        let presentation = readPresentation(top["document"], charter: charter)
        let mission = readMission(top["mission"], charter: charter)

        if let duration, let node = top["duration"], !phases.isEmpty, phases.allSatisfy({ $0.timebox > 0 }) {
            let planned = phases.reduce(0) { $0 + $1.timebox }
            if planned != duration {
                report(.timeboxMismatch(duration: duration, timeboxes: planned), at: node.mark, severity: .warning)
            }
        }
        if let templateSources {
            checkTemplates(templates, sources: templateSources, charter: charter)
        }
        return Workshop(id: id ?? "", title: title ?? "", language: scriptLanguage ?? language, duration: duration ?? 0,
                        charter: charter, phases: phases, rules: rules, lexicons: lexicons,
                        templates: templates.mapValues(\.path), presentation: presentation, mission: mission, file: file)
    }

    static let missionKeys = ["start", "end"]

    /// `mission: {start: debut_mission, end: fin_mission}`: top-level `date` fields.
    private func readMission(_ node: Node?, charter: CharterModel) -> MissionDates {
        guard let node, let entries = entries(of: node, key: "mission", place: .mission, allowed: Self.missionKeys) else {
            return MissionDates()
        }
        func dateField(_ key: String) -> String? {
            guard let valueNode = entries[key], let id = text(valueNode, key: key) else { return nil }
            guard let field = charter.field(id) else {
                if charterLoaded {
                    let known = charter.allFields.map(\.id)
                    report(.undefinedField(id, suggestion: Suggestion.closest(to: id, among: known)), at: valueNode.mark)
                }
                return nil
            }
            guard field.type == .date, charter.sections.contains(where: { $0.fields.contains { $0.id == id } }) else {
                report(.missionFieldNotADate(id), at: valueNode.mark)
                return nil
            }
            return id
        }
        return MissionDates(start: dateField("start"), end: dateField("end"))
    }

    private func readTemplates(_ node: Node?) -> [String: (path: String, node: Node)] {
        guard let node, let entries = entries(of: node, key: "templates", place: .templates, allowed: []) else { return [:] }
        var templates: [String: (path: String, node: Node)] = [:]
        for (format, _, value) in entries.all {
            if let path = text(value, key: format) { templates[format] = (path, value) }
        }
        return templates
    }

    private func readLexicons(_ node: Node?) -> [String: [String]] {
        guard let node, let entries = entries(of: node, key: "lexicons", place: .lexicons, allowed: []) else { return [:] }
        var lexicons: [String: [String]] = [:]
        for (name, keyNode, value) in entries.all {
            checkID(name, at: keyNode)
            if let words = textList(value, key: name) { lexicons[name] = words.map(\.text) }
        }
        return lexicons
    }

    private func checkTemplates(_ templates: [String: (path: String, node: Node)], sources: [String: String],
                                charter: CharterModel) {
        let context = TemplateChecker.context(for: charter)
        for (format, template) in templates.sorted(by: { $0.key < $1.key }) {
            guard let source = sources[format] else {
                report(.templateNotFound(template.path), at: template.node.mark)
                continue
            }
            let path = WorkshopLoader.templateDisplayPath(template.path, scriptFile: file)
            for unknown in TemplateChecker.unknownNames(in: WorkshopLoader.normalized(source), context: context) {
                report(.unknownTemplateVariable(unknown.name, suggestion: unknown.suggestion),
                       at: SourceLocation(file: path, line: unknown.line, column: unknown.column))
            }
        }
    }
}

import Yams

/// Loads a workshop script from its text and checks it, collecting every problem found.
package enum WorkshopLoader {
    static let topLevelKeys = ["atelier", "id", "title", "language", "duration", "templates", "document", "mission",
                               "lexicons", "charter", "phases", "rules"]

    /// Loads and checks a script.
    ///
    /// - Parameters:
    ///   - source: the script's text (a byte-order mark and CRLF line ends are accepted).
    ///   - file: the name diagnostics show (the path as the user typed it).
    ///   - language: the language of the messages, as the command chose it (`Language.chosen`);
    ///     nil for the script's own `language:`, else English.
    ///   - templateSources: output format -> text of the template the script's `templates:` names
    ///     for it; when given, the templates' Mustache variables are checked, and a format missing
    ///     from it is reported as unreadable.
    /// - Returns: the workshop when there is no error (warnings allowed), and the diagnostics,
    ///   sorted by location.
    package static func load(source: String, file: String, language: Language? = nil,
                            templateSources: [String: String]? = nil) -> (workshop: Workshop?, diagnostics: [Diagnostic]) {
        let text = normalized(source)
        let language = language ?? Language.chosen(flag: nil, document: declaredLanguage(in: text), environment: [:])
        let reader = ScriptReader(file: file, source: text, language: language)
        let composed = ScriptComposer.compose(text)
        for (problem, position) in composed.problems {
            let place = position.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
            reader.report(problem, at: place ?? SourceLocation(file: file, line: 1, column: 1))
        }
        guard let root = composed.root else {
            if composed.problems.isEmpty { reader.report(.emptyScript, at: SourceLocation(file: file, line: 1, column: 1)) }
            return (nil, reader.diagnostics.sorted())
        }
        let workshop = reader.readWorkshop(root, templateSources: templateSources)
        // A YAML alias repeats a node: its problems would be reported once per alias.
        var seen = Set<Diagnostic>()
        let diagnostics = reader.diagnostics.sorted().filter { seen.insert($0).inserted }
        return (diagnostics.hasErrors ? nil : workshop, diagnostics)
    }

    /// The script's `language:` when it is `fr` or `en` (read from the text, even if the YAML is broken).
    public static func declaredLanguage(in source: String) -> Language? {
        for line in normalized(source).split(separator: "\n") where line.hasPrefix("language:") {
            var value = line.dropFirst("language:".count)
            if let comment = value.firstIndex(of: "#") { value = value[..<comment] }
            let word = value.filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
            return Language(rawValue: String(word))
        }
        return nil
    }

    /// The script's `templates:` (output format -> template path, relative to the script), for a
    /// caller that reads the template files before calling `load`.
    public static func templateReferences(in source: String) -> [String: String] {
        guard let root = try? Yams.compose(yaml: normalized(source)), case .mapping(let top) = root,
              case .mapping(let templates)? = top["templates"] else { return [:] }
        var references: [String: String] = [:]
        for (key, value) in templates {
            if let format = key.scalar?.string, let path = value.scalar?.string { references[format] = path }
        }
        return references
    }

    /// The path diagnostics show for a template of the script `scriptFile`: the template path
    /// joined to the script's folder (`workshops/templates/charter.md.mustache`).
    public static func templateDisplayPath(_ template: String, scriptFile: String) -> String {
        guard !template.hasPrefix("/"), let slash = scriptFile.lastIndex(of: "/") else { return template }
        return String(scriptFile[...slash]) + template
    }

    /// Drops a byte-order mark and turns CRLF / CR line ends into LF.
    static func normalized(_ source: String) -> String {
        var text = source
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n", previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }
}

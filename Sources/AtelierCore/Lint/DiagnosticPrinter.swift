/// Prints diagnostics for people (`path:line:column: error: message`, the source line, a caret)
/// and for tools (JSON).
public enum DiagnosticPrinter {
    /// The diagnostics as text, sorted by location. Messages, file names and source lines are
    /// script text: they go through `SafeText`, so a script cannot send escape sequences to the
    /// terminal through `atelier lint`.
    ///
    /// - Parameters:
    ///   - sources: file name (as in the diagnostics' locations) -> its text, to show the line.
    ///   - color: ANSI colours (ask for them only when the output is a terminal and `NO_COLOR` is unset).
    public static func text(_ diagnostics: [Diagnostic], sources: [String: String], color: Bool) -> String {
        var out = ""
        var linesByFile: [String: [Substring]] = [:]
        for diagnostic in diagnostics.sorted() {
            let style = Style(enabled: color)
            let severity = style.severity(diagnostic.severity)
            let message = SafeText.clean(diagnostic.message)
            guard let location = diagnostic.location else {
                out += "\(severity) \(message)\n"
                continue
            }
            guard location.line > 0 else {
                out += style.bold(SafeText.line(location.file) + ":") + " \(severity) \(message)\n"
                continue
            }
            out += style.bold(SafeText.line(location.description) + ":") + " \(severity) \(message)\n"
            if linesByFile[location.file] == nil, let source = sources[location.file] {
                linesByFile[location.file] = lines(of: source)
            }
            guard let lines = linesByFile[location.file], location.line <= lines.count else { continue }
            let line = lines[location.line - 1]
            let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, location.column - 1))))
            // Lines are split on every kind of break already: cleaning keeps the line's tabs.
            let shown = SafeText.clean(String(line))
            let column = SafeText.clean(before).unicodeScalars.count + 1 + max(0, location.column - 1 - before.unicodeScalars.count)
            out += "\(shown)\n" + style.caret(caretIndent(Substring(shown), column: column) + "^") + "\n"
        }
        return out
    }

    /// The diagnostics as a JSON array of `{file, line, column, severity, message}`, sorted by
    /// location; `line` and `column` are 0 for a problem with the whole file, `file` is null when unknown.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let objects = diagnostics.sorted().map { diagnostic in
            let file = diagnostic.location.map { jsonString($0.file) } ?? "null"
            return "  {\"file\": \(file), \"line\": \(diagnostic.location?.line ?? 0), "
                + "\"column\": \(diagnostic.location?.column ?? 0), "
                + "\"severity\": \(jsonString(diagnostic.severity.rawValue)), \"message\": \(jsonString(diagnostic.message))}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// Lines without their ends (LF, CRLF or CR), after a byte-order mark.
    static func lines(of source: String) -> [Substring] {
        var text = Substring(source)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// Spaces up to `column` (in Unicode scalars), keeping the line's tabs so the caret lines up.
    static func caretIndent(_ line: Substring, column: Int) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: line.unicodeScalars.prefix(max(0, column - 1)))
        let before = String(scalars)
        let indent = before.map { $0 == "\t" ? "\t" : " " }.joined()
        let missing = max(0, column - 1 - before.unicodeScalars.count)
        return indent + String(repeating: " ", count: missing)
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// ANSI styling, or none.
private struct Style {
    let enabled: Bool

    func severity(_ severity: Diagnostic.Severity) -> String {
        let label = "\(severity.rawValue):"
        guard enabled else { return label }
        switch severity {
        case .error: return "\u{1B}[1;31m\(label)\u{1B}[0m"
        case .warning: return "\u{1B}[1;33m\(label)\u{1B}[0m"
        case .note: return "\u{1B}[1;36m\(label)\u{1B}[0m"
        }
    }

    func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func caret(_ text: String) -> String { enabled ? "\u{1B}[1;32m\(text)\u{1B}[0m" : text }
}

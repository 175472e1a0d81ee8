import AtelierCore
import AtelierTerminal

/// How a diagnostic reads: for people (`file:line:column: error: message`, the line, a caret)
/// and for tools (a JSON array). The severity words stay `error`, `warning`, `notice` in every
/// language, so editors and CI recognise them; the message is in the command's language.
public enum DiagnosticText {
    /// One diagnostic for people; `lines` are its file's lines, to show the line and a caret.
    /// Messages, file names and source lines are script or client text: they go through
    /// `SafeText`, so nothing a file holds can send escape sequences to the terminal.
    public static func render(_ diagnostic: Diagnostic, lines: [Substring]?, style: Style) -> String {
        let severity = paint(diagnostic.severity, style)
        let message = SafeText.clean(diagnostic.message)
        guard let location = diagnostic.location else {
            return style.bold("atelier:") + " \(severity) \(message)\n"
        }
        var out = style.bold(SafeText.line(location.description) + ":") + " \(severity) " + message + "\n"
        if let number = location.line, let column = location.column, let lines, (1...lines.count).contains(number) {
            let line = lines[number - 1]
            let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, column - 1))))
            // Lines are split on every kind of break already: cleaning keeps the line's tabs.
            let shown = SafeText.clean(String(line))
            let shownColumn = SafeText.clean(before).unicodeScalars.count + 1 + max(0, column - 1 - before.unicodeScalars.count)
            out += shown + "\n" + style.green(caretIndent(shown[...], column: shownColumn) + "^") + "\n"
        }
        return out
    }

    /// Diagnostics as text without colour, sorted, each file's lines taken from `sources`.
    public static func render(_ diagnostics: [Diagnostic], sources: [String: String]) -> String {
        let lines = sources.mapValues(Self.lines(of:))
        return diagnostics.sorted().map { render($0, lines: $0.location.flatMap { lines[$0.file] }, style: Style(enabled: false)) }
            .joined()
    }

    /// A JSON array of `{file, line, column, severity, message}`; `line` and `column` are 0 when
    /// there are none, `file` is null when the problem is about no file.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let objects = diagnostics.map { diagnostic in
            let file = diagnostic.location.map { JSONText.quoted($0.file) } ?? "null"
            return "  {\"file\": \(file), \"line\": \(diagnostic.location?.line ?? 0), "
                + "\"column\": \(diagnostic.location?.column ?? 0), "
                + "\"severity\": \(JSONText.quoted(diagnostic.severity.rawValue)), "
                + "\"message\": \(JSONText.quoted(diagnostic.message))}"
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

    private static func paint(_ severity: Diagnostic.Severity, _ style: Style) -> String {
        let label = "\(severity.rawValue):"
        switch severity {
        case .error: return style.bold(style.red(label))
        case .warning: return style.bold(style.yellow(label))
        case .notice: return style.bold(style.cyan(label))
        }
    }
}

import AtelierCore
import AtelierTerminal

/// The one printer of errors, warnings and notices, set up in `main`: each diagnostic as
/// `file:line:column: error: message`, the source line and a caret, on standard error, in colour
/// only when `main` decided so; or, after `lint --format json`, one JSON array on standard output.
public final class DiagnosticPrinter {
    private let stream: any TextStream
    private let style: Style
    private var lines: [String: [Substring]] = [:]
    private var json: (stream: any TextStream, diagnostics: [Diagnostic])?
    /// How many errors were printed: a command that printed any ends with status 1 at least.
    public private(set) var errorCount = 0

    /// - Parameters:
    ///   - stream: standard error, or a test's buffer.
    ///   - colour: ANSI colours (decided once, in `main`, by `TerminalOutput.colorAllowed`).
    public init(to stream: any TextStream, colour: Bool) {
        self.stream = stream
        self.style = Style(enabled: colour)
    }

    /// Keeps the text of `file`, so diagnostics about it show their line and a caret.
    public func show(source: String, of file: String) {
        lines[file] = DiagnosticText.lines(of: source)
    }

    /// Prints one diagnostic now (a warning before a session starts must be seen before it).
    public func report(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { errorCount += 1 }
        if json != nil {
            json?.diagnostics.append(diagnostic)
            return
        }
        let source = diagnostic.location.flatMap { lines[$0.file] }
        stream.write(DiagnosticText.render(diagnostic, lines: source, style: style))
    }

    /// Prints diagnostics in the order of their locations.
    public func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sorted() { report(diagnostic) }
    }

    /// A closing line for people (lint's « 2 erreurs dans 1 fichier »); nothing in JSON.
    public func conclude(_ line: String) {
        if json == nil { stream.write(line + "\n") }
    }

    /// From now on, collects the diagnostics for one JSON array, written on `stream` by `finish()`.
    public func collectJSON(for stream: any TextStream) {
        json = (stream, [])
    }

    /// Writes what was collected (the JSON array), if anything.
    public func finish() {
        guard let json else { return }
        json.stream.write(DiagnosticText.json(json.diagnostics.sorted()))
        self.json = nil
    }
}

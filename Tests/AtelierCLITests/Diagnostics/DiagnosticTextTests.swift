import AtelierCLI
import AtelierCore
import AtelierTerminal
import Testing

/// How the one printer shows a diagnostic: location, severity, message, the line and a caret.
struct DiagnosticTextTests {
    @Test func printsLocationSourceLineAndACaretThatKeepsTabs() {
        let source = "a: 1\n\tb: é2\n"
        let diagnostic = Diagnostic.error("bad", at: SourceLocation(file: "x.yaml", line: 2, column: 5))
        let text = DiagnosticText.render([diagnostic], sources: ["x.yaml": source])
        #expect(text == "x.yaml:2:5: error: bad\n\tb: é2\n\t   ^\n")
    }

    @Test func sortsByLocationAndHandlesCRLF() {
        let source = "\u{FEFF}a: 1\r\nb: 2\r\n"
        let late = Diagnostic.warning("late", at: SourceLocation(file: "x.yaml", line: 2, column: 1))
        let early = Diagnostic.error("early", at: SourceLocation(file: "x.yaml", line: 1, column: 4))
        let text = DiagnosticText.render([late, early], sources: ["x.yaml": source])
        #expect(text == "x.yaml:1:4: error: early\na: 1\n   ^\nx.yaml:2:1: warning: late\nb: 2\n^\n")
    }

    @Test func aWholeFileALineAndNoFileAtAll() {
        let text = DiagnosticText.render([
            .error("missing", at: SourceLocation(file: "s.jsonl")),
            .warning("torn", at: SourceLocation(file: "s.jsonl", line: 7)),
            .notice("news", at: nil),
        ], sources: [:])
        #expect(text == "atelier: notice: news\ns.jsonl: error: missing\ns.jsonl:7: warning: torn\n")
    }

    @Test func controlCharactersInAMessageOrALineNeverReachTheTerminal() {
        let source = "a: \u{1B}]0;pwned\u{07}x\n"
        let diagnostic = Diagnostic.error("bad \u{1B}[2J", at: SourceLocation(file: "x.yaml", line: 1, column: 4))
        let text = DiagnosticText.render([diagnostic], sources: ["x.yaml": source])
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }

    @Test func colourOnlyWhenAsked() {
        let diagnostic = Diagnostic.error("bad", at: SourceLocation(file: "x.yaml", line: 1, column: 1))
        let coloured = DiagnosticText.render(diagnostic, lines: ["a: 1"], style: Style(enabled: true))
        let plain = DiagnosticText.render(diagnostic, lines: ["a: 1"], style: Style(enabled: false))
        #expect(coloured.contains("\u{1B}["))
        #expect(!plain.contains("\u{1B}["))
    }

    @Test func printsJSONForEditors() {
        let diagnostic = Diagnostic.error("a \"quoted\" <word>", at: SourceLocation(file: "x.yaml", line: 3, column: 7))
        #expect(DiagnosticText.json([diagnostic]) == """
            [
              {"file": "x.yaml", "line": 3, "column": 7, "severity": "error", "message": "a \\"quoted\\" \\u003cword\\u003e"}
            ]

            """)
        #expect(DiagnosticText.json([]) == "[]\n")
    }
}

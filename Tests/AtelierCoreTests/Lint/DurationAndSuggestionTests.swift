import Testing
@testable import AtelierCore

struct DurationSyntaxTests {
    @Test(arguments: [("120", 120), ("2h", 120), ("120 min", 120), ("25 min", 25), ("1h30", 90), ("1 h 30 min", 90), ("45mn", 45)])
    func readsDurations(text: String, minutes: Int) {
        #expect(DurationSyntax.minutes(text) == minutes)
    }

    @Test(arguments: ["", "0", "deux heures", "25 minutes environ", "h", "-5", "1.5h"])
    func rejectsWhatIsNotADuration(text: String) {
        #expect(DurationSyntax.minutes(text) == nil)
    }
}

struct DiagnosticPrinterTests {
    @Test func printsLocationSourceLineAndACaretThatKeepsTabs() {
        let source = "a: 1\n\tb: é2\n"
        let diagnostic = Diagnostic.error("bad", at: SourceLocation(file: "x.yaml", line: 2, column: 5))
        let text = DiagnosticPrinter.text([diagnostic], sources: ["x.yaml": source], color: false)
        #expect(text == "x.yaml:2:5: error: bad\n\tb: é2\n\t   ^\n")
    }

    @Test func sortsByLocationAndHandlesCRLF() {
        let source = "\u{FEFF}a: 1\r\nb: 2\r\n"
        let late = Diagnostic.warning("late", at: SourceLocation(file: "x.yaml", line: 2, column: 1))
        let early = Diagnostic.error("early", at: SourceLocation(file: "x.yaml", line: 1, column: 4))
        let text = DiagnosticPrinter.text([late, early], sources: ["x.yaml": source], color: false)
        #expect(text == "x.yaml:1:4: error: early\na: 1\n   ^\nx.yaml:2:1: warning: late\nb: 2\n^\n")
    }

    @Test func printsJSONForEditors() {
        let diagnostic = Diagnostic.error("a \"quoted\" word", at: SourceLocation(file: "x.yaml", line: 3, column: 7))
        #expect(DiagnosticPrinter.json([diagnostic]) == """
            [
              {"file": "x.yaml", "line": 3, "column": 7, "severity": "error", "message": "a \\"quoted\\" word"}
            ]

            """)
        #expect(DiagnosticPrinter.json([]) == "[]\n")
    }

    @Test func suggestsTheClosestKnownName() {
        #expect(Suggestion.closest(to: "lable", among: ["id", "label", "type"]) == "label")
        #expect(Suggestion.closest(to: "zzzzzz", among: ["id", "label", "type"]) == nil)
    }
}

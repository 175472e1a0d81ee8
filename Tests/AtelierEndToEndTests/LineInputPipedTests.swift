import Foundation
import Testing

/// AtelierTerminal's piped input (stdin not a terminal), via the LineProbe program.
@Suite struct LineInputPipedTests {
    @Test func readsLinesWithTheirNumbersWithoutPromptOrEcho() throws {
        let run = try PipedRun.run(lineProbeExecutableURL(), input: "un\r\ndeux\n\nquatre é",
                                   environment: ["PATH": "/usr/bin:/bin"])
        #expect(run.exitStatus == 0)
        #expect(run.standardOutput == """
            got: un (line 1)
            got: deux (line 2)
            got:  (line 3)
            got: quatre é (line 4)
            bye

            """)
    }

    @Test func clientTextIsSanitizedBeforeBeingShown() throws {
        let hostile = "\u{1B}[2Jefface\u{1B}]0;titre\u{07} et \u{202E}txet\n"
        let run = try PipedRun.run(lineProbeExecutableURL(), input: hostile, environment: [:])
        #expect(run.standardOutput == "got: efface et txet (line 1)\nbye\n")
    }

    @Test func invalidUTF8AndVeryLongLinesAreSurvived() throws {
        let long = String(repeating: "é", count: 200_000)
        var input = Data("a".utf8) + Data([0xFF, 0xC3]) + Data("b\n".utf8)
        input += Data((long + "\n").utf8)
        let run = try PipedRun.run(lineProbeExecutableURL(), inputBytes: input, environment: [:])
        #expect(run.exitStatus == 0)
        #expect(run.standardOutput.contains("got: a\u{FFFD}\u{FFFD}b (line 1)"))
        #expect(run.standardOutput.contains("got: \(long) (line 2)"))
    }
}

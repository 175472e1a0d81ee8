import AtelierTerminal
import Testing

@Suite struct TerminalOutputTests {
    @Test func colourOnlyOnATerminalWithoutNoColorAndNotDumb() {
        #expect(TerminalOutput.colorAllowed(isTerminal: true, environment: ["TERM": "xterm-256color"]))
        #expect(TerminalOutput.colorAllowed(isTerminal: true, environment: [:]))
        #expect(TerminalOutput.colorAllowed(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!TerminalOutput.colorAllowed(isTerminal: false, environment: ["TERM": "xterm"]))
        #expect(!TerminalOutput.colorAllowed(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!TerminalOutput.colorAllowed(isTerminal: true, environment: ["TERM": "dumb"]))
    }

    @Test func styleIsPlainWhenColourIsOff() {
        let plain = TerminalOutput(isTerminal: false, environment: [:]).style
        #expect(plain.red("retard") == "retard")
        #expect(plain.bold("x") + plain.dim("y") + plain.yellow("z") == "xyz")
        let coloured = TerminalOutput(isTerminal: true, environment: ["TERM": "xterm"]).style
        #expect(coloured.yellow("80 %") == "\u{1B}[33m80 %\u{1B}[0m")
        #expect(coloured.red("") == "")
    }

    @Test func promptEscapesAreMarkedInvisibleForReadline() {
        let prompt = "\u{1B}[33mCadrage 12/20 min\u{1B}[0m > "
        #expect(ReadlineInput.markingInvisible(prompt)
                == "\u{01}\u{1B}[33m\u{02}Cadrage 12/20 min\u{01}\u{1B}[0m\u{02} > ")
        #expect(ReadlineInput.markingInvisible("simple > ") == "simple > ")
    }
}

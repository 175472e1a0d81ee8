import AtelierTerminal
import Testing

@Suite struct PipedInputTests {
    @Test func countsLinesAndEndsWithEndOfInput() {
        var input = PipedInput(text: "oui\r\n\n42")
        #expect(input.readLine(prompt: "ignored> ") == .line("oui"))
        #expect(input.lineNumber == 1)
        #expect(input.readLine(prompt: "") == .line(""))
        #expect(input.readLine(prompt: "") == .line("42"))
        #expect(input.inputLineNumber == 3)
        #expect(input.readLine(prompt: "") == .endOfInput)
        #expect(input.lineNumber == 3)
    }

    @Test func anEmptyTextHasNoLines() {
        var input = PipedInput(text: "")
        #expect(input.readLine(prompt: "") == .endOfInput)
        #expect(input.lineNumber == 0)
    }

    @Test func completionIsIgnoredOverAPipe() {
        var input: any LineInput = PipedInput(text: "a\n")
        input.completionProvider = { _, _ in ["x"] }
        #expect(input.completionProvider == nil)
    }
}

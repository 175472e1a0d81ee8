// A test-only program that exercises AtelierTerminal's line input in a real terminal:
// the end-to-end tests drive it through a pseudo-terminal, or pipe lines into it.
// Usage: LineProbe [line of this session's history…]
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AtelierCore
import AtelierTerminal
import Foundation

let words = ["/help", "/status", "/skip", "hebdomadaire", "mensuelle", "Céline Fabre"]
let environment = ProcessInfo.processInfo.environment
let sessionHistory = Array(CommandLine.arguments.dropFirst())
let output = TerminalOutput(environment: environment)

var input: any LineInput
if isatty(STDIN_FILENO) != 0 {
    input = ReadlineInput(sessionHistory: sessionHistory, environment: environment)
} else {
    input = PipedInput()
}
input.completionProvider = { _, _ in words }

let prompt = ReadlineInput.markingInvisible(output.style.bold("probe") + "> ")
loop: while true {
    switch input.readLine(prompt: prompt) {
    case .line("/columns"):
        output.writeLine("columns: \(TerminalSize.current()?.columns ?? 0)")
    case .line(let line):
        let number = input.inputLineNumber.map { " (line \($0))" } ?? ""
        output.writeLine("got: \(SafeText.clean(line))\(number)")
    case .interrupted:
        output.writeLine("interrupted")
    case .endOfInput:
        output.writeLine("bye")
        break loop
    }
}

// atelier: the process around the commands. Colour is decided here, once per stream; every error,
// warning and notice goes through the one printer; the exit status follows ExitStatus.
import AtelierCLI
import AtelierTerminal
import Foundation

// A write to a closed pipe then fails (and is reported, status 3) instead of killing the program.
StandardStream.ignoreBrokenPipes()
let environment = ProcessInfo.processInfo.environment
let printer = DiagnosticPrinter(
    to: StandardStream.error,
    colour: TerminalOutput.colorAllowed(isTerminal: isatty(STDERR_FILENO) != 0, environment: environment))
let context = CommandContext(
    environment: environment, output: StandardStream.output,
    outputColour: TerminalOutput.colorAllowed(isTerminal: isatty(STDOUT_FILENO) != 0, environment: environment),
    printer: printer, input: isatty(STDIN_FILENO) != 0 ? .terminal : .lines(PipedInput()))
context.handlesSignals = true
exit(Atelier.run(Array(CommandLine.arguments.dropFirst()), in: context).rawValue)

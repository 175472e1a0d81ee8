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
context.errorOutput = StandardStream.error
context.invocation = CommandContext.invocation(argument0: CommandLine.arguments.first ?? "atelier", environment: environment)
// A live session on a terminal wraps to its width, read at each print (a resize is followed); a
// pipe or a file is not wrapped: a transcript keeps each answer on one line, for a pager or grep.
if isatty(STDOUT_FILENO) != 0 { context.outputColumns = { TerminalSize.current()?.columns } }
exit(Atelier.run(Array(CommandLine.arguments.dropFirst()), in: context).rawValue)

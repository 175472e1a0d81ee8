import AtelierCore
import AtelierTerminal

/// What a command gets from the process it runs in, or from a test: the environment, standard
/// output, the one printer of diagnostics, and where a live session reads its answers.
public final class CommandContext {
    /// Where a live session's answers come from.
    public enum Input {
        /// A terminal: GNU readline, with line editing, history and Tab completion.
        case terminal
        /// Piped lines (a scripted interview): no prompt, no echo.
        case lines(PipedInput)
    }

    public let environment: [String: String]
    /// Standard output: what the command produces (a charter, a transcript, the live session).
    public let output: any TextStream
    /// True when standard output may be coloured (decided once, in `main`).
    public let outputColour: Bool
    /// The one printer of errors, warnings and notices.
    public let printer: DiagnosticPrinter
    /// Where `run` and `resume` read answers.
    public let input: Input
    /// `--lang`, when the command line gives it.
    var languageFlag: Language?
    /// True in the `atelier` process itself: a live session ends cleanly on SIGTERM or SIGHUP
    /// (`TerminationSignal`). Tests running commands in-process leave the signals alone.
    public var handlesSignals = false

    public init(environment: [String: String], output: any TextStream, outputColour: Bool,
                printer: DiagnosticPrinter, input: Input) {
        self.environment = environment
        self.output = output
        self.outputColour = outputColour
        self.printer = printer
        self.input = input
    }

    /// The language of the messages: `--lang`, else the script's or the session's, else the
    /// locale (see `Language.chosen`).
    func language(of document: Language? = nil) -> Language {
        let language = Language.chosen(flag: languageFlag, document: document ?? documentLanguage, environment: environment)
        if document != nil { documentLanguage = document }
        return language
    }

    /// The language of the script or session the command read, once it did: what is said after
    /// (standard output failing at the end) is said in it too.
    private var documentLanguage: Language?

    /// Writes text on standard output.
    func say(_ text: String) {
        output.write(text)
    }

    /// Prints one diagnostic now (a warning, a notice).
    func report(_ diagnostic: Diagnostic) {
        printer.report(diagnostic)
    }
}

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
    /// Where a piped session's refused lines are reported (standard error); nil: with the rest.
    public var errorOutput: (any TextStream)?
    /// The width a live session wraps its text at, asked at every print (a terminal's columns, so
    /// a resize is followed); nil for a pipe or a file, which are not wrapped.
    public var outputColumns: () -> Int? = { nil }
    /// How Atelier was started, as typed (`atelier`, `scripts/atelier`, `./.build/release/atelier`):
    /// the commands it prints (to resume a session) start with it, so they work as printed.
    public var invocation = "atelier"

    /// The program as it was started: `ATELIER_LAUNCHER` (which `scripts/atelier` sets to itself,
    /// as typed), else `argv[0]` when it is a path, else `atelier` (found on the PATH).
    public static func invocation(argument0: String, environment: [String: String]) -> String {
        if let launcher = environment["ATELIER_LAUNCHER"], !launcher.isEmpty { return ShellText.quoted(launcher) }
        return argument0.contains("/") ? ShellText.quoted(argument0) : "atelier"
    }

    /// A command line to print: the program as started, then `words` (quoted where the shell needs it).
    func command(_ words: [String]) -> String {
        ([invocation] + words.map { ShellText.quoted($0) }).joined(separator: " ")
    }

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

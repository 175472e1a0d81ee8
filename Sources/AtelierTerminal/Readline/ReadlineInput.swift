@preconcurrency import CReadline
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Lines typed on a terminal, through GNU readline: Emacs/vi editing per `~/.inputrc`
/// (`$if atelier`), history (this session's lines, and the command words shared by all sessions:
/// see `HistoryFile`), Tab completion, Ctrl-C clears the line, Ctrl-D on an
/// empty line ends the input. Use it only when stdin is a terminal (`isatty(STDIN_FILENO)`), and
/// only one at a time: readline's state is global.
public final class ReadlineInput: LineInput {
    /// Where the command words shared by sessions are kept; nil when they cannot be.
    public let commandsFile: String?
    private var hasRead = false
    private let previousInterruptHandler: sighandler_t?
    private static let maximumHistoryLines: Int32 = 1000

    /// Sets readline up for one session.
    /// - Parameters:
    ///   - sessionHistory: the lines this session already typed (resumed from its journal), oldest
    ///     first; kept in memory only.
    ///   - environment: where `XDG_STATE_HOME`, `HOME` and the locale variables are read.
    ///   - completionWordBreakCharacters: characters that separate completable words; empty by
    ///     default, so the whole line before the cursor is completed ("Céline F" → "Céline Fabre").
    public init(sessionHistory: [String], environment: [String: String],
                completionWordBreakCharacters: String = "") {
        ReadlineLocale.ensureUTF8(environment: environment)
        rl_readline_name = UnsafePointer(strdup("atelier"))  // kept on purpose: readline reads it
        rl_catch_signals = 1
        rl_catch_sigwinch = 1
        rl_change_environment = 0  // don't export LINES/COLUMNS into our environment
        rl_getc_function = readKey
        rl_attempted_completion_function = attemptCompletion
        rl_completer_word_break_characters = UnsafePointer(strdup(completionWordBreakCharacters))
        activeCompletionProvider = nil
        previousInterruptHandler = signal(SIGINT, interruptHandler)
        keyDescriptor = Self.openNonBlocking(STDIN_FILENO)

        using_history()
        clear_history()
        stifle_history(Self.maximumHistoryLines)
        commandsFile = HistoryFile.prepareCommands(environment: environment)
        if let commandsFile {
            history_truncate_file(commandsFile, Self.maximumHistoryLines)
            read_history(commandsFile)
        }
        for line in sessionHistory.suffix(Int(Self.maximumHistoryLines)) where !line.isEmpty { add_history(line) }
    }

    deinit {
        // Ctrl-C outside the session (during an export, say) stops the program again.
        signal(SIGINT, previousInterruptHandler ?? SIG_DFL)
        if keyDescriptor >= 0 { close(keyDescriptor) }
        keyDescriptor = -1
        activeCompletionProvider = nil
    }

    public var completionProvider: CompletionProvider? {
        get { activeCompletionProvider }
        set { activeCompletionProvider = newValue }
    }

    public func readLine(prompt: String) -> LineResult {
        interruptSignalled = 0
        interruptPending = false
        if hasRead { rl_reset_screen_size() }  // the window may have changed between questions
        hasRead = true
        // A coloured prompt (yellow past 80% of the timebox, red past 100%) keeps its true width.
        let raw = readline(prompt.contains("\u{01}") ? prompt : Self.markingInvisible(prompt))
        defer { free(raw) }
        guard let raw else {
            let interrupted = interruptPending
            interruptPending = false
            // Start the next output on a fresh line. readline does it itself when bracketed paste
            // was on (it ends that mode with "\r" and, at end of file, a newline).
            if !Self.bracketedPasteEnabled {
                fputs("\n", stdout)
                fflush(stdout)
            }
            return interrupted ? .interrupted : .endOfInput
        }
        let line = String(cString: raw)
        remember(line)
        return .line(line)
    }

    /// The terminal behind `descriptor`, opened anew without blocking (see `keyDescriptor`).
    private static func openNonBlocking(_ descriptor: Int32) -> Int32 {
        guard let name = ttyname(descriptor) else { return -1 }
        return open(name, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    }

    private static var bracketedPasteEnabled: Bool {
        guard let value = rl_variable_value("enable-bracketed-paste") else { return false }
        return String(cString: value) == "on"
    }

    /// Adds a non-empty line to the history (not twice in a row); a command's word also goes to
    /// the shared file. A history file that cannot be written is ignored.
    private func remember(_ line: String) {
        guard !line.isEmpty, line != lastHistoryLine else { return }
        add_history(line)
        if let commandsFile, let word = HistoryFile.sharedPart(of: line) { HistoryFile.append(word, to: commandsFile) }
    }

    private var lastHistoryLine: String? {
        guard history_length > 0, let entry = history_get(history_base + history_length - 1),
              let text = entry.pointee.line else { return nil }
        return String(cString: text)
    }

    /// Wraps the escape sequences of a coloured prompt in readline's invisible markers
    /// (\u{01}…\u{02}), so readline measures the visible length right and the line does not
    /// wrap early or redraw in the wrong place.
    public static func markingInvisible(_ prompt: String) -> String {
        var result = String.UnicodeScalarView()
        var inEscape = false
        for scalar in prompt.unicodeScalars {
            if scalar == "\u{1B}" && !inEscape {
                inEscape = true
                result.append("\u{01}")
            }
            result.append(scalar)
            if inEscape && scalar != "\u{1B}" && scalar != "[" && (0x40...0x7E).contains(scalar.value) {
                inEscape = false
                result.append("\u{02}")
            }
        }
        if inEscape { result.append("\u{02}") }
        return String(result)
    }
}

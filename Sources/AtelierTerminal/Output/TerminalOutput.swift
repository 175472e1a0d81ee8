#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Standard output, with what the session needs to know about it: is it a terminal, may it
/// use colour. Writes go through C stdio, like readline's, so they interleave in order.
public struct TerminalOutput: Sendable {
    /// Standard output is a terminal.
    public let isTerminal: Bool
    /// Colours and bold are allowed: a terminal, `NO_COLOR` unset or empty, `TERM` not `dumb`.
    public let colorEnabled: Bool

    /// Looks at the real standard output and the given environment.
    public init(environment: [String: String]) {
        self.init(isTerminal: isatty(STDOUT_FILENO) != 0, environment: environment)
    }

    /// For tests: decides as if standard output were (or were not) a terminal.
    public init(isTerminal: Bool, environment: [String: String]) {
        self.isTerminal = isTerminal
        self.colorEnabled = Self.colorAllowed(isTerminal: isTerminal, environment: environment)
    }

    /// Colour only on a terminal, never with NO_COLOR set (https://no-color.org), never on a dumb one.
    public static func colorAllowed(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// Styles that fall back to plain text when colour is off.
    public var style: Style { Style(enabled: colorEnabled) }

    /// Writes `text` as is and flushes. Client and script text must go through `SafeText` first.
    public func write(_ text: String) {
        fputs(text, stdout)
        fflush(stdout)
    }

    /// Writes `text` and a newline.
    public func writeLine(_ text: String = "") {
        write(text + "\n")
    }
}

/// Terminal styles (SGR). Each returns the text unchanged when disabled.
public struct Style: Sendable, Hashable {
    /// Whether escapes are produced at all.
    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

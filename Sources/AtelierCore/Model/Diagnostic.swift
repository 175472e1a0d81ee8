/// One problem or piece of news about a file Atelier read (a workshop script, a journal, a
/// template) or wrote, as a value: a severity, a located sentence.
///
/// Diagnostics are collected first and printed by one printer (in `atelier`'s `main`), which
/// shows `path:line:column: error: message`, the source line and a caret.
public struct Diagnostic: Sendable, Hashable, Codable, Comparable {
    public enum Severity: String, Sendable, Codable, Comparable {
        /// Something is wrong: the command cannot do what was asked (exit status 1 or more).
        case error
        /// Something looks wrong, and the command went on.
        case warning
        /// Something the consultant should know (a line dropped on replay, the disk accepting again).
        case notice

        var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .notice: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }
    }

    public var severity: Severity
    /// Where the problem is; nil when it is about no file at all.
    package var location: SourceLocation?
    /// One sentence the consultant understands, already in the language chosen for the command.
    public var message: String

    init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    public static func notice(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.notice, message, at: location)
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return true
        case (_?, nil): return false
        default: return (lhs.severity, lhs.message) < (rhs.severity, rhs.message)
        }
    }
}

extension Array where Element == Diagnostic {
    /// True when at least one diagnostic is an error.
    var hasErrors: Bool { contains { $0.severity == .error } }
}

/// One problem found in a workshop script (or a journal, or a template), as a value.
///
/// Diagnostics are collected first and printed by one printer (`DiagnosticPrinter`), which shows
/// `path:line:column: error: message`, the source line and a caret.
public struct Diagnostic: Sendable, Hashable, Codable, Comparable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning, note
        var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }
    }

    public var severity: Severity
    /// Where the problem is; nil for whole-file problems (unreadable file, empty document).
    public var location: SourceLocation?
    /// One sentence a workshop author understands.
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
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
    /// True when at least one diagnostic is an error (lint exits 1).
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

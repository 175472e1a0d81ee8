import AtelierCore

/// What stops a command: the located problems to print, and the exit status they mean.
///
/// Commands throw it; `Atelier.run(_:in:)` hands the diagnostics to the one printer and ends with
/// the status. Nothing else prints an error.
public struct CommandFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public var status: ExitStatus

    public init(_ status: ExitStatus, _ diagnostics: [Diagnostic]) {
        self.status = status
        self.diagnostics = diagnostics
    }

    /// One error, about `file` (and a line, when there is one), or about nothing in particular.
    public init(_ status: ExitStatus, _ message: String, at location: SourceLocation? = nil) {
        self.init(status, [.error(message, at: location)])
    }

    /// One error about a whole file.
    public init(_ status: ExitStatus, _ message: String, file: String) {
        self.init(status, message, at: SourceLocation(file: file))
    }
}

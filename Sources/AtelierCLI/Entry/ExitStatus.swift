/// How `atelier` ends: the one table of exit statuses. The README and the man page list the same
/// statuses; the end-to-end tests run the binary into each of them.
public struct ExitStatus: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// The command did what was asked (warnings may have been printed).
    public static let ok = ExitStatus(rawValue: 0)
    /// Problems were found in what Atelier read or was asked to do: piped answers with refused lines
    /// or that end before the workshop does (`run`, `resume`: saved all the same), a script with errors (`lint`,
    /// `run`), a damaged or mismatched session, a template that does not parse, events of a session
    /// that land nowhere in its script (`export` writes nothing without `--force`), a board that
    /// refused its address.
    public static let problemsFound = ExitStatus(rawValue: 1)
    /// The command line is wrong: an unknown command or option, a missing argument, a value that
    /// does not fit (argument-parser's usage errors end here too), a missing `--from`.
    public static let usage = ExitStatus(rawValue: 2)
    /// A file or standard output could not be read or written: missing, not allowed, a folder or a
    /// device, already there, the disk full or read-only, a session open in another Atelier,
    /// standard output closed or full (`> /dev/full`, a closed pipe).
    public static let fileAccess = ExitStatus(rawValue: 3)

    /// A live session stopped by signal `number` (SIGTERM, SIGHUP…): 128 + its number, as a shell
    /// reports a program killed by it. Everything typed is saved.
    public static func signal(_ number: Int32) -> ExitStatus {
        ExitStatus(rawValue: 128 + number)
    }

    /// The statuses of the table, in order (the signal statuses are 128 + N).
    public static let table: [ExitStatus] = [.ok, .problemsFound, .usage, .fileAccess]

    public var description: String { String(rawValue) }
}

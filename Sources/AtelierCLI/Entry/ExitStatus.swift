/// How `atelier` ends. The README's table lists the same statuses; the end-to-end tests run the
/// binary into each of them.
public enum ExitStatus: Int32, CaseIterable, Sendable {
    /// The command did what was asked (warnings may have been printed).
    case ok = 0
    /// Problems were found in what Atelier read: a script with errors (`lint`, `run`), a damaged
    /// or mismatched session, a template that does not parse.
    case problemsFound = 1
    /// The command line is wrong: an unknown command or option, a missing argument, a value that
    /// does not fit (argument-parser's usage errors end here too), a missing `--from`.
    case usage = 2
    /// A file could not be read or written: missing, not allowed, a folder, already there, the
    /// disk full or read-only, a session open in another Atelier.
    case fileAccess = 3
}

import ArgumentParser

/// The exit statuses Atelier documents (README, "Exit statuses"), beside ArgumentParser's own
/// (0 success, 1 failure, 64 a command line it cannot read).
enum ExitStatus {
    /// Something was refused or failed; one sentence on standard error says what.
    static let failure = ExitCode.failure
    /// `export` found events that land nowhere in the script (each named with its journal line);
    /// nothing was written (`--force` writes anyway).
    static let eventsLandNowhere = ExitCode(65)
    /// Standard output or standard error refused a write (`> /dev/full`, a closed pipe).
    static let outputFailed = ExitCode(74)
    /// A live session ended by a signal (SIGTERM, SIGHUP): 128 + the signal's number.
    static func signal(_ number: Int32) -> ExitCode { ExitCode(128 + number) }
}

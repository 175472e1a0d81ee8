import ArgumentParser
import AtelierTerminal
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The `atelier` command: a table of contents of its subcommands. Each names itself
/// (`commandName`): otherwise the parser spells out every subcommand's type name at each start,
/// which costs a millisecond of type lookups in the shipped (static) binary.
public struct Atelier: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "atelier",
        abstract: "Run a co-construction scoping workshop and produce the mission charter.",
        version: AtelierVersion.current,
        subcommands: [Run.self, Resume.self, BoardCommand.self, Replay.self, Export.self, Sessions.self, Diff.self, Demo.self, Lint.self, Templates.self]
    )

    public init() {}

    /// Runs the command line. A write to a closed pipe then fails (and is reported) instead of
    /// killing the program.
    public static func main() {
        StandardStream.ignoreBrokenPipes()
        // ArgumentParser prints help, versions and usage errors through C stdio: what it could not
        // write shows when the buffer is flushed at exit, and is reported there.
        atexit(reportUnflushedOutput)
        main(arguments(Array(CommandLine.arguments.dropFirst())))
    }

    /// The command line as ArgumentParser should read it (`--board` alone gets its default address).
    public static func arguments(_ commandLine: [String]) -> [String] {
        BoardLauncher.expandingBareBoard(commandLine)
    }
}

/// At exit: standard output's stdio buffer could not be written (`--help > /dev/full`).
private let reportUnflushedOutput: @convention(c) () -> Void = {
    guard fflush(stdout) != 0 || ferror(stdout) != 0 else { return }
    let code = errno
    _ = StandardStream.write(("atelier: " + CLIText.outputFailed(code, Console.language) + "\n").utf8, to: STDERR_FILENO)
    _exit(ExitStatus.outputFailed.rawValue)
}

/// The version printed by `atelier --version` and written in every session journal.
public enum AtelierVersion {
    public static let current = "0.1.0"
}

import ArgumentParser

/// The `atelier` command: a table of contents of its subcommands.
public struct Atelier: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "atelier",
        abstract: "Run a co-construction scoping workshop and produce the mission charter.",
        version: AtelierVersion.current,
        subcommands: [Run.self, Resume.self, BoardCommand.self, Replay.self, Export.self, Demo.self, Lint.self, Templates.self]
    )

    public init() {}

    /// The command line as ArgumentParser should read it (`--board` alone gets its default address).
    public static func arguments(_ commandLine: [String]) -> [String] {
        BoardLauncher.expandingBareBoard(commandLine)
    }
}

/// The version printed by `atelier --version` and written in every session journal.
public enum AtelierVersion {
    public static let current = "0.1.0"
}

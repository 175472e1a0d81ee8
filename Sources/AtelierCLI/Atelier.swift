import ArgumentParser
import AtelierTerminal

/// The `atelier` command: a table of contents of its subcommands.
public struct Atelier: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "atelier",
        abstract: "Run a co-construction scoping workshop and produce the mission charter.",
        version: AtelierVersion.current,
        subcommands: [Run.self, Resume.self, Replay.self, Export.self, Demo.self, Lint.self, Templates.self]
    )

    public init() {}

    /// Runs the command line. A write to a closed pipe then fails (and is reported) instead of
    /// killing the program.
    public static func main() {
        StandardStream.ignoreBrokenPipes()
        main(nil)
    }
}

/// The version printed by `atelier --version` and written in every session journal.
public enum AtelierVersion {
    public static let current = "0.1.0"
}

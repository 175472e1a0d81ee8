import ArgumentParser

/// The `atelier` command: a table of contents of its subcommands. Each names itself
/// (`commandName`): otherwise the parser spells out every subcommand's type name at each start,
/// which costs a millisecond of type lookups in the shipped (static) binary.
public struct Atelier: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "atelier",
        abstract: "Run a co-construction scoping workshop and produce the mission charter.",
        version: AtelierVersion.current,
        subcommands: [Run.self, Resume.self, Replay.self, Export.self, Demo.self, Lint.self, Templates.self]
    )

    public init() {}
}

/// The version printed by `atelier --version` and written in every session journal.
public enum AtelierVersion {
    public static let current = "0.1.0"
}

import ArgumentParser

/// The `atelier` command: a table of contents of its subcommands. Each names itself
/// (`commandName`): otherwise the parser spells out every subcommand's type name at each start,
/// which costs a millisecond of type lookups in the shipped (static) binary.
public struct Atelier: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "atelier",
        abstract: "Run a co-construction scoping workshop and produce the mission charter.",
        discussion: """
        Errors, warnings and notices go to standard error as FILE:LINE:COLUMN: error: MESSAGE, with the line and a \
        caret; colour only on a terminal, never with NO_COLOR set and not empty.

        Language of the messages: --lang when given; otherwise the script's or the session's; otherwise the first of \
        LC_ALL, LC_MESSAGES, LANG that is set: French when it starts with fr, English otherwise.

        Exit status: 0 done; 1 problems found in a script, a session or a template (and export refusing events that \
        land nowhere, unless --force); 2 a wrong command line (unknown option, missing argument, value that does not \
        fit, e-mail without a sender or to the client with the facilitator's copy); 3 a file or standard output that \
        cannot be read or written (missing, not allowed, a folder or a device, already there, disk full, session \
        open elsewhere, > /dev/full, a closed pipe); 128+N a live session stopped by signal N (SIGTERM 143, SIGHUP \
        129), everything typed saved.

        Environment: ATELIER_TODAY (YYYY-MM-DD) fixes the session's date and ATELIER_CLOCK_STEP (seconds) makes the \
        clock move that much per line typed, for rehearsals and tests; ATELIER_FROM is the sender of the follow-up \
        e-mail; ATELIER_SESSIONS (else XDG_DATA_HOME/atelier/sessions, else \
        ~/.local/share/atelier/sessions) is the session library; XDG_STATE_HOME (else ~/.local/state) holds the readline \
        history and the rescue copies; \
        XDG_CACHE_HOME (else ~/.cache) the checked scripts.
        """,
        version: AtelierVersion.current,
        subcommands: [Run.self, Resume.self, BoardCommand.self, Replay.self, Export.self, Sessions.self, Diff.self, Preread.self, Demo.self, Lint.self, Templates.self]
    )

    public init() {}
}

/// The version printed by `atelier --version` and written in every session journal.
public enum AtelierVersion {
    public static let current = "0.1.0"
}

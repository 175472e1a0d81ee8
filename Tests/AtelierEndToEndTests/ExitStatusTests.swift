import Foundation
import Testing

/// The README's exit-status table is what the binary does: every status it lists is reached by a
/// real run, and every status a run reaches is listed.
@Suite struct ExitStatusTests {
    /// The statuses of the README's table (`| \`N\` | meaning |`).
    static func documentedStatuses() throws -> Set<Int32> {
        let readme = try String(contentsOf: repositoryRoot().appendingPathComponent("README.md"), encoding: .utf8)
        var statuses: Set<Int32> = []
        for line in readme.split(separator: "\n") {
            if let match = line.wholeMatch(of: /\| `(\d+)` \|.*\|/), let status = Int32(match.1) { statuses.insert(status) }
        }
        return statuses
    }

    /// For each status, runs of the binary that must end with it.
    static let runs: [Int32: [[String]]] = [
        0: [["lint", flagshipScript], ["--version"], ["--help"], ["replay", repositoryRoot().appendingPathComponent("workshops/examples/cadrage-acme.jsonl").path]],
        1: [["lint", repositoryRoot().appendingPathComponent("Tests/AtelierCLITests/Fixtures/lint/bad-regex.yaml").path],
            ["run", repositoryRoot().appendingPathComponent("workshops/examples/cadrage-acme.jsonl").path]],
        2: [["run"], ["lint", "--nope", "x.yaml"], ["frobnicate"], ["lint", "x.yaml", "--lang", "de"],
            ["export", repositoryRoot().appendingPathComponent("workshops/examples/cadrage-acme.jsonl").path, "--format", "eml", "-o", "-"]],
        3: [["lint", "/nulle/part.yaml"], ["replay", "/nulle/part.jsonl"], ["templates", flagshipScript]],
    ]

    @Test func theReadmeListsExactlyTheStatusesTheBinaryUses() throws {
        #expect(try Self.documentedStatuses() == Set(Self.runs.keys))
        // And the statuses of a live session stopped by a signal (reached by TerminationSignalTests).
        let readme = try String(contentsOf: repositoryRoot().appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("| `128+N` | a live session stopped by signal N: `143` for SIGTERM, `129` for SIGHUP"))
        let manual = try String(contentsOf: repositoryRoot().appendingPathComponent("docs/man/atelier.1"), encoding: .utf8)
        #expect(manual.contains("128+N a live session stopped by signal N"), "the man page has the same table")
    }

    @Test(arguments: [Int32(0), 1, 2, 3])
    func eachStatusIsReachedByARealRun(status: Int32) throws {
        let workspace = try Workspace("atelier-status")
        for arguments in Self.runs[status] ?? [] {
            let run = try workspace.atelier(arguments)
            #expect(run.exitStatus == status, "atelier \(arguments.joined(separator: " ")): \(run.standardError)")
            if status != 0 { #expect(run.standardError.contains("error: "), "one located sentence on standard error") }
        }
    }

    @Test func aStandardOutputThatRefusesWritesIsAFileAccessProblem() throws {
        let example = repositoryRoot().appendingPathComponent("workshops/examples/cadrage-acme.jsonl").path
        let run = try PipedRun.run(URL(fileURLWithPath: "/bin/sh"),
                                   arguments: ["-c", "\"$0\" export \"$1\" --format json -o - > /dev/full", atelierExecutableURL().path, example],
                                   input: "", environment: ["PATH": "/usr/bin:/bin", "LANG": "fr_FR.UTF-8"])
        #expect(run.exitStatus == 3)
        #expect(run.standardError == "atelier: error: la sortie standard refuse l'écriture : le disque est plein\n")
    }

    @Test func usageErrorsPrintTheUsageAfterTheSentence() throws {
        let run = try Workspace("atelier-status").atelier(["run"])
        #expect(run.standardError.hasPrefix("atelier: error: Missing expected argument '<script>'\n"))
        #expect(run.standardError.contains("Usage: atelier run <script>"))
    }

    @Test func colourFollowsNoColorOnATerminal() throws {
        let broken = repositoryRoot().appendingPathComponent("Tests/AtelierCLITests/Fixtures/lint/bad-regex.yaml").path
        for (noColor, coloured) in [(nil, true), ("", true), ("1", false)] as [(String?, Bool)] {
            var environment = ["TERM": "xterm", "ATELIER_CLOCK_STEP": "5"]
            if let noColor { environment["NO_COLOR"] = noColor }
            let terminal = try TerminalSession(atelierExecutableURL(), arguments: ["lint", broken], environment: environment)
            try terminal.expect("1 erreur dans 1 fichier")
            #expect(terminal.transcript.contains("\u{1B}[31m") == coloured, "NO_COLOR=\(noColor ?? "unset")")
        }
        let piped = try Workspace("atelier-status").atelier(["lint", broken], environment: ["TERM": "xterm"])
        #expect(!piped.standardError.contains("\u{1B}["), "never in a pipe")
    }
}

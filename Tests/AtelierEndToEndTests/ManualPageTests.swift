import Foundation
import Testing

/// docs/man/atelier.1 is what swift-argument-parser's generate-manual makes of the commands as they
/// are: a new option, a changed help text or a new command without `scripts/man` fails here.
@Suite struct ManualPageTests {
    static let committed = repositoryRoot().appendingPathComponent("docs/man/atelier.1")

    /// The committed page's date (`.Dd December 1, 2026`) as the generator takes it (`2026-12-01`).
    static func date(of page: String) throws -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        guard let line = page.split(separator: "\n").first(where: { $0.hasPrefix(".Dd ") }),
              let match = line.wholeMatch(of: /\.Dd (\w+) (\d+), (\d{4})/),
              let month = months.firstIndex(of: String(match.1)), let day = Int(match.2) else {
            throw TerminalSessionError(description: "docs/man/atelier.1 has no .Dd date line")
        }
        return "\(match.3)-\(month < 9 ? "0" : "")\(month + 1)-\(day < 10 ? "0" : "")\(day)"
    }

    @Test func theCommittedManPageIsWhatTheCommandsGenerate() throws {
        let page = try String(contentsOf: Self.committed, encoding: .utf8)
        let tool = builtExecutableURL(named: "generate-manual-tool")
        try #require(FileManager.default.isExecutableFile(atPath: tool.path),
                     "the man page generator is not built: scripts/test builds it (swift package plugin generate-manual --configuration debug)")
        let run = try PipedRun.run(tool, arguments: [atelierExecutableURL().path, "--date", try Self.date(of: page), "-o", "-"],
                                   input: "", environment: ["PATH": "/usr/bin:/bin"], timeout: .seconds(30))
        #expect(run.exitStatus == 0, "\(run.standardError)")
        // Written to a file the page has no final newline; printed, it has one.
        #expect(run.standardOutput.trimmingCharacters(in: .newlines) == page.trimmingCharacters(in: .newlines),
                "docs/man/atelier.1 is out of date: run scripts/man and commit it")
    }

    @Test func thePageDocumentsEveryCommandAndTheExitStatuses() throws {
        let page = try String(contentsOf: Self.committed, encoding: .utf8)
        for command in ["run", "resume", "replay", "export", "demo", "lint", "templates"] {
            #expect(page.contains(".It Em \(command)\n"), "\(command)")
        }
        #expect(page.contains("Exit status: 0 done; 1 problems found"))
        #expect(page.contains("NO_COLOR"))
    }
}

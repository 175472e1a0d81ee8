import AtelierCLI
import AtelierTestSupport
import Foundation
import Testing

/// The corpus of broken scripts in Fixtures/lint: `atelier lint NAME.yaml`, run in-process, must
/// print exactly `NAME.expected` and end with status 1 (0 for a script with only warnings).
/// `ATELIER_RECORD=1` re-records the `.expected` files (and fails the run, naming what changed).
struct LintCorpusTests {
    /// Scripts whose only problems are warnings.
    static let warningOnly: Set<String> = ["timeboxes-not-adding-up"]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("lint").path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// `atelier lint` on one fixture, its paths shown relative to Fixtures/.
    static func lint(_ name: String, environment: [String: String] = [:]) -> CommandRun {
        var run = atelier(["lint", folder.appendingPathComponent("lint/\(name).yaml").path], environment: environment)
        run.errors = run.errors.replacingOccurrences(of: folder.path + "/", with: "")
        return run
    }

    @Test func theCorpusHasOneScriptPerKindOfError() {
        #expect(Self.names.count >= 28)
    }

    @Test(arguments: LintCorpusTests.names)
    func brokenScriptPrintsItsExpectedDiagnostics(name: String) {
        let run = Self.lint(name)
        #expect(run.status == (Self.warningOnly.contains(name) ? .ok : .problemsFound))
        #expect(run.output.isEmpty)
        Recorded.check(run.errors, file: Self.folder.appendingPathComponent("lint/\(name).expected"))
    }
}

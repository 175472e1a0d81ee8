import Foundation
import Testing
@testable import AtelierCore

/// The corpus of broken scripts in Fixtures/lint: each `NAME.yaml` must print exactly `NAME.expected`.
/// Run with `ATELIER_RECORD=1` to re-record the `.expected` files (never edit them by hand).
struct LintCorpusTests {
    /// Scripts whose only problems are warnings.
    static let warningOnly: Set<String> = ["timeboxes-not-adding-up"]

    static var fixtures: URL {
        get throws {
            try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        }
    }

    /// The source folder, where recording writes.
    static let sourceFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var names: [String] {
        let folder = sourceFixtures.appendingPathComponent("lint")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Loads one fixture like `atelier lint` does and prints its diagnostics.
    static func lint(_ name: String, in fixtures: URL) throws -> (output: String, diagnostics: [Diagnostic]) {
        let file = "lint/\(name).yaml"
        let source = try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8)
        var sources = [file: source]
        var templates: [String: String] = [:]
        for (format, path) in WorkshopLoader.templateReferences(in: source) {
            let display = WorkshopLoader.templateDisplayPath(path, scriptFile: file)
            if let text = try? String(contentsOf: fixtures.appendingPathComponent(display), encoding: .utf8) {
                templates[format] = text
                sources[display] = text
            }
        }
        let result = WorkshopLoader.load(source: source, file: file, templateSources: templates)
        return (DiagnosticPrinter.text(result.diagnostics, sources: sources, color: false), result.diagnostics)
    }

    @Test func theCorpusHasOneScriptPerKindOfError() {
        #expect(Self.names.count >= 28)
    }

    @Test(arguments: LintCorpusTests.names)
    func brokenScriptPrintsItsExpectedDiagnostics(name: String) throws {
        let fixtures = try Self.fixtures
        let (output, diagnostics) = try Self.lint(name, in: fixtures)
        if Self.warningOnly.contains(name) {
            #expect(!diagnostics.hasErrors)
            #expect(diagnostics.contains { $0.severity == .warning })
        } else {
            #expect(diagnostics.hasErrors)
        }
        let expectedName = "lint/\(name).expected"
        if ProcessInfo.processInfo.environment["ATELIER_RECORD"] == "1" {
            try output.write(to: Self.sourceFixtures.appendingPathComponent(expectedName), atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: fixtures.appendingPathComponent(expectedName), encoding: .utf8)
        #expect(output == expected)
    }
}

import AtelierCLI
import AtelierCore
import AtelierExport
import AtelierFuzzing
import Foundation
import Testing

/// Broken Mustache templates, given to the Markdown export as the consultant's template file: each
/// renders, or fails with one sentence naming the file, line and column.
@Suite struct TemplateCorpusTests {
    static let generated: [String: @Sendable () -> [UInt8]] = [
        "generated-deep-sections.mustache": {
            Array((String(repeating: "{{#sections}}", count: 2_000) + "x" + String(repeating: "{{/sections}}", count: 2_000)).utf8)
        },
        "generated-deep-unclosed-sections.mustache": { Array(String(repeating: "{{#title}}", count: 5_000).utf8) },
        "generated-too-big.mustache": { Array(String(repeating: "Ligne de texte {{title}} sans rien d'autre.\n", count: 25_000).utf8) },
        "generated-huge.mustache": { Array(String(repeating: "Ligne de texte {{title}} sans rien d'autre.\n", count: 2_800).utf8) },
    ]

    static let names = Corpus.names("templates", generated: generated)

    static func outcome(_ bytes: [UInt8], name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-corpus-\(getpid())-\(name)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        let document = try #require(FuzzFixtures.document)
        let options = ExportOptions(templateFiles: ["charter.md.mustache": file.path])
        do {
            let output = try Exporter.render(document, as: .md, options: options)
            return "renders \(output.count) bytes\n"
        } catch {
            return DiagnosticText.render([error.diagnostic(.en)], sources: [:])
                .replacingOccurrences(of: folder.path + "/", with: "templates/")
        }
    }

    @Test(arguments: TemplateCorpusTests.names)
    func brokenTemplate(name: String) throws {
        let bytes = try Corpus.bytes("templates", name, generated: Self.generated)
        Corpus.check(try Self.outcome(bytes, name: name), kind: "templates", name: name)
    }
}

@testable import AtelierBoard
@testable import AtelierCLI
@testable import AtelierCore
@testable import AtelierExport
@testable import AtelierStore
@testable import AtelierTerminal
import Foundation
import Testing

/// Every module's message catalogue is complete: each key has a French and an English text, with
/// the same `{placeholders}`, and no catalogue is forgotten here.
struct CatalogueTests {
    /// Every catalogue of every module, by name.
    static let catalogues: [(name: String, inconsistencies: [String], count: Int)] = [
        ("CoreMessage", CoreMessage.inconsistencies, CoreMessage.allCases.count),
        ("StoreMessage", StoreMessage.inconsistencies, StoreMessage.allCases.count),
        ("TerminalMessage", TerminalMessage.inconsistencies, TerminalMessage.allCases.count),
        ("ExportMessage", ExportMessage.inconsistencies, ExportMessage.allCases.count),
        ("CLIMessage", CLIMessage.inconsistencies, CLIMessage.allCases.count),
        ("BoardMessage", BoardMessage.inconsistencies, BoardMessage.allCases.count),
    ]

    @Test(arguments: CatalogueTests.catalogues.map(\.name))
    func everyKeyHasEveryLanguageWithTheSamePlaceholders(name: String) throws {
        let catalogue = try #require(Self.catalogues.first { $0.name == name })
        #expect(catalogue.count > 0)
        #expect(catalogue.inconsistencies == [])
    }

    @Test func everyCatalogueInSourcesIsCheckedHere() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        var declared: Set<String> = []
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                if let match = line.wholeMatch(of: /\s*(?:public |package )?enum (\w+): String, MessageCatalogue \{/) {
                    declared.insert(String(match.1))
                }
            }
        }
        #expect(declared == Set(Self.catalogues.map(\.name)))
    }

    @Test func placeholdersAndLiteralBraces() {
        #expect(MessageTemplate.placeholders(in: "« {path} » a {count} lignes ; écrivez {{ et }}") == ["path", "count"])
        #expect(CLIMessage.lintSummary.text(.fr, ["problems": "2 erreurs", "files": "1 fichier"]) == "2 erreurs dans 1 fichier")
        #expect(CLIMessage.plural(0, one: .lintErrorsOne, other: .lintErrorsOther, .fr) == "0 erreur")
        #expect(CLIMessage.plural(0, one: .lintErrorsOne, other: .lintErrorsOther, .en) == "0 errors")
    }
}

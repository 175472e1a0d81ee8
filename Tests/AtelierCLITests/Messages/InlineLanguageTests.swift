import Foundation
import Testing

/// No sentence is written in two languages at its call site (`fr ? "…" : "…"`, `switch language
/// { case .fr: … }`): every text is in a module's catalogue tables, so a third language is one more
/// table per module. Only the catalogue tables and `Language` itself name a language.
struct InlineLanguageTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// Files allowed to name a language: the tables, `Language`, the catalogue protocol, and the
    /// typographic rules of each language.
    static func isCatalogue(_ path: String) -> Bool {
        path.hasSuffix("+French.swift") || path.hasSuffix("+English.swift")
            || path.hasSuffix("Model/Language.swift") || path.hasSuffix("Catalogue/MessageCatalogue.swift")
            || path.hasSuffix("Text/Typography.swift")
    }

    /// A language named in code: `.fr`, `.en`, a `fr ?` or `fr:` switch, a `french`/`english` value.
    nonisolated(unsafe) static let pattern = /(?:^|[^\w\-])\.(fr|en)(?![.\w\-])|\bfr\s*[?:]|\b(french|english)\b/

    @Test func noInlineLanguagePairOutsideTheCatalogues() throws {
        var found: [String] = []
        let files = FileManager.default.enumerator(atPath: Self.sources.path)?.compactMap { $0 as? String } ?? []
        #expect(files.count > 50)
        for file in files.sorted() where file.hasSuffix(".swift") && !Self.isCatalogue(file) {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
                if line.contains(Self.pattern) { found.append("Sources/\(file):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))") }
            }
        }
        #expect(found == [], "move these texts into their module's catalogue:\n\(found.joined(separator: "\n"))")
    }

    @Test func thePatternCatchesTheUsualForms() {
        for line in [#"let fr = language == .fr"#, #"return fr ? "oui" : "yes""#, #"case .en: return "x""#,
                     #"(canonical: "help", fr: ["aide"], en: ["help"])"#, #"static let french = Labels("#] {
            #expect(line.contains(Self.pattern), "\(line)")
        }
        for line in [#"workshops/cadrage-mission.fr.yaml"#, #"Language.allCases"#, #"case .endOfInput:"#, #".frequence"#] {
            #expect(!line.contains(Self.pattern), "\(line)")
        }
    }
}

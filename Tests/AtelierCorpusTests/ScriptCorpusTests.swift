import AtelierCLI
import AtelierCore
import Foundation
import Testing

/// Broken workshop scripts: each gives its exact diagnostics (with line and column), or loads.
@Suite struct ScriptCorpusTests {
    static let generated: [String: @Sendable () -> [UInt8]] = [
        "generated-deep-flow-nesting.yaml": { Array(("atelier: 1\nid: x\ncharter: " + String(repeating: "[", count: 10_000)).utf8) },
        "generated-deep-parentheses.yaml": {
            Array(MiniScript.text.replacingOccurrences(of: "when: empty(i.date)", with:
                "when: " + String(repeating: "(", count: 5_000) + "empty(i.date)" + String(repeating: ")", count: 5_000)).utf8)
        },
        "generated-deep-not.yaml": {
            Array(MiniScript.text.replacingOccurrences(of: "when: empty(i.date)", with:
                "when: " + String(repeating: "not ", count: 5_000) + "empty(i.date)").utf8)
        },
        "generated-deep-interpolation.yaml": {
            Array(MiniScript.text.replacingOccurrences(of: "\"Date de {i.nom} ?\"", with:
                "\"Date de {" + String(repeating: "lower(", count: 3_000) + "i.nom" + String(repeating: ")", count: 3_000) + "} ?\"").utf8)
        },
        "generated-huge-file.yaml": {
            var text = MiniScript.text.replacingOccurrences(of: "      - { id: objectif, label: Objectif, type: text }\n", with: "")
            let fields = (0..<5_000).map { "      - { id: f\($0), label: \"Champ \($0), assez long pour peser\", type: text }\n" }.joined()
            text = text.replacingOccurrences(of: "    fields:\n      - id: items", with: "    fields:\n      - { id: objectif, label: Objectif, type: text }\n" + fields + "      - id: items")
            return Array(text.utf8)
        },
        "generated-huge-line.yaml": {
            Array(MiniScript.text.replacingOccurrences(of: "\"Objectif ?\"", with: "\"" + String(repeating: "Objectif ", count: 120_000) + "?\"").utf8)
        },
        "generated-many-unknown-keys.yaml": {
            Array((MiniScript.text + (0..<2_000).map { "cle\($0): \($0)\n" }.joined()).utf8)
        },
    ]

    static let names = Corpus.names("scripts", generated: generated)

    static func outcome(_ bytes: [UInt8], file: String) -> String {
        let (workshop, diagnostics) = WorkshopLoader.load(bytes: bytes, file: file)
        let source = String(decoding: bytes, as: UTF8.self)
        var out = workshop == nil ? "refused\n" : "loads\n"
        out += DiagnosticText.render(diagnostics, sources: [file: source])
        // A huge line would make the recorded outcome huge: what matters is the location.
        return out.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.count > 300 ? $0.prefix(300) + "…" : $0 }.joined(separator: "\n")
    }

    @Test func theCorpusIsBigEnough() {
        #expect(Self.names.count >= 40)
    }

    @Test(arguments: ScriptCorpusTests.names)
    func brokenScript(name: String) throws {
        let bytes = try Corpus.bytes("scripts", name, generated: Self.generated)
        let clock = ContinuousClock()
        var outcome = ""
        let elapsed = clock.measure { outcome = Self.outcome(bytes, file: "scripts/\(name)") }
        Corpus.check(outcome, kind: "scripts", name: name)
        #expect(elapsed < .seconds(3), "\(name) took \(elapsed)")
    }
}

/// A small valid script the generated inputs start from (the same as Corpus/scripts' base).
enum MiniScript {
    static let text = """
    atelier: 1
    id: mini
    title: Mini
    language: fr
    duration: 10
    charter:
      - section: s
        title: S
        fields:
          - { id: objectif, label: Objectif, type: text }
          - id: items
            label: Items
            type: records
            fields:
              - { id: nom, label: Nom, type: text }
              - { id: date, label: Date, type: date }
    phases:
      - id: p
        title: P
        timebox: 10
        steps:
          - ask: objectif
            question: "Objectif ?"
    rules:
      - id: r
        each: i in items
        when: empty(i.date)
        ask: "Date de {i.nom} ?"
        answer: i.date

    """
}

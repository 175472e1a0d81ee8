@testable import AtelierCore
import Foundation
import Testing

/// What docs/ promises, held to the code: the keys a script may use, the schemas' identifiers.
struct DocumentationTests {
    static func doc(_ name: String) throws -> String {
        try String(contentsOfFile: repositoryFile("docs/" + name), encoding: .utf8)
    }

    /// The rows of "Which keys are required": place -> every key named on the row.
    static func documentedKeys() throws -> [String: Set<String>] {
        var rows: [String: Set<String>] = [:]
        for line in try doc("workshop-format.md").split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3 || cells.count == 2, cells.last?.hasPrefix("`") == true, cells[0] != "where" else { continue }
            let keys = cells.dropFirst().joined(separator: ", ").matches(of: /`(\w+)`/).map { String($0.1) }
            rows[cells[0]] = Set(keys)
        }
        return rows
    }

    @Test func theRequiredKeysTableListsEveryKeyTheReaderAccepts() throws {
        let rows = try Self.documentedKeys()
        let expected: [String: [String]] = [
            "top level": WorkshopLoader.topLevelKeys, "a charter section": ScriptReader.sectionKeys,
            "a field": ScriptReader.fieldKeys, "a phase": ScriptReader.phaseKeys, "a `say` step": ScriptReader.sayKeys,
            "an `ask` step": ScriptReader.askKeys, "a `check` step": ScriptReader.checkKeys, "a rule": ScriptReader.ruleKeys,
            "`document`": ScriptReader.documentKeys, "a `summary` item (or just the field's id)": ScriptReader.summaryItemKeys,
            "an `approval` line": ScriptReader.signatoryKeys, "`mission`": ScriptReader.missionKeys,
            "`preread` (or a list of `phase/step`)": ScriptReader.prereadKeys,
        ]
        for (place, keys) in expected {
            #expect(rows[place] == Set(keys), "\(place)")
        }
    }

    @Test func theSchemasHaveRealIdentifiersNamedAfterTheirFormatVersion() throws {
        for (name, id) in [("workshop.schema.json", "urn:atelier:workshop:1"), ("charter.schema.json", "urn:atelier:charter:1")] {
            let object = try JSONSerialization.jsonObject(with: Data(try Self.doc(name).utf8)) as? [String: Any]
            #expect(object?["$id"] as? String == id)
        }
    }
}

import Foundation
import AtelierCore
import Testing
@testable import AtelierExport

/// A date given at month precision and a choice kept in the client's words read the same in every
/// export: « fin mars 2027 », never a made-up day; the option with the client's words beside it.
/// JSON keeps the precision and the words explicit.
@Suite struct ClientWordsExportTests {
    static let month = MonthDate(year: 2027, month: 3, part: .end)!
    static let words = "On avance pas à marche forcée mais avec agilité…"

    /// The French fixture, its start date said « fin mars » and a working method in the client's words.
    static var document: CharterDocument {
        var doc = Fixtures.french
        for s in doc.sections.indices {
            for f in doc.sections[s].fields.indices where doc.sections[s].fields[f].model.id == "demarrage" {
                doc.sections[s].fields[f].value = .month(month)
            }
        }
        let method = FieldModel(id: "methode", label: "Méthode de travail", type: .choice(["cascade", "agile", "scrum"]))
        doc.sections[0].fields.append(CharterDocument.Field(model: method, value: .wordedChoice(WordedChoice(option: "agile", words: words))))
        return doc
    }

    @Test func everyFormatShowsTheMonthAndTheWords() throws {
        let doc = Self.document
        let md = try render(doc, .md)
        #expect(md.contains("fin mars 2027"))
        #expect(!md.contains("2027-03") && !md.contains("/03/2027"))
        #expect(md.contains("agile (« On avance pas à marche forcée mais avec agilité… »)")
                || md.contains("agile («\u{202F}On avance pas à marche forcée mais avec agilité…\u{202F}»)"), "\(md)")
        let html = try render(doc, .html)
        #expect(html.contains("fin mars 2027"))
        #expect(html.contains("On avance pas à marche forcée mais avec agilité…"))
        let docx = documentXML(doc)
        #expect(docx.contains("fin mars 2027"))
        #expect(docx.contains("On avance pas à marche forcée mais avec agilité…"))
        let json = try render(doc, .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let fields = (object["sections"] as? [[String: Any]] ?? []).flatMap { $0["fields"] as? [[String: Any]] ?? [] }
        let start = try #require(fields.first { $0["id"] as? String == "demarrage" })
        #expect(start["value"] as? [String: String] == ["month": "2027-03", "part": "end"])
        let method = try #require(fields.first { $0["id"] as? String == "methode" })
        #expect(method["value"] as? [String: String] == ["option": "agile", "words": Self.words])
    }

    @Test func otherKeepsTheWordsAlone() throws {
        var doc = Self.document
        let last = doc.sections[0].fields.count - 1
        doc.sections[0].fields[last].value = .wordedChoice(WordedChoice(option: nil, words: Self.words))
        let md = try render(doc, .md)
        #expect(md.contains("autre (« On avance") || md.contains("autre («\u{202F}On avance"), "\(md)")
        let json = try render(doc, .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let fields = (object["sections"] as? [[String: Any]] ?? []).flatMap { $0["fields"] as? [[String: Any]] ?? [] }
        let method = try #require(fields.first { $0["id"] as? String == "methode" }?["value"] as? [String: Any])
        #expect(method["option"] is NSNull)
        #expect(method["words"] as? String == Self.words)
    }
}

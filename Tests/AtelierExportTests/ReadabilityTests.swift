import AtelierCore
import Foundation
import Testing
@testable import AtelierExport

/// How the charter reads: counts with the right plural, the client's line breaks kept, short values
/// as "label : value" lines, decisions shown where the data they replace would be.
@Suite struct ReadabilityTests {
    typealias Doc = CharterDocument

    static func withReadiness(_ doc: Doc, open: Int, closed: Int) -> Doc {
        var doc = doc
        doc.readiness = Doc.Readiness(overall: 0.5, blockingOpen: open, blockingClosed: closed)
        return doc
    }

    // MARK: Plurals

    static let facilitator = ExportOptions(facilitator: true)

    @Test func countsTakeTheFrenchPlural() throws {
        let one = Self.withReadiness(Fixtures.french, open: 1, closed: 23)
        for text in [try render(one, .md, Self.facilitator), try render(one, .html, Self.facilitator),
                     documentXML(one, facilitator: true)] {
            #expect(text.contains("23 points bloquants traités, 1 point bloquant ouvert"))
            #expect(!text.contains("1 points"))
        }
        let zero = Self.withReadiness(Fixtures.french, open: 0, closed: 1)
        #expect(try render(zero, .md, Self.facilitator).contains("(1 point bloquant traité, 0 point bloquant ouvert)"))
    }

    @Test func countsTakeTheEnglishPlural() throws {
        let one = Self.withReadiness(Fixtures.english, open: 1, closed: 0)
        for text in [try render(one, .md, Self.facilitator), try render(one, .html, Self.facilitator),
                     documentXML(one, facilitator: true)] {
            #expect(text.contains("(0 blocking points closed, 1 blocking point open)"))
        }
    }

    // MARK: Line breaks

    static let multiline: Doc = {
        var doc = Fixtures.french
        doc.sections[0].fields[0].value = .text("Première ligne.\n# pas un titre\n\n- pas une liste\nDernière <ligne>.")
        return doc
    }()

    @Test func markdownKeepsTheClientsLinesAsParagraphsAndEscapesEachLine() throws {
        let md = try render(Self.multiline, .md)
        #expect(md.contains("Première ligne.\n\n\\# pas un titre\n\n\\- pas une liste\n\nDernière \\<ligne\\>.\n"))
        #expect(!md.contains("\n# pas un titre"))
        #expect(!md.contains("\n- pas une liste"))
    }

    @Test func htmlAndWordKeepTheClientsLines() throws {
        let html = try render(Self.multiline, .html)
        #expect(html.contains("<p>Première ligne.<br>\n# pas un titre<br>\n<br>\n- pas une liste<br>\nDernière &lt;ligne&gt;.</p>"))
        let xml = documentXML(Self.multiline)
        #expect(xml.contains("<w:t xml:space=\"preserve\">Première ligne.</w:t></w:r></w:p>\n<w:p><w:r><w:t xml:space=\"preserve\"># pas un titre</w:t>"))
        #expect(xml.contains("Dernière &lt;ligne&gt;."))
    }

    @Test func theEmailTextKeepsLineBreaksInsideAListItem() throws {
        var doc = Fixtures.french
        doc.openQuestions[1].question = "Qui pilote l'outil ATS ?\nEt qui forme les recruteurs ?"
        let text = try emailText(doc, summary: ["risques"])
        #expect(text.contains("- Risques et points à sécuriser\u{202F}: Qui pilote l'outil ATS ?\n  Et qui forme les recruteurs ? — Qui répondra"))
    }

    // MARK: Definition lines

    @Test func scalarFieldsAreLinesNotHeadings() throws {
        let md = try render(Fixtures.french, .md)
        #expect(md.contains("## Périmètre\n\n- **Hors périmètre**\u{202F}: _Non renseigné_\n- **Budget (k€)**\u{202F}: 85,5\n"
            + "- **Démarrage**\u{202F}: 1er avril 2027\n- **Comité de pilotage mensuel**\u{202F}: Oui\n\n## "))
        #expect(!md.contains("### Budget"))
        #expect(md.contains("### Contexte\n\n"), "a long text keeps its heading")
        #expect(try render(Fixtures.english, .md).contains("- **Budget (k$)**: 120.5\n"))
        let html = try render(Fixtures.french, .html)
        #expect(html.contains("<dl class=\"facts\">\n<dt>Hors périmètre</dt><dd><span class=\"empty\">Non renseigné</span></dd>\n"
            + "<dt>Budget (k€)</dt><dd>85,5</dd>\n"))
        #expect(!html.contains("<h3>Budget"))
        #expect(documentXML(Fixtures.french).contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Budget (k€)</w:t></w:r>"
            + "<w:r><w:t xml:space=\"preserve\">\u{202F}: 85,5</w:t></w:r>"))
    }

    @Test func linesComeBeforeTheHeadingsOfTheirSection() throws {
        var doc = Fixtures.french
        doc.sections[2].fields.insert(Fixtures.field("notes", "Notes de cadrage", .longText, .text("Une note.")), at: 1)
        let md = try render(doc, .md)
        let lines = try #require(md.range(of: "- **Comité de pilotage mensuel**"))
        let heading = try #require(md.range(of: "### Notes de cadrage"))
        #expect(lines.lowerBound < heading.lowerBound)
    }

    @Test func aFirstFieldLabelledLikeItsSectionHasNoHeadingOfItsOwn() throws {
        let md = try render(Fixtures.french, .md)
        #expect(md.contains("## Objectifs\n\n| Objectif | Échéance |"))
        #expect(!md.contains("## Objectifs\n\n### Objectifs"))
        #expect(md.contains("\n### Indicateurs de réussite\n"), "the subtable moves up one level")
        #expect(md.contains("### Nous serons fiers si…"))
    }

    @Test func aOneColumnTableIsAList() throws {
        #expect(try render(Fixtures.english, .md).contains("## Objectives\n\n1. Cut time-to-hire\n\n### Success indicators\n"))
        #expect(try render(Fixtures.english, .html).contains("<h2>Objectives</h2>\n<ol>\n<li>Cut time-to-hire</li>\n</ol>"))
        let xml = documentXML(Fixtures.english)
        #expect(xml.contains("<w:pStyle w:val=\"ListNumber\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">Cut time-to-hire</w:t>"))
    }

    @Test func aSectionWithoutFieldsIsLeftOut() throws {
        var doc = Fixtures.french
        doc.sections.append(Doc.Section(id: "vide", title: "Section vide", facilitatorOnly: false, locked: false,
                                        fields: [], readiness: 1))
        #expect(!(try render(doc, .md)).contains("Section vide"))
    }

    // MARK: Decisions in place

    @Test func aDecisionOnNestedRecordsAddsARowUnderItsParent() throws {
        var doc = Fixtures.french
        if case .records(var objectives)? = doc.sections[1].fields[0].value {
            objectives[1].fields["indicateurs"] = nil
            doc.sections[1].fields[0].value = .records(objectives)
        }
        doc.decisions[0].text = "pas d'indicateur | pour *celui-ci*"
        let md = try render(doc, .md)
        #expect(md.contains("| Fiabiliser l'accueil des nouveaux arrivants | _Décision\u{202F}: pas d'indicateur \\| pour \\*celui-ci\\*_ | | | | |\n"))
        let html = try render(doc, .html)
        #expect(html.contains("<tr><td>Fiabiliser l&#39;accueil des nouveaux arrivants</td><td colspan=\"5\" class=\"decision\" data-label=\"Indicateur\">Décision\u{202F}: pas d&#39;indicateur | pour *celui-ci*</td></tr>"))
        let xml = documentXML(doc)
        #expect(xml.contains("<w:gridSpan w:val=\"5\"/></w:tcPr><w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">Décision\u{202F}: pas d&apos;indicateur"))
        let text = try emailText(doc, summary: ["objectifs"])
        #expect(text.contains("- Fiabiliser l'accueil des nouveaux arrivants\n    · Décision\u{202F}: pas d'indicateur | pour *celui-ci*\n"))
        // Written once: in place, not again under "Décisions".
        #expect(!md.contains("## Décisions"))
        #expect(md.components(separatedBy: "celui-ci").count == 3, "in the summary and in place")
    }

    @Test func aDecisionOnAnEmptyFieldOrCellStandsInPlaceOfTheValue() throws {
        var doc = Fixtures.french
        doc.decisions = [
            Doc.Decision(question: "Hors périmètre ?", text: "rien n'est exclu", section: "perimetre",
                         path: "hors_perimetre", time: 10),
            Doc.Decision(question: "Qui suit l'indicateur ?", text: "la DRH, plus tard", section: "objectifs",
                         path: "objectifs[r1].indicateurs[r3].responsable", time: 20),
            Doc.Decision(question: "Sans effet", text: "chemin inconnu", section: "objectifs",
                         path: "objectifs[r9].indicateurs", time: 30),
        ]
        let md = try render(doc, .md)
        #expect(md.contains("- **Hors périmètre**\u{202F}: _Décision\u{202F}: rien n'est exclu_\n"))
        #expect(md.contains("| Postes ouverts depuis plus de 90 jours | 7 | 0 | mensuelle | Décision\u{202F}: la DRH, plus tard |"))
        #expect(md.components(separatedBy: "chemin inconnu").count == 2, "only in the decisions section")
        let html = try render(doc, .html)
        #expect(html.contains("<dt>Hors périmètre</dt><dd><span class=\"decision\">Décision\u{202F}: rien n&#39;est exclu</span></dd>"))
    }

    @Test func aDecisionOnAFilledListIsShownAfterIt() throws {
        var doc = Fixtures.french
        doc.decisions = [Doc.Decision(question: "Enjeux ?", text: "deux suffisent", section: "contexte",
                                      path: "enjeux", time: 10)]
        let md = try render(doc, .md)
        #expect(md.contains("- Limiter le recours à l'intérim\n\n_Décision\u{202F}: deux suffisent_\n"))
        #expect(try render(doc, .html).contains("</ul>\n<p class=\"decision\">Décision\u{202F}: deux suffisent</p>"))
    }

    // MARK: Recipients

    @Test func theSenderIsNotARecipient() throws {
        var options = emailOptions
        options.from = "Claire <CLAIRE.Martin@Example.fr>"
        let eml = try render(Fixtures.french, .eml, options)
        #expect(eml.contains("To: \"Julien Robert\" <julien.robert@example.fr>\r\n"))
    }

    @Test func anEmailToNobodyButItsSenderIsRefused() throws {
        var doc = Fixtures.french
        doc.people = [Doc.Person(name: "Claire Martin", email: "claire.martin@example.fr", role: nil)]
        var options = emailOptions
        options.from = "claire.martin@example.fr"
        #expect(throws: ExportError.noRecipient) { try Exporter.render(doc, as: .eml, options: options) }
        #expect(ExportError.noRecipient.message(in: .fr).contains("--to"))
        #expect(ExportError.noRecipient.message(in: .en).contains("--to"))
        // Named explicitly, the sender may receive a copy.
        options.recipients = ["claire.martin@example.fr"]
        #expect(try render(doc, .eml, options).contains("To: claire.martin@example.fr\r\n"))
    }

    /// The decoded text/plain part of the e-mail, summarising `summary`.
    func emailText(_ doc: Doc, summary: [String]) throws -> String {
        var options = emailOptions
        options.summaryFields = summary
        let view = CharterView(doc, options: options)
        return try TemplateRenderer.render(.emailText, view, escaper: PlainEscaper(), options: options, extras: TemplateExtras())
    }
}

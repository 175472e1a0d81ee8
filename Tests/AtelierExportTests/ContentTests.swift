import Foundation
import AtelierCore
import Testing
@testable import AtelierExport

/// What the charter must say, format by format, beyond the golden files.
@Suite struct ContentTests {
    @Test func markdownHasTheIndicatorTableWithTheObjectiveFirst() throws {
        let md = try render(Fixtures.french, .md)
        #expect(md.contains("| Objectif | Indicateur | Référence | Cible | Fréquence | Responsable |"))
        #expect(md.contains("| Réduire les délais de recrutement des coordinateurs | Délai moyen de recrutement | 62 jours | 40 jours | mensuelle | Claire Martin |"))
        #expect(md.contains("| Risque | Mitigation | Responsable |"))
        #expect(md.contains("| Envoyer la fiche de poste validée | Claire Martin | 22 mars 2027 |"))
        #expect(md.contains("Bloquer les créneaux dès septembre.<br>Prévoir un suppléant par site."))
    }

    /// The client reads open questions (and the gaps still open) as questions with who answers and
    /// by when; the decision taken on the indicators is shown in place only; no readiness score.
    @Test func markdownWritesOpenQuestionsForTheClient() throws {
        let md = try render(Fixtures.french, .md)
        #expect(md.contains("## Questions ouvertes\n\n| Sujet | Question | Qui répondra | Pour quand |"))
        #expect(md.contains("| Périmètre | Quel budget pour l'intérim en 2027 ? (ne sait pas encore) | Claire Martin | _à fixer_ |"))
        #expect(md.contains("| Risques et points à sécuriser | Qui pilote l'outil ATS ? | _à désigner_ | _à fixer_ |"))
        #expect(md.contains("| Périmètre | Qu'est-ce qui est hors du périmètre ? | _à désigner_ | _à fixer_ |"))
        #expect(!md.contains("## Décisions"))
        #expect(md.contains("_Décision\u{202F}: Pas d'indicateur de délai pour l'accueil : la satisfaction suffit._"))
        #expect(!md.contains("Complétude") && !md.contains("bloquant") && !md.contains("## Points à compléter"))
        #expect(md.contains("15 mars 2027"))
        var facilitator = emailOptions
        facilitator.facilitator = true
        let annotated = try render(Fixtures.french, .md, facilitator)
        #expect(annotated.contains("**Complétude\u{202F}: 75\u{202F}%** (6 points bloquants traités, 2 points bloquants ouverts)"))
        #expect(annotated.contains("## Points à compléter"))
    }

    @Test func clientCopyLeavesOutTheAnnexAndFacilitatorSections() throws {
        for format in [ExportFormat.md, .html, .json] {
            let text = try render(Fixtures.french, format)
            #expect(!text.contains("Notes d"), "\(format)")
            #expect(!text.contains("Revenir sur le budget"), "\(format)")
            #expect(!text.contains("Sponsor très impliqué"), "\(format)")
        }
        #expect(!documentXML(Fixtures.french).contains("Annexe du facilitateur"))
    }

    /// One annex, at the end: the facilitator-only sections inside it, then the decisions as asked,
    /// checkpoints, timing and notes.
    @Test func facilitatorCopyAddsTheAnnex() throws {
        var options = emailOptions
        options.facilitator = true
        let md = try render(Fixtures.french, .md, options)
        #expect(md.components(separatedBy: "## Annexe du facilitateur").count == 2)
        #expect(!md.contains("## Notes d'animation"))
        #expect(md.contains("## Annexe du facilitateur\n\n### Ressenti de l'animateur\n\nSponsor très impliqué"))
        #expect(md.contains("| Objectifs et indicateurs | 30 min | 38 min (dépassement) |"))
        #expect(md.contains("- 55 min — Revenir sur le budget intérim avec la DAF."))
        #expect(md.contains("| Indicateurs de réussite — «\u{202F}Fiabiliser l'accueil des nouveaux arrivants\u{202F}» | Quel indicateur pour l'objectif « Fiabiliser l'accueil » ? | Pas d'indicateur de délai pour l'accueil : la satisfaction suffit. |"))
        #expect(md.contains("**Copie de l'animateur — document interne, à ne pas transmettre au client**"))
        let xml = documentXML(Fixtures.french, facilitator: true)
        #expect(xml.contains("Annexe du facilitateur") && !xml.contains(">Notes d'animation<"))
        #expect(xml.contains("Sponsor très impliqué"))
    }

    @Test func englishUsesEnglishLabelsAndDates() throws {
        let md = try render(Fixtures.english, .md)
        #expect(md.contains("March 15, 2027"))
        #expect(md.contains("## Open questions"))
        #expect(!md.contains("Readiness"))
        #expect(try render(Fixtures.english, .md, ExportOptions(facilitator: true)).contains("**Readiness: 100%**"))
        #expect(md.contains("| Send the approved job description | Dana Smith | March 22, 2027 |"))
        #expect(md.contains("120.5"))
        #expect(try render(Fixtures.french, .md).contains("85,5"))
    }

    @Test func htmlIsSelfContainedAndPrintable() throws {
        let html = try render(Fixtures.french, .html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.contains("@page {\n  size: A4"))
        #expect(html.contains("counter(page)") && html.contains("counter(pages)"))
        #expect(html.components(separatedBy: "break-before: page").count == 2, "only the annex starts a page")
        #expect(!html.contains("break-after: page"))
        #expect(html.contains("@bottom-right { content: \"Page \" counter(page) \" sur \" counter(pages);"))
        #expect(html.contains("break-inside: avoid"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("@import"))
        #expect(try render(Fixtures.english, .html).contains("<html lang=\"en\">"))
    }

    @Test func emailHeadersAndSummary() throws {
        let eml = try render(Fixtures.french, .eml)
        #expect(eml.contains("Disposition-Notification-To: =?UTF-8?B?"))
        #expect(eml.contains("To: \"Claire Martin\" <claire.martin@example.fr>,\r\n \"Julien Robert\" <julien.robert@example.fr>\r\n"))
        #expect(eml.contains("Date: Mon, 15 Mar 2027 17:30:00 +0100\r\n"))
        #expect(eml.contains("\r\nMessage-ID: <atelier.2027-03-15-cadrage-7f3a."))
        #expect(eml.contains("\r\nX-Unsent: 1\r\n"), "a draft, opened for sending")
        #expect(!eml.contains("\n\n") || eml.contains("\r\n\r\n"))
        let lines = eml.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 998 })
        #expect(!eml.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func emailNeedsASender() {
        #expect(throws: ExportError.missingSender) {
            try Exporter.render(Fixtures.french, as: .eml, options: ExportOptions())
        }
    }

    @Test func explicitRecipientsReplaceThePeople() throws {
        var options = emailOptions
        options.recipients = ["direction@client.example"]
        #expect(try render(Fixtures.french, .eml, options).contains("To: direction@client.example\r\n"))
    }

    @Test func emailDateIsFormattedWithoutReadingTheClock() {
        let date = Date(timeIntervalSince1970: 1_805_122_200) // 2027-03-15 14:50:00 UTC
        #expect(ExportOptions.emailDate(date) == "Mon, 15 Mar 2027 14:50:00 +0000")
        #expect(ExportOptions.emailDate(date, offsetMinutes: 60) == "Mon, 15 Mar 2027 15:50:00 +0100")
    }

    @Test func frenchDatesSayPremier() {
        #expect(DisplayText.date(Day(year: 2027, month: 4, day: 1), .fr) == "1er avril 2027")
        #expect(DisplayText.date(Day(year: 2027, month: 3, day: 15), .en) == "March 15, 2027")
    }

    @Test func docxHasStyledHeadingsAndRepeatedTableHeaders() {
        let xml = documentXML(Fixtures.french)
        #expect(xml.contains("<w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Charte de mission — Réseau Horizon</w:t>"))
        #expect(xml.contains("<w:pStyle w:val=\"Subtitle\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Atelier de cadrage</w:t>"))
        #expect(xml.contains("<w:pStyle w:val=\"Heading1\"/>"))
        #expect(xml.contains("<w:tblHeader/>"))
    }
}

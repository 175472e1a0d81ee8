import AtelierCore
import Foundation
import Testing
@testable import AtelierExport

/// What the client reads, from the shared view model (the same for every format, and for the live
/// board): the room's sentences stay in the room, decisions are written once on their subject,
/// open questions are questions with who answers and by when, hedged values are marked, changes
/// after a lock are shown with what they replaced.
@Suite struct ClientCopyTests {
    static let afterTheWorkshop = Result { try Scenarios.afterTheWorkshop() }

    func document() throws -> CharterDocument { try Self.afterTheWorkshop.get() }

    @Test func theClientsCopyNeverQuotesTheRoom() throws {
        let doc = try document()
        #expect(doc.openQuestions.contains { $0.question.contains("vous avez dit") }, "the engine's sentence is the room's")
        #expect(doc.openGaps.contains { $0.question.contains("vous avez dit") })
        for format in [ExportFormat.md, .html, .eml] {
            let text = try render(doc, format)
            #expect(!text.contains("vous avez dit") && !text.contains("laisse une porte ouverte"), "\(format)")
        }
        #expect(!documentXML(doc).contains("vous avez dit"))
    }

    @Test func openQuestionsAreQuestionsWithWhoAnswersAndByWhen() throws {
        let view = CharterView(try document(), options: ExportOptions())
        let budget = try #require(view.openQuestions.first { $0.subject == "Budget" })
        #expect(budget.question == "Pouvons-nous confirmer «\u{202F}On verra pour le budget\u{202F}»\u{202F}?")
        #expect(budget.owner == "Isabelle Marchand")
        #expect(budget.due == "8 décembre 2026")
        let step = try #require(view.openQuestions.first { $0.question.contains("séminaire") })
        #expect(step.subject == "Prochaines étapes", "the gap still open is a question too, on its subject")
        #expect(step.owner == nil && step.due == nil)
        let indicator = try #require(view.openQuestions.first { $0.subject.hasPrefix("Responsable / source") })
        #expect(indicator.question == "Qui suivra « Satisfaction des candidats après entretien », et d'où viendra la donnée ?")
    }

    @Test func hedgedValuesNotYetLockedAreMarkedToConfirm() throws {
        let md = try render(try document(), .md)
        #expect(md.contains("- **Budget**\u{202F}: On verra pour le budget (à confirmer)\n"))
        #expect(md.contains("| Peut-être organiser un séminaire avec les écoles (à confirmer) | Thomas Girard | 1er février 2027 |"))
        #expect(!md.contains("Isabelle Marchand (à confirmer)"), "only the values a question hangs on")
    }

    /// Issue 10, item 11: a change after a lock, in every export, with what it replaced and when.
    @Test func aChangeAfterALockIsShownWithWhatItReplacedAndWhen() throws {
        let doc = try document()
        #expect(doc.lockChanges.count == 1)
        let change = try #require(doc.lockChanges.first)
        #expect(change.path == "budget" && change.value == .text("On verra pour le budget"))
        #expect(change.replaced == .text("Plafond de 90 000 € HT pour l'accompagnement du cabinet ; le montant définitif sera arbitré au CODIR du 8 décembre"))
        let expected = "Budget\u{202F}: «\u{202F}On verra pour le budget\u{202F}» remplace «\u{202F}Plafond de 90 000 € HT pour "
            + "l'accompagnement du cabinet ; le montant définitif sera arbitré au CODIR du 8 décembre\u{202F}» (à "
        let md = try render(doc, .md)
        #expect(md.contains("## Ressources et budget (validée, puis modifiée)\n\n_Modifié après validation_\n\n- _\(expected)"))
        let html = try render(doc, .html)
        #expect(html.contains("<span class=\"badge\">validée, puis modifiée</span>"))
        #expect(html.contains("<div class=\"changes\">\n<p>Modifié après validation</p>"))
        #expect(documentXML(doc).contains("Ressources et budget (validée, puis modifiée)"))
        let json = try render(doc, .json)
        #expect(json.contains("\"lock_changes\": [\n    {\n      \"section\": \"ressources\",\n      \"path\": \"budget\""))
        // The time of day the change was made, from the session's start.
        #expect(ClientWording.clockTime(startedAt: "2026-11-24T09:02:11+01:00", seconds: 3_900, Labels.of(.fr)) == "à 10\u{00A0}h\u{00A0}07")
        #expect(ClientWording.clockTime(startedAt: nil, seconds: 3_900, Labels.of(.en)) == "at 1 h 05 into the session")
    }

    @Test func aChangeAddingARecordSaysWhatWasAdded() {
        var doc = Fixtures.french
        doc.lockChanges = [LockChange(section: "suite", path: "prochaines_etapes", time: 60, replaced: nil,
                                      value: .records([Record(id: "e9", fields: ["action": .text("Relancer la DAF")])]))]
        let view = CharterView(doc, options: ExportOptions())
        let section = view.sections.first { $0.id == "suite" }
        #expect(section?.changes == ["Prochaines étapes\u{202F}: «\u{202F}Relancer la DAF\u{202F}» ajouté (à 1 min de séance)"])
    }

    /// A decision is written once: in place when it stands for data, else under "Décisions", on its
    /// subject — never with the question the room heard.
    @Test func aDecisionWithNoPlaceIsWrittenOnItsSubject() throws {
        var doc = Fixtures.french
        doc.decisions.append(CharterDocument.Decision(
            question: "Pour « Recenser les postes », vous avez dit : « peut-être ». Qu'est-ce qui…", text: "une piste, pas une action",
            section: "suite", path: "prochaines_etapes[e3]", time: 10))
        let md = try render(doc, .md)
        #expect(md.contains("## Décisions\n\n- **Prochaines étapes — «\u{202F}Recenser les postes ouverts par site\u{202F}»** — une piste, pas une action\n"))
        #expect(!md.contains("vous avez dit"))
        #expect(md.components(separatedBy: "la satisfaction suffit").count == 3, "the placed one: summary and in place only")
    }

    @Test func theOwnersAnswerMaySayByWhen() {
        let cases: [(String, String?, String?)] = [
            ("Michel Dupuis, 15/12/2026", "Michel Dupuis", "15 décembre 2026"),
            ("Michel Dupuis d'ici fin janvier", "Michel Dupuis", "fin janvier"),
            ("Claire Martin (avant le 3 mars)", "Claire Martin", "3 mars"),
            ("Jean-Pierre Durand", "Jean-Pierre Durand", nil),
            ("Durand, service achats", "Durand, service achats", nil),
            ("İLKER YILMAZ D'ICI LE 15/12/2026", "İLKER YILMAZ", "15 décembre 2026"),
        ]
        for (text, owner, due) in cases {
            let split = ClientWording.ownerAndDue(text, .fr)
            #expect(split.owner == owner && split.due == due, "\(text) -> \(split)")
        }
    }

    @Test func theTitleIsTheDocumentsAndAnEmptyPlaceholderLeavesNoDash() throws {
        var doc = try document()
        #expect(CharterView(doc, options: ExportOptions()).head.title == "Charte de mission — Acme Industrie")
        doc.client = nil
        let head = CharterView(doc, options: ExportOptions(version: "2.0", status: .validated)).head
        #expect(head.title == "Charte de mission")
        #expect(head.version == "2.0" && head.status == "validée" && !head.isDraft)
        #expect(DocumentParts.tidy("Charte — — Acme ·") == "Charte — Acme")
    }

    @Test func theApprovalBlockNamesWhoTheCharterNames() throws {
        let view = CharterView(try document(), options: ExportOptions())
        #expect(view.approval.map(\.role) == ["Sponsor", "Chef de projet", "Pour le cabinet de conseil"])
        #expect(view.approval.map(\.name) == ["Isabelle Marchand", "Thomas Girard", ""])
    }

    @Test func theSummaryHasObjectivesWithTargetsDatesBudgetSponsorAndNextSteps() throws {
        let md = try render(try document(), .md)
        let summary = try #require(md.components(separatedBy: "## Synthèse\n").last?.components(separatedBy: "\n## ").first)
        #expect(summary.contains("- Réduire le délai de recrutement des postes techniques\n  - Délai moyen entre l'ouverture du poste et la signature\u{202F}: 40 jours en septembre 2027"))
        #expect(summary.contains("- **Début de la mission**\u{202F}: 11 janvier 2027\n- **Fin de la mission**\u{202F}: 30 juin 2027\n- **Budget**\u{202F}: On verra pour le budget"))
        #expect(summary.contains("- **Sponsor**\u{202F}: Isabelle Marchand"))
        #expect(summary.contains("- Envoyer le compte rendu et la charte, avec demande d'accusé de réception — Camille Lefèvre, 25 novembre 2026"))
    }
}

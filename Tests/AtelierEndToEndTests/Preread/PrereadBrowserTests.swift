import Foundation
import Testing

/// The pre-read questionnaire's round trip in a real browser (headless Chromium through
/// Playwright): the page opened from its file, every kind of box filled (a list of records too),
/// saved, and the saved file fed to `atelier run --preread` with piped input: the charter holds
/// exactly what was typed, the room hears the client's words, and the rule on an objective without
/// indicator fires on a pre-read answer at the start of its phase.
@Suite(.serialized) struct PrereadBrowserTests {
    @Test func whatTheClientTypedInTheBrowserIsTheCharterAndTheGapsComeFirst() throws {
        guard BrowserScript.ready() else { return }
        let space = try Workspace("atelier-preread")
        defer { try? FileManager.default.removeItem(at: space.folder) }
        let script = space.path("preread.yaml")
        try PrereadFixture.script.write(toFile: script, atomically: true, encoding: .utf8)
        let page = space.path("questionnaire.html")
        let written = try space.atelier(["preread", script, "--client", "Acme", "--workshop-date", "2026-11-24", "-o", page])
        #expect(written.exitStatus == 0, "\(written.standardError)")

        let answers = space.path("returned.json")
        let browser = BrowserScript.python(PrereadBrowserScript.code, arguments: [page, answers, space.path("questionnaire.png")],
                                           timeout: 180)
        #expect(browser.status == 0, "\(browser.error)")
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(browser.output.utf8)) as? [String: Any], "\(browser.error)")
        #expect((seen["errors"] as? [String]) == [])
        #expect((seen["requests"] as? [String]) == [], "the page fetched something")
        #expect(seen["questions"] as? Int == 10)
        #expect((seen["title"] as? String) == "Questionnaire préalable — Atelier de test du questionnaire — Acme")
        #expect((seen["intro"] as? String)?.contains("<avant>") == true, "the script's intro is shown as text")
        #expect((seen["why"] as? String)?.contains("Pour parler de la même chose.") == true)
        #expect(seen["flagged"] as? Int == 1)
        #expect((seen["refusedStatus"] as? String)?.contains("à corriger") == true)
        #expect(seen["fileName"] as? String == "preread-complet-acme.preread.json")
        #expect((seen["savedStatus"] as? String)?.contains("preread-complet-acme.preread.json") == true)
        #expect(seen["restoredShown"] as? Bool == true)
        #expect(seen["restoredSites"] as? Int == 3)

        // The saved file starts the workshop, piped: nothing is re-typed.
        let session = space.path("acme.jsonl")
        let run = try space.atelier(["run", script, "--preread", answers, "--session", session], input: "/quitter\n",
                                    environment: ["ATELIER_TODAY": "2026-11-24"])
        #expect(run.exitStatus == 0, "\(run.standardError)")
        let out = run.standardOutput
        #expect(out.contains("10 réponses du client reprises"), "\(out)")
        // The room hears the client's words, then the gap on a pre-read answer comes first in its phase.
        let recall = try #require(out.range(of: "Dans le questionnaire, vous aviez écrit"), "\(out)")
        let gap = try #require(out.range(of: "Point à éclaircir — Vous n'avez pas encore d'indicateur pour « Réduire les délais de recrutement »"), "\(out)")
        #expect(recall.lowerBound < gap.lowerBound)
        #expect(out.contains("« Projet <Phénix> & « cie » »"))
        #expect(!out.contains("Quels sont les objectifs ?"), "a pre-read question was asked again")
        #expect(!out.contains("Parlons maintenant des objectifs.") || out.range(of: "Parlons maintenant")!.lowerBound > gap.lowerBound)

        // The charter holds exactly what was typed in the browser.
        let charter = try space.charterJSON(session)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(charter.utf8)) as? [String: Any])
        var fields: [String: Any] = [:]
        for section in object["sections"] as? [[String: Any]] ?? [] {
            for field in section["fields"] as? [[String: Any]] ?? [] {
                if let id = field["id"] as? String { fields[id] = field["value"] }
            }
        }
        #expect(fields["intitule"] as? String == "Projet <Phénix> & « cie »")
        #expect(fields["enjeux"] as? String == "Tenir les délais.\nRecruter 40 techniciens.")
        #expect(fields["effectif"] as? Double == 1250)
        #expect(fields["lancement"] as? String == "2027-01-15")
        #expect(fields["reunion"] as? Int == 90)
        #expect(fields["budget_ok"] as? Bool == true)
        #expect(fields["sponsor"] as? String == "Claire Martin")
        #expect(fields["priorite"] as? String == "moyenne")
        #expect(fields["sites"] as? [String] == ["Lyon", "Grenoble", "Saint-Étienne"])
        let objectives = try #require(fields["objectifs"] as? [[String: Any]], "\(charter)")
        #expect(objectives.count == 2)
        #expect(objectives.first?["intitule"] as? String == "Réduire les délais de recrutement")
        #expect(objectives.first?["echeance"] as? String == "2027-06-30")
        #expect(objectives.last?["intitule"] as? String == "Fidéliser les nouveaux arrivants")

        // The journal says where each answer came from: pre-read events first, at time 0.
        let journal = try String(contentsOfFile: session, encoding: .utf8).split(separator: "\n").dropFirst()
        let preread = journal.prefix { $0.contains("\"type\":\"preread\"") }
        #expect(preread.count == 10)
        #expect(preread.allSatisfy { $0.contains("\"t\":0") })
    }
}

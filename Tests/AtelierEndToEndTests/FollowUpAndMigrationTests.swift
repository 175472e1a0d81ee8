import AtelierCore
import Foundation
import Testing

/// Sessions over time, through the real binary: `diff`, follow-up workshops, and resuming the
/// example session on an edited script.
@Suite struct FollowUpAndMigrationTests {
    let workspace: Workspace
    static let example = repositoryRoot().appendingPathComponent("workshops/examples/cadrage-acme.jsonl").path

    init() throws {
        workspace = try Workspace("atelier-history")
    }

    /// The example's journal lines, as JSON objects.
    func exampleLines() throws -> [[String: Any]] {
        try String(contentsOfFile: Self.example, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    func write(_ lines: [[String: Any]], to path: String) throws {
        let text = try lines.map {
            String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A copy of the example with a header session id of its own.
    func exampleCopy(_ name: String, edit: (inout [[String: Any]]) -> Void = { _ in }) throws -> String {
        var lines = try exampleLines()
        lines[0]["session_id"] = UUID().uuidString.lowercased()
        edit(&lines)
        let path = workspace.path(name)
        try write(lines, to: path)
        return path
    }

    @Test func diffOfTheExampleAndACopyWithTwoAnswersChangedNamesExactlyThoseTwoFields() throws {
        let copy = try exampleCopy("copie.jsonl") { lines in
            for i in lines.indices where lines[i]["type"] as? String == "answer" {
                switch lines[i]["item"] as? String {
                case "gouvernance/cadence": lines[i]["value"] = "Équipe projet chaque lundi, comité de pilotage trimestriel"
                case "gouvernance/reporting": lines[i]["value"] = "Un tableau de bord hebdomadaire"
                default: break
                }
            }
        }
        let json = try workspace.atelier(["diff", Self.example, copy, "--format", "json"])
        #expect(json.exitStatus == 0, "stderr: \(json.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let fields = try #require(object["fields"] as? [[String: Any]])
        #expect(fields.compactMap { $0["path"] as? String } == ["cadence", "reporting"])
        #expect(fields.allSatisfy { $0["kind"] as? String == "changed" })
        #expect(fields.first?["after"] as? String == "Équipe projet chaque lundi, comité de pilotage trimestriel")
        #expect((fields.first?["before"] as? String)?.hasPrefix("Équipe projet chaque jeudi") == true)

        let text = try workspace.atelier(["diff", Self.example, copy])
        #expect(text.standardOutput.contains("Réponses (2 changements)"))
        #expect(text.standardOutput.contains("  ~ Cadence des réunions  [cadence]\n      avant : Équipe projet chaque jeudi"))
        #expect(text.standardOutput.contains("      après : Un tableau de bord hebdomadaire"))
        let markdown = try workspace.atelier(["diff", Self.example, copy, "--format", "md"])
        #expect(markdown.standardOutput.contains("| modifié | Reporting | "))

        // The same session against itself at 1:10: what the last forty minutes added.
        let earlier = try workspace.atelier(["diff", Self.example, "--at", "1:10", "--format", "json"])
        #expect(earlier.exitStatus == 0, "stderr: \(earlier.standardError)")
        let moved = try #require(try JSONSerialization.jsonObject(with: Data(earlier.standardOutput.utf8)) as? [String: Any])
        let added = try #require(moved["fields"] as? [[String: Any]])
        #expect(added.contains { $0["path"] as? String == "budget" && $0["kind"] as? String == "added" })
        #expect(!added.contains { $0["path"] as? String == "contexte" }, "answered before 1:10")
        let bad = try workspace.atelier(["diff", Self.example, "--at", "une heure"])
        #expect(bad.exitStatus != 0 && bad.standardError.contains("H:MM"))
    }

    @Test func aFollowUpOfTheExampleAsksAboutEveryIndicatorAndOpenQuestionAndShowsProgress() throws {
        let session = workspace.path("suivi.jsonl")
        let answers = ["45 jours", "25 %", "70 %", "7,5/10", "40 %"] + Array(repeating: "/passer", count: 30)
        let run = try workspace.atelier(["run", flagshipScript, "--follow-up", Self.example, "--session", session],
                                        input: answers.map { $0 + "\n" }.joined(), environment: ["ATELIER_TODAY": "2027-02-24"])
        #expect(run.exitStatus == 0, "stderr: \(run.standardError)")
        let out = run.standardOutput.replacingOccurrences(of: "\u{202F}", with: " ")
        let indicators = ["Délai moyen entre l'ouverture du poste et la signature", "Part des postes techniques encore ouverts après 3 mois",
                          "Part des candidats ayant reçu une réponse sous 10 jours ouvrés", "Satisfaction des candidats après entretien",
                          "Part des postes ouverts avec une fiche de poste co-écrite avec le manager"]
        for indicator in indicators {
            #expect(out.contains("Depuis la dernière fois : où en est « \(indicator) » aujourd'hui ?"), "\(indicator)")
        }
        // The example's one open question is asked again; next steps and risks are reviewed.
        #expect(out.contains("Qui suivra « Satisfaction des candidats après entretien », et d'où viendra la donnée ?"))
        #expect(out.contains("« Envoyer le compte rendu et la charte, avec demande d'accusé de réception » (Camille Lefèvre) : c'est fait"))
        #expect(out.contains("Le risque « Des recruteurs attachés à leurs habitudes » est-il toujours ouvert"))
        // What was answered last time is not asked again: the five reviews answered and thirty
        // items passed over (the steps and risks to review, the open question, what is still
        // missing) make the whole follow-up.
        #expect(!out.contains("D'où vient le projet"))
        #expect(out.contains("L'atelier est terminé : toutes les questions ont été abordées."))

        // The journal points to its parent, and starts from it.
        let journal = try readJournal(session)
        let parent = try #require(try readJournal(Self.example).header)
        #expect(journal.header?.parentSessionID == parent.sessionID)
        #expect(journal.header?.parentPath == Self.example)
        guard case .followUp(let start)? = journal.events.first?.kind else { Issue.record("no follow_up event first"); return }
        #expect(start.parent == parent.sessionID && start.parentDay.iso == "2026-11-24")

        // The export has the progress section, with trends.
        let markdownRun = try workspace.atelier(["export", session, "-o", "-"])
        #expect(markdownRun.exitStatus == 0, "stderr: \(markdownRun.standardError)")
        let markdown = markdownRun.standardOutput.replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(markdown.contains("## Depuis le dernier atelier\n\nCe qui a bougé depuis l'atelier du 24 novembre 2026."))
        #expect(markdown.contains("| Délai moyen entre l'ouverture du poste et la signature | Valeur actuelle | 62 jours (moyenne 2026, postes techniques) | 45 jours | 40 jours en septembre 2027"))
        #expect(markdown.contains("| en progrès, 77 % du chemin |"))
        #expect(markdown.contains("| Part des postes techniques encore ouverts après 3 mois | Valeur actuelle | 31 % | 25 % |"))
        let html = try workspace.atelier(["export", session, "--format", "html", "-o", "-"])
        #expect(html.standardOutput.contains("<section id=\"since-last-time\">"))
        let json = try workspace.charterJSON(session)
        #expect(json.contains("\"parent_session_id\" : \"\(parent.sessionID)\""))
        #expect(json.contains("\"trend\" : \"better\""))

        // Deterministic, without the parent's file: the journal moved elsewhere exports the same.
        let moved = workspace.path("ailleurs.jsonl")
        try FileManager.default.copyItem(atPath: session, toPath: moved)
        #expect(try workspace.charterJSON(moved) == json)
        let replay = try workspace.atelier(["replay", moved])
        #expect(replay.exitStatus == 0 && replay.standardError.isEmpty, "\(replay.standardError)")
        #expect(replay.standardOutput.contains("(suivi de la session \(parent.sessionID.prefix(8)) du 2026-11-24"))
    }

    /// JSON text re-serialized with sorted keys (after a key was renamed in it).
    static func sorted(_ text: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted]), as: UTF8.self)
    }

    /// The example's own script, edited: `reference` renamed `depart`, declared with `renamed:`.
    func renamedScript() throws -> String {
        let source = try #require(try exampleLines()[0]["script_source"] as? String)
        let edited = source
            .replacingOccurrences(of: "- { id: reference, label: Valeur de départ,", with: "- { id: depart, renamed: reference, label: Valeur de départ,")
            .replacingOccurrences(of: "i.reference", with: "i.depart")
        #expect(edited != source)
        let path = workspace.path("renomme.yaml")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func resumingTheExampleOnAScriptWithARenamedFieldKeepsEveryAnswer() throws {
        let session = try exampleCopy("reprise.jsonl")
        let before = try workspace.charterJSON(session)
        let script = try renamedScript()
        let run = try workspace.atelier(["resume", session, "--workshop", script], input: "")
        #expect(run.exitStatus == 0, "stderr: \(run.standardError)")
        #expect(run.standardOutput.contains("La session continue sur le script modifié \(script)."))
        #expect(run.standardOutput.contains("objectifs.indicateurs.reference → objectifs.indicateurs.depart"))
        #expect(!run.standardOutput.contains("questions ouvertes ("), "nothing without a place")
        #expect(!run.standardOutput.contains("Point à éclaircir"), "nothing asked again")
        guard case .migrate(let migration)? = try readJournal(session).events.dropLast(2).last?.kind else {
            Issue.record("no migrate event"); return
        }
        #expect(migration.scriptPath == script)
        // Every answer kept: the charter is the same, the renamed field's values under its new id.
        let after = try workspace.charterJSON(session)
        #expect(try Self.sorted(after.replacingOccurrences(of: "\"depart\"", with: "\"reference\"")) == before)
        #expect(after.contains("\"depart\" : \"62 jours (moyenne 2026, postes techniques)\""))
        // Resumed again on the same script: no second migration.
        let again = try workspace.atelier(["resume", session, "--workshop", script], input: "")
        #expect(again.exitStatus == 0 && !again.standardOutput.contains("script modifié"))
    }

    @Test func aRenameTheScriptDoesNotDeclareIsMappedOrBecomesOpenQuestions() throws {
        let source = try #require(try exampleLines()[0]["script_source"] as? String)
        let script = workspace.path("sans-note.yaml")
        try source.replacingOccurrences(of: "- { id: reference, label: Valeur de départ,", with: "- { id: depart, label: Valeur de départ,")
            .replacingOccurrences(of: "i.reference", with: "i.depart").write(toFile: script, atomically: true, encoding: .utf8)
        // Without a mapping (and no terminal to ask on), the values become open questions: never dropped.
        let unmapped = try exampleCopy("a.jsonl")
        let run = try workspace.atelier(["resume", unmapped, "--workshop", script], input: "")
        #expect(run.exitStatus == 0, "stderr: \(run.standardError)")
        #expect(run.standardOutput.contains("Réponses sans place, devenues questions ouvertes (5)"))
        #expect(try workspace.charterJSON(unmapped).contains("62 jours (moyenne 2026, postes techniques)"))
        // With --rename, they go where they belong.
        let mapped = try exampleCopy("b.jsonl")
        let renamed = try workspace.atelier(["resume", mapped, "--workshop", script, "--rename", "objectifs.indicateurs.reference=depart"], input: "")
        #expect(renamed.exitStatus == 0, "stderr: \(renamed.standardError)")
        #expect(!renamed.standardOutput.contains("questions ouvertes ("))
        #expect(try workspace.charterJSON(mapped).contains("\"depart\" : \"62 jours (moyenne 2026, postes techniques)\""))
    }

    @Test func onATerminalAFieldWithNoPlaceIsAskedFor() throws {
        let source = try #require(try exampleLines()[0]["script_source"] as? String)
        let script = workspace.path("sans-note.yaml")
        try source.replacingOccurrences(of: "- { id: reference, label: Valeur de départ,", with: "- { id: depart, label: Valeur de départ,")
            .replacingOccurrences(of: "i.reference", with: "i.depart").write(toFile: script, atomically: true, encoding: .utf8)
        let session = try exampleCopy("terminal.jsonl")
        let term = try TerminalSession(atelierExecutableURL(), arguments: ["resume", session, "--workshop", script],
                                       environment: TerminalSessionTests.Setting.dumbUTF8.environment(workspace.folder))
        try term.expect("Le champ « objectifs.indicateurs.reference » n'existe plus dans le script modifié.", timeout: .seconds(20))
        try term.expect("(nom, depart, cible, frequence, responsable ; Entrée : en faire des questions ouvertes)", timeout: .seconds(20))
        term.send("ailleurs\r")
        try term.expect("« ailleurs » n'est pas un champ à cet endroit du script.", timeout: .seconds(20))
        term.send("depart\r")
        try term.expect("objectifs.indicateurs.reference → objectifs.indicateurs.depart", timeout: .seconds(20))
        try term.expect("Reprise de la session", timeout: .seconds(20))
        try term.expect("] › ", timeout: .seconds(20))
        term.sendControl("d")
        #expect(try term.waitForExit(timeout: .seconds(10)) == 0)
        #expect(try workspace.charterJSON(session).contains("\"depart\" : \"62 jours (moyenne 2026, postes techniques)\""))
        guard case .migrate(let migration)? = try readJournal(session).events.first(where: {
            if case .migrate = $0.kind { true } else { false }
        })?.kind else { Issue.record("no migrate event"); return }
        #expect(migration.renamed == ["objectifs.indicateurs.reference": "depart"])
    }

    @Test func aCommentOnlyEditResumesWithoutAPrompt() throws {
        let session = try exampleCopy("commentaire.jsonl")
        let source = try #require(try exampleLines()[0]["script_source"] as? String)
        let script = workspace.path("commente.yaml")
        try ("# Relu le 1er décembre : rien ne change sur le fond.\n" + source.replacingOccurrences(of: "duration: 120", with: "duration: 120    # deux heures"))
            .write(toFile: script, atomically: true, encoding: .utf8)
        let before = try workspace.charterJSON(session)
        let run = try workspace.atelier(["resume", session, "--workshop", script], input: "")
        #expect(run.exitStatus == 0, "stderr: \(run.standardError)")
        #expect(run.standardError == "\(script): notice: ce script n'a changé que dans sa forme (commentaires, mise en page) : la session reprend telle quelle\n")
        #expect(!run.standardOutput.contains("n'existe plus") && !run.standardOutput.contains("script modifié"))
        #expect(try !readJournal(session).events.contains { if case .migrate = $0.kind { true } else { false } })
        #expect(try workspace.charterJSON(session) == before)
    }
}

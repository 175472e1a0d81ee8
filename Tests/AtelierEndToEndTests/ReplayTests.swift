import Foundation
import Testing

/// Issue 4, point 3: `atelier replay` plays a piped session back with the same questions, and
/// against an edited script says what would have gone differently.
@Suite struct ReplayTests {
    let workspace: Workspace
    let session: String
    let live: String

    init() throws {
        workspace = try Workspace("atelier-replay")
        session = workspace.path("s.jsonl")
        let run = try workspace.atelier(["run", flagshipScript, "--session", session], input: FlagshipAnswers.text)
        guard run.exitStatus == 0 else { throw TerminalSessionError(description: "setup failed: \(run.standardError)") }
        live = run.standardOutput
    }

    /// The questions the live session showed: scripted questions, gap questions and checkpoints.
    static func questionsShown(live: String) -> [String] {
        let lines = live.components(separatedBy: "\n")
        return lines.indices.dropFirst().compactMap { index -> String? in
            let line = lines[index]
            guard lines[index - 1].isEmpty, !line.isEmpty, !line.hasPrefix(" "), !line.hasPrefix("»") else { return nil }
            if line.hasPrefix("Point à éclaircir — ") { return String(line.dropFirst("Point à éclaircir — ".count)) }
            if line.hasPrefix("[facilitateur] Check : ") {
                return String(line.dropFirst("[facilitateur] Check : ".count).dropLast(" (o/n)".count))
            }
            return line.hasSuffix("?") || line.hasSuffix("»") || line.hasSuffix(".") ? line : nil
        }.filter { !$0.hasPrefix("Session enregistrée") && !$0.hasPrefix("L'atelier est terminé") && !$0.hasPrefix("Tapez ") }
    }

    @Test func replayShowsTheSameQuestionsAndAnswers() throws {
        let replay = try workspace.atelier(["replay", session])
        #expect(replay.exitStatus == 0)
        #expect(replay.standardError.isEmpty)
        let questions = Self.questionsShown(live: live)
        #expect(questions.count >= 40, "\(questions)")
        for question in FlagshipAnswers.scriptedQuestions {
            #expect(questions.contains { $0.hasPrefix(question) }, "not found among the live questions: \(question)")
        }
        var position = replay.standardOutput.startIndex
        for question in questions {
            let found = replay.standardOutput.range(of: question, range: position..<replay.standardOutput.endIndex)
            #expect(found != nil, "the replay does not ask, in this order: \(question)")
            if let found { position = found.upperBound }
        }
        #expect(replay.standardOutput.contains("→ 200 par an, confirmé par la DRH"))
        // A record shows its fields in the script's order.
        #expect(replay.standardOutput.contains("→ Délai moyen de recrutement · 45 jours · 30 jours · mensuelle · Céline Fabre\n"))
        #expect(replay.standardOutput.contains("""
              → Céline Fabre · DRH · sponsor · celine@example.fr · une matinée par semaine
                Marc Dupont · Recrutement · chef de projet · marc@example.fr · deux jours par semaine

            """))
        #expect(replay.standardOutput.hasSuffix("Pour l'exporter : \(atelierAsStarted) export \(session) --format md\n"))
        // Replaying twice gives the same text: it is deterministic.
        #expect(try workspace.atelier(["replay", session]).standardOutput == replay.standardOutput)
    }

    @Test func replayAgainstAnEditedScriptReportsTheDifferences() throws {
        var source = try String(contentsOfFile: flagshipScript, encoding: .utf8)
        // A question removed, a rule removed, a rule added.
        let outils = try #require(source.range(of: "      - ask: outils\n"))
        let afterOutils = try #require(source.range(of: "      - check: \"Le client est au clair", range: outils.upperBound..<source.endIndex))
        source.removeSubrange(outils.lowerBound..<afterOutils.lowerBound)
        let hedging = try #require(source.range(of: "  - id: reponse-hesitante\n"))
        let afterHedging = try #require(source.range(of: "  # --- Périmètre", range: hedging.upperBound..<source.endIndex))
        source.removeSubrange(hedging.lowerBound..<afterHedging.lowerBound)
        source += """

              - id: budget-a-valider
                when: not empty(budget)
                ask: "Le budget « {budget} » est-il validé par la direction ?"
                answer: budget
                phases: end
                weight: advisory
                why: "Un budget non validé se discute encore."

            """
        let edited = workspace.path("edite.yaml")
        try source.write(toFile: edited, atomically: true, encoding: .utf8)

        let run = try workspace.atelier(["replay", session, "--workshop", edited])
        #expect(run.exitStatus == 0, "stderr: \(run.standardError)")
        let report = run.standardOutput
        let hedgeQuestion = "Pour « Cible (Nombre de candidatures) », vous avez dit : « je pense 200 par an ». Ce « je pense » laisse une porte ouverte : qu'est-ce qui nous permettrait de l'écrire sans réserve, ou qui pourra le confirmer ?"
        #expect(report.contains("""
            Questions qui ne seraient plus posées (2)
              • \(hedgeQuestion)
              • Avec quels outils suivrons-nous les tâches, échangerons-nous et partagerons-nous les documents ?

            """))
        #expect(report.contains("Réponses qui n'ont plus de place (2)\n"))
        #expect(report.contains("  • risques/outils — cette question n'existe pas (ou plus) dans le script : risques/outils\n"))
        #expect(report.contains("  • gap:reponse-hesitante["))
        #expect(report.contains("""
            Nouveaux points que les nouvelles règles auraient soulevés (1)
              • Le budget « 80 000 euros » est-il validé par la direction ?  [budget-a-valider]

            """))

        // The same script unchanged: no difference at all.
        let same = try workspace.atelier(["replay", session, "--workshop", flagshipScript])
        #expect(same.exitStatus == 0)
        #expect(same.standardOutput.components(separatedBy: "aucune différence").count - 1 == 6, "\(same.standardOutput)")
    }

    /// Issue 10, point 13: a question reworded, a hint changed, a rule's question and its reason
    /// rewritten — with the same logic — are reported, not « aucune différence ».
    @Test func replayAgainstAReworedScriptReportsTheRewording() throws {
        var source = try String(contentsOfFile: flagshipScript, encoding: .utf8)
        let rewordings = [
            ("À partir de quand la mission démarre-t-elle ?", "Quand la mission commence-t-elle ?"),
            ("hint: \"Un facteur par ligne : une ambiance, un rythme, une façon de partager les résultats…\"",
             "hint: \"Un facteur par ligne.\""),
            ("Vous n'avez pas encore d'indicateur pour « {o.intitule} ». À quoi pourrait-il ressembler ?",
             "Comment saurons-nous que « {o.intitule} » est atteint ?"),
            ("why: \"Sans indicateur, personne ne pourra dire si l'objectif est atteint.\"",
             "why: \"Un objectif sans indicateur ne se pilote pas.\""),
        ]
        for (before, after) in rewordings {
            #expect(source.components(separatedBy: before).count == 2, "\(before)")
            source = source.replacingOccurrences(of: before, with: after)
        }
        let edited = workspace.path("reformule.yaml")
        try source.write(toFile: edited, atomically: true, encoding: .utf8)

        let run = try workspace.atelier(["replay", session, "--workshop", edited])
        #expect(run.exitStatus == 0, "stderr: \(run.standardError)")
        let report = run.standardOutput
        #expect(report.contains("""
            Questions, consignes et champs reformulés (2)
              • perimetre/debut_mission — question : « À partir de quand la mission démarre-t-elle ? » → « Quand la mission commence-t-elle ? »
              • conclusion/facteurs_cles — consigne : « Un facteur par ligne : une ambiance, un rythme, une façon de partager les résultats… » → « Un facteur par ligne. »

            """), "\(report)")
        #expect(report.contains("""
            Règles dont la formulation a changé (2)
              • objectif-sans-indicateur — question posée : « Vous n'avez pas encore d'indicateur pour « {o.intitule} ». À quoi pourrait-il ressembler ? » → « Comment saurons-nous que « {o.intitule} » est atteint ? »
              • objectif-sans-indicateur — pourquoi : « Sans indicateur, personne ne pourra dire si l'objectif est atteint. » → « Un objectif sans indicateur ne se pilote pas. »

            """), "\(report)")
    }
}

import AtelierCore
import Foundation
import Testing

/// Issue 10, piped mode through the real binary: answers echoed in the transcript, problems on
/// standard error, a summary and status 1 when lines were refused or the input ended before the
/// workshop did, `--strict`; the resume command printed as Atelier was started.
@Suite struct LivePipedSessionTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace("atelier-piped-live")
    }

    @Test func refusedLinesAndAnUnfinishedWorkshopAreSummedUpWithStatusOne() throws {
        let session = workspace.path("r.jsonl")
        // Line 2 is not a yes/no; line 5 is an unknown command; the input ends in the second phase.
        let input = ["o", "peut-être", "o", "o", "/inconnue", "Un contexte", ""].map { $0 + "\n" }.joined()
        let run = try workspace.atelier(["run", flagshipScript, "--session", session], input: input)
        #expect(run.exitStatus == 1, "stderr: \(run.standardError)")
        // The transcript: every answer after its prompt; no problem in it.
        #expect(run.standardOutput.contains("[Ouverture 0 min / 10 min · 0 min / 2 h · 15 écarts] › peut-être\n"))
        #expect(run.standardOutput.contains(" › Un contexte\n"))
        #expect(!run.standardOutput.contains("de l'entrée"))
        #expect(run.standardOutput.contains("Session enregistrée dans \(session)."))
        // The problems, each with its input line, then the summary, on standard error.
        #expect(run.standardError.contains("ligne 2 de l'entrée : « peut-être »"))
        #expect(run.standardError.contains("ligne 5 de l'entrée : Commande inconnue : /inconnue. Tapez /aide."))
        #expect(run.standardError.contains("<stdin>:2: error: 2 lignes de l'entrée refusées (lignes 2, 5)"))
        #expect(run.standardError.contains("error: l'entrée s'est terminée avant la fin de l'atelier (phase « Contexte et enjeux ») : "))
        #expect(run.standardError.contains("questions ou vérifications non atteintes. La première : « Qu'est-ce qui se joue pour vous"))
    }

    @Test func aCompleteRunWithNoRefusedLineEndsWithStatusZero() throws {
        let answers = FlagshipAnswers.lines.filter { $0 != FlagshipAnswers.malformedDate }
        let run = try workspace.atelier(["run", flagshipScript, "--session", workspace.path("ok.jsonl")],
                                        input: answers.map { $0 + "\n" }.joined())
        #expect(run.exitStatus == 0, "stderr: \(run.standardError)")
        #expect(run.standardError.isEmpty)
    }

    @Test func strictStopsAtTheFirstRefusedLine() throws {
        let session = workspace.path("strict.jsonl")
        let input = ["o", "peut-être", "o", "o", "o", "Un contexte", ""].map { $0 + "\n" }.joined()
        let run = try workspace.atelier(["run", flagshipScript, "--session", session, "--strict"], input: input)
        #expect(run.exitStatus == 1)
        #expect(run.standardError.contains("--strict : la session s'est arrêtée à la ligne 2, la première refusée"))
        #expect(!run.standardOutput.contains("› Un contexte"), "nothing read after the refused line")
        let checks = try readJournal(session).events.filter { if case .checkpoint = $0.kind { true } else { false } }
        #expect(checks.count == 1)
    }

    @Test func theResumeCommandPrintedIsTheOneThatWorksForHowAtelierWasStarted() throws {
        // Started through scripts/atelier (which names itself in ATELIER_LAUNCHER), with --lang.
        let session = workspace.path("lang.jsonl")
        let run = try workspace.atelier(["run", flagshipScript, "--session", session, "--lang", "en"], input: "y\n",
                                        environment: ["ATELIER_LAUNCHER": "scripts/atelier"])
        #expect(run.standardOutput.contains("To resume: scripts/atelier resume \(session) --lang en\n"))
        // Started by path: that path, as typed.
        let direct = try workspace.atelier(["run", flagshipScript, "--session", workspace.path("d.jsonl")], input: "o\n")
        #expect(direct.standardOutput.contains("Pour reprendre : \(atelierAsStarted) resume \(workspace.path("d.jsonl"))\n"))
        // And it works as printed: resume, with the same language.
        let resumed = try workspace.atelier(["resume", session, "--lang", "en"], input: "y\n")
        #expect(resumed.standardOutput.contains("Session resumed — phase “Ouverture”, time spent: 0 min."))
    }

    @Test func anEnglishSessionUsesEnglishSpacingEverywhere() throws {
        let input = ["y", "y", "y", "Some context", "", "Stakes", "", "Grow revenue", "Revenue", "10", "20", "",
                     "/status", "/charter", "/gaps"].map { $0 + "\n" }.joined()
        let run = try workspace.atelier(["run", repositoryRoot().appendingPathComponent("workshops/mission-scoping.en.yaml").path,
                                         "--session", workspace.path("en.jsonl")], input: input)
        #expect(run.standardOutput.contains("Objective: "))
        for line in run.standardOutput.split(separator: "\n") {
            #expect(!line.contains(" :"), "French spacing in an English session: \(line)")
        }
    }
}

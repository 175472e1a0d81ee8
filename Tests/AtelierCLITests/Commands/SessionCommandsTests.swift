import AtelierCLI
import AtelierCore
import Foundation
import Testing

/// `run`, `resume`, `replay` and `export`, called in-process as `main` calls them: piped answers,
/// captured output, the printer's diagnostics, the exit status.
@Suite struct SessionCommandsTests {
    static let flagship = repositoryFile("workshops/cadrage-mission.fr.yaml")
    static let example = repositoryFile("workshops/examples/cadrage-acme.jsonl")
    static let clock = ["ATELIER_CLOCK_STEP": "5", "ATELIER_TODAY": "2026-11-24"]

    @Test func runJournalsThePipedAnswersAndSaysHowToResume() throws {
        let folder = try temporaryFolder()
        let session = folder.appendingPathComponent("acme.jsonl").path
        let run = atelier(["run", Self.flagship, "--session", session, "--client", "Acme"], input: "o\no\no\nUn contexte\n\n",
                          environment: Self.clock)
        // The input ends mid-workshop: saved, resumable, and said so with status 1 (issue 10).
        #expect(run.status == .problemsFound, "\(run.errors)")
        #expect(run.errors.contains("l'entrée s'est terminée avant la fin de l'atelier (phase « Contexte et enjeux »)"))
        #expect(run.output.contains("Racontez-nous comment ce projet est né"))
        #expect(run.output.hasSuffix("Session enregistrée dans \(session).\nPour reprendre : atelier resume \(session)\n"))
        let journal = JournalCodec.decode(try [UInt8](Data(contentsOf: URL(fileURLWithPath: session))), file: session)
        #expect(journal.header?.client == "Acme")
        #expect(journal.header?.startDay == Day(year: 2026, month: 11, day: 24))
        #expect(journal.events.contains { $0.kind == .answer(item: .step(phase: "contexte", step: "contexte"), value: .text("Un contexte")) })

        let resumed = atelier(["resume", session], input: "Les enjeux\n\n", environment: Self.clock)
        #expect(resumed.status == .problemsFound, "\(resumed.errors)")
        #expect(resumed.output.contains("Reprise de la session — phase « Contexte et enjeux »"))
    }

    @Test func runWithLangSpeaksTheLanguageAskedFor() throws {
        let session = try temporaryFolder().appendingPathComponent("s.jsonl").path
        let run = atelier(["run", Self.flagship, "--session", session, "--lang", "en"], input: "", environment: Self.clock)
        #expect(run.status == .problemsFound)
        #expect(run.output.contains("Workshop agenda"))
        #expect(run.output.contains("Session saved in \(session)."))
        // The resume command printed keeps --lang: it works as printed.
        #expect(run.output.contains("To resume: atelier resume \(session) --lang en\n"))
        #expect(run.errors.contains("the input ended before the workshop did"))
    }

    @Test func replayShowsTheTranscriptAndTheReadiness() {
        let run = atelier(["replay", Self.example])
        #expect(run.status == .ok, "\(run.errors)")
        #expect(run.output.contains("Atelier de cadrage de mission — Acme Industrie"))
        #expect(run.output.contains("Pour l'exporter : atelier export \(Self.example) --format md"))
        #expect(run.output.contains("Charte prête à "))
    }

    @Test func replayAgainstTheSameScriptFindsNoDifference() {
        let run = atelier(["replay", Self.example, "--workshop", Self.flagship])
        #expect(run.status == .ok, "\(run.errors)")
        // Six sections, each empty: questions, answers, gaps raised and no longer raised, rewordings of
        // questions and of rules.
        #expect(run.output.components(separatedBy: "aucune différence").count - 1 == 6)
    }

    @Test(arguments: ["md", "html", "json", "docx"])
    func exportWritesEachFormatToStandardOutput(format: String) {
        let run = atelier(["export", Self.example, "--format", format, "-o", "-"])
        #expect(run.status == .ok, "\(run.errors)")
        #expect(run.output.count > 1000)
        #expect(run.errors.isEmpty)
    }

    @Test func exportWritesBesideTheSessionOwnerOnlyAndSaysWhere() throws {
        let folder = try temporaryFolder()
        let session = folder.appendingPathComponent("acme.jsonl").path
        try FileManager.default.copyItem(atPath: Self.example, toPath: session)
        let run = atelier(["export", session])
        #expect(run.status == .ok, "\(run.errors)")
        let written = folder.appendingPathComponent("acme.md").path
        #expect(run.output == "Charte écrite dans \(written)\n")
        let mode = try FileManager.default.attributesOfItem(atPath: written)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func theEmailNeedsItsSenderAUsageError() {
        let run = atelier(["export", Self.example, "--format", "eml", "-o", "-"])
        #expect(run.status == .usage)
        #expect(run.errors == "atelier: error: indiquez l'expéditeur du compte rendu avec --from (ou ATELIER_FROM) : c'est à lui que le client confirmera la réception\n")
        let sent = atelier(["export", Self.example, "--format", "eml", "-o", "-", "--from", "moi@cabinet.example"])
        #expect(sent.status == .ok)
        #expect(sent.output.contains("Disposition-Notification-To: moi@cabinet.example"))
    }

    @Test func templatesAreWrittenOnceAndNeverReplaced() throws {
        let folder = try temporaryFolder().appendingPathComponent("mes-modeles").path
        let first = atelier(["templates", folder])
        #expect(first.status == .ok, "\(first.errors)")
        #expect(first.output.split(separator: "\n").count == 4)
        let second = atelier(["templates", folder], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(second.status == .fileAccess)
        #expect(second.errors.hasSuffix("error: ce fichier existe déjà\u{202F}; Atelier ne remplace pas un modèle que vous avez pu modifier\n"))
        let intoAFile = atelier(["templates", Self.flagship], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(intoAFile.status == .fileAccess)
        #expect(intoAFile.errors == "\(Self.flagship): error: c'est un fichier, pas un dossier\u{202F}: indiquez un dossier (il est créé s'il n'existe pas)\n")
    }

    @Test func demoReplaysTheExampleAndPrintsItsCharter() {
        let run = atelier(["demo"])
        #expect(run.status == .ok, "\(run.errors)")
        #expect(run.output.contains("\n# Charte de mission — Acme Industrie\n"))
    }
}

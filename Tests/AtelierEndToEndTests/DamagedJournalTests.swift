import AtelierCore
import Foundation
import Testing

/// Issue 4, point 5: damaged or mismatched sessions through the real commands, with the exact
/// messages. Never a crash, never a silently shortened session.
@Suite struct DamagedJournalTests {
    let workspace: Workspace
    let session: String

    /// A short session: the opening checks, the context, the stakes and the objectives.
    init() throws {
        workspace = try Workspace("atelier-damaged")
        session = workspace.path("s.jsonl")
        let run = try workspace.atelier(["run", flagshipScript, "--session", session], input: Self.answers(0..<6) + "/quitter\n")
        guard run.exitStatus == 0 else { throw TerminalSessionError(description: "setup failed: \(run.standardError)") }
    }

    static func answers(_ turns: Range<Int>) -> String {
        FlagshipAnswers.turns[turns].flatMap(\.lines).map { $0 + "\n" }.joined()
    }

    var lines: [String] {
        get throws { try String(contentsOfFile: session, encoding: .utf8).split(separator: "\n").map(String.init) }
    }

    func write(_ lines: [String], trailingNewline: Bool = true) throws {
        try (lines.joined(separator: "\n") + (trailingNewline ? "\n" : "")).write(toFile: session, atomically: false, encoding: .utf8)
    }

    @Test func aTornLastLineIsDroppedWithAWarningAndResumeAndReplayWork() throws {
        let intact = try lines
        let torn = intact.count + 1
        try write(intact + [#"{"at":"1970-01-01T00:00:00Z","item":"objectifs/obj"#], trailingNewline: false)
        let warning = "\(session):\(torn): warning: la dernière ligne a été coupée (la machine s'est probablement arrêtée en pleine écriture) ; tout ce qui la précède est conservé\n"

        let replay = try workspace.atelier(["replay", session])
        #expect(replay.exitStatus == 0)
        #expect(replay.standardError == warning)
        #expect(replay.standardOutput.contains("Ouvrir le vivier"))

        let resume = try workspace.atelier(["resume", session], input: Self.answers(6..<7))
        // Saved, but the piped answers end before the workshop does: status 1 and a summary (issue 10).
        #expect(resume.exitStatus == 1, "stderr: \(resume.standardError)")
        #expect(resume.standardError.hasPrefix(warning))
        #expect(resume.standardError.contains("l'entrée s'est terminée avant la fin de l'atelier"))
        #expect(resume.standardOutput.contains("Reprise de la session — phase « Objectifs et indicateurs de succès »"))
        // The fragment was cut off: the file reads clean, old and new answers kept.
        let journal = try readJournal(session)
        #expect(journal.error == nil && journal.warnings.isEmpty)
        #expect(journal.recordedTexts.contains("Ouvrir le vivier"))
        #expect(journal.recordedTexts.contains("Délai moyen de recrutement"))
        #expect(try lines.prefix(intact.count) == intact[...])
    }

    @Test func aCorruptLineInTheMiddleStopsWithItsLineNumber() throws {
        var damaged = try lines
        damaged[4] = #"{"at":"1970-01-01T00:00:00Z","item":"ouverture/chk-lien","ok":tr"#
        try write(damaged)
        let before = try Data(contentsOf: URL(fileURLWithPath: session))
        let message = "\(session):5: error: cette ligne est abîmée (ce n'est pas du JSON valide) ; corrigez-la ou supprimez-la à la main, rien n'a été lu après elle\n"

        for arguments in [["replay", session], ["resume", session], ["export", session, "--format", "json", "-o", "-"]] {
            let run = try workspace.atelier(arguments, input: "o\n")
            #expect(run.exitStatus == 1, "\(arguments[0])")
            #expect(run.standardError == message, "\(arguments[0])")
            #expect(run.standardOutput.isEmpty, "\(arguments[0])")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: session)) == before, "a damaged session is left as it was")
    }

    @Test func aJournalFromANewerFormatGetsOneClearSentence() throws {
        var damaged = try lines
        damaged[0] = damaged[0].replacingOccurrences(of: #""version":1"#, with: #""version":7"#)
        try write(damaged)
        // The header cannot be read, so its language neither: the locale's (English without one).
        let message = "\(session):1: error: this session was written by a newer Atelier (format 7); this version reads format 1\n"
        for command in ["replay", "resume"] {
            let run = try workspace.atelier([command, session], input: "o\n")
            #expect(run.exitStatus == 1)
            #expect(run.standardError == message, "\(command)")
            let french = try workspace.atelier([command, session], input: "o\n", environment: ["LC_ALL": "fr_CA.UTF-8"])
            #expect(french.standardError.hasSuffix("error: cette session a été écrite par une version plus récente d'Atelier (format 7) ; cette version lit le format 1\n"))
        }
    }

    @Test func aMissingSessionFileGetsOneClearSentence() throws {
        let missing = workspace.path("nulle-part.jsonl")
        for command in ["resume", "replay", "export"] {
            let run = try workspace.atelier([command, missing])
            #expect(run.exitStatus == 3, "a file that cannot be read")
            #expect(run.standardError == "\(missing): error: no such session file\n", "\(command)")
            let french = try workspace.atelier([command, missing], environment: ["LANG": "fr_FR.UTF-8"])
            #expect(french.standardError == "\(missing): error: fichier de session introuvable\n", "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing), "resume does not create it")
    }

    @Test func aFolderGivenAsSessionGetsOneClearSentence() throws {
        let run = try workspace.atelier(["resume", workspace.folder.path])
        #expect(run.exitStatus == 3)
        #expect(run.standardError.hasPrefix(workspace.folder.path + ": error: "))
        #expect(run.standardError.split(separator: "\n").count == 1)
    }

    @Test func resumeRefusesAnEditedScriptAndOffersTheReplayOrTheMigration() throws {
        // A session recorded with a copy of the flagship, then one byte of the copy changed.
        let script = workspace.path("mon script.yaml")
        try FileManager.default.copyItem(atPath: flagshipScript, toPath: script)
        let recorded = workspace.path("copie.jsonl")
        let run = try workspace.atelier(["run", script, "--session", recorded], input: Self.answers(0..<4) + "/quitter\n")
        #expect(run.exitStatus == 0)
        var source = try String(contentsOfFile: script, encoding: .utf8)
        source = source.replacingOccurrences(of: "title: Atelier de cadrage de mission", with: "title: Atelier de cadrage de missioN")
        try source.write(toFile: script, atomically: true, encoding: .utf8)

        // The script the session names was edited: resume says so, and offers both ways on.
        let refused = try workspace.atelier(["resume", recorded], input: "Enjeux\n\n")
        #expect(refused.exitStatus == 1)
        #expect(refused.standardError == "\(recorded): error: le script « \(script) » a changé depuis le début de cette session : la reprendre mélangerait deux versions ; pour voir ce que le nouveau script aurait changé : atelier replay \(recorded) --workshop '\(script)'\n\(recorded): notice: pour continuer sur le script modifié (les réponses sont reprises) : atelier resume \(recorded) --workshop '\(script)'\n")
        #expect(try readJournal(recorded).events.last?.kind == .quit, "nothing appended")

        // The offered replay works.
        let replay = try workspace.atelier(["replay", recorded, "--workshop", script])
        #expect(replay.exitStatus == 0, "stderr: \(replay.standardError)")
        #expect(replay.standardOutput.contains("Rejeu de \(recorded) avec le script modifié « Atelier de cadrage de missioN »"))

        // Named with --workshop, the edited script is taken: the session migrates to it.
        let edited = workspace.path("edite.yaml")
        try source.write(toFile: edited, atomically: true, encoding: .utf8)
        let migrated = try workspace.atelier(["resume", session, "--workshop", edited], input: "/quitter\n")
        #expect(migrated.exitStatus == 0, "stderr: \(migrated.standardError)")
        #expect(migrated.standardOutput.contains("La session continue sur le script modifié \(edited)."))
    }

    @Test func resumeRefusesTheScriptOfAnotherWorkshop() throws {
        let other = repositoryRoot().appendingPathComponent("workshops/kickoff-recrutement.fr.yaml").path
        let run = try workspace.atelier(["resume", session, "--workshop", other], input: "Enjeux\n\n")
        #expect(run.exitStatus == 1)
        #expect(run.standardError == "\(session): error: cette session appartient à l'atelier « cadrage-mission », pas à « kickoff-recrutement »\n")
        #expect(try readJournal(session).events.last?.kind == .quit, "nothing appended")
    }

    @Test func aSessionOpenInAnotherAtelierIsNotResumedTwice() throws {
        let running = try PipedSession(atelierExecutableURL(), arguments: ["resume", session], environment: workspace.environment())
        try running.expect("Reprise de la session")
        let second = try workspace.atelier(["resume", session], input: "Enjeux\n\n")
        #expect(second.exitStatus == 3)
        #expect(second.standardError == "\(session): error: cette session est déjà ouverte par un autre Atelier ; fermez-le d'abord\n")
        running.closeInput()
        #expect(try running.waitForExit() == 1, "its input ended before the workshop did")
        #expect(!(try readJournal(session).recordedTexts.contains("Enjeux")), "the second Atelier wrote nothing")
    }

    @Test func resumeFindsTheScriptItsJournalKeepsWhenTheFileMoved() throws {
        let script = workspace.path("deplace.yaml")
        try FileManager.default.copyItem(atPath: flagshipScript, toPath: script)
        let recorded = workspace.path("deplace.jsonl")
        _ = try workspace.atelier(["run", script, "--session", recorded], input: Self.answers(0..<4))
        try FileManager.default.removeItem(atPath: script)
        let resumed = try workspace.atelier(["resume", recorded], input: Self.answers(4..<5) + "/quitter\n")
        #expect(resumed.exitStatus == 0, "stderr: \(resumed.standardError)")
        #expect(try readJournal(recorded).recordedTexts.contains("Réussir la rentrée ; sinon, des postes vacants à Noël."))
    }
}

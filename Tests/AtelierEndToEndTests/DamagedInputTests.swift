import AtelierCore
import Foundation
import Testing

/// Issue 9, through the real binary: nothing a journal, a script or a path holds makes Atelier
/// crash, hang or lose something silently; each problem is one located sentence.
@Suite struct DamagedInputTests {
    /// The example journal with `lines` appended (each ended by a newline unless `torn`).
    func example(_ workspace: Workspace, appending lines: [String], torn: String? = nil) throws -> String {
        let path = workspace.path("s.jsonl")
        var text = try String(contentsOf: DemoTests.example, encoding: .utf8)
        text += lines.map { $0 + "\n" }.joined() + (torn ?? "")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    var exampleLineCount: Int {
        ((try? String(contentsOf: DemoTests.example, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    @Test(arguments: ["replay", "resume", "export"])
    func aTimeOutOfRangeIsALocatedErrorNotACrash(command: String) throws {
        let workspace = try Workspace("atelier-time-range")
        let session = try example(workspace, appending: [#"{"t":1e19,"text":"x","type":"note"}"#])
        let run = try workspace.atelier([command, session])
        #expect(run.exitStatus == 1, "\(run.standardError)")
        #expect(run.standardError.contains("\(session):\(exampleLineCount + 1): error: le champ « t » de cette ligne vaut 1e+19"),
                "\(run.standardError)")
        #expect(!run.standardError.contains("Fatal error"))
    }

    @Test(arguments: ["export", "replay"])
    func aDeviceOrANamedPipeIsRefusedAtOnce(command: String) throws {
        let workspace = try Workspace("atelier-special-input")
        let zero = try workspace.atelier([command, "/dev/zero"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(zero.exitStatus == 3, "a file that cannot be read")
        #expect(zero.standardError == "/dev/zero: error: ce n'est pas un fichier ordinaire (c'est un périphérique) : Atelier ne lit et n'écrit que des fichiers ordinaires\n")
        let fifo = workspace.path("fifo.jsonl")
        #expect(mkfifo(fifo, 0o600) == 0)
        let piped = try workspace.atelier([command, fifo], environment: ["LANG": "fr_FR.UTF-8"])  // would wait for a writer for ever
        #expect(piped.exitStatus == 3)
        #expect(piped.standardError.contains("c'est un tube nommé (FIFO)"))
    }

    @Test func exportRefusesToDropAnEventThatLandsNowhereUnlessForced() throws {
        let workspace = try Workspace("atelier-lands-nowhere")
        let session = try example(workspace, appending: [#"{"item":"nulle-part/question","t":7000,"type":"answer","value":"perdu"}"#])
        let refused = try workspace.atelier(["export", session])
        #expect(refused.exitStatus == 1, "problems found in the session")
        let line = exampleLineCount + 1
        #expect(refused.standardError.contains("\(session):\(line): warning: cet événement ne trouve pas sa place et ne change rien à la charte : cette question n'existe pas (ou plus) dans le script : nulle-part/question\n"),
                "\(refused.standardError)")
        #expect(refused.standardError.contains("\(session): error: 1 problème dans la session (ci-dessus) : la charte ne dirait pas tout ce qui a été enregistré, rien n'a été écrit ; pour exporter quand même : --force"),
                "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("s.md")))
        let forced = try workspace.atelier(["export", session, "--force"])
        #expect(forced.exitStatus == 0)
        #expect(forced.standardError.contains("\(session):\(line): warning:"))
        #expect(FileManager.default.fileExists(atPath: workspace.path("s.md")))
        let replay = try workspace.atelier(["replay", session])
        #expect(replay.standardError.contains("\(session):\(line): warning: cet événement ne trouve pas sa place"), "\(replay.standardError)")
    }

    @Test func aCompleteLastLineThatIsDamagedIsNeverCutByResume() throws {
        let workspace = try Workspace("atelier-complete-last-line")
        let session = try example(workspace, appending: [#"{"item":"fin/observations","t":7000,"type":"answer","value":"Un"#])
        let before = try Data(contentsOf: URL(fileURLWithPath: session))
        let resume = try workspace.atelier(["resume", session])
        #expect(resume.exitStatus == 1)
        #expect(resume.standardError.contains("\(session):\(exampleLineCount + 1): error: cette ligne est abîmée"), "\(resume.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: session)) == before, "a whole line is never cut")
        // Without its newline, the same fragment is a torn line: dropped with a warning.
        let torn = try example(workspace, appending: [], torn: #"{"item":"fin/observations","t":7000,"#)
        let replay = try workspace.atelier(["replay", torn])
        #expect(replay.exitStatus == 0)
        #expect(replay.standardError.contains("warning: la dernière ligne a été coupée"))
    }

    @Test func anEditedScriptCopyInTheHeaderIsReported() throws {
        let workspace = try Workspace("atelier-script-copy")
        let path = workspace.path("s.jsonl")
        let text = try String(contentsOf: DemoTests.example, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "Racontez-nous comment ce projet est né", with: "Racontez-nous autre chose")
        #expect(edited != text)
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let export = try workspace.atelier(["export", path])
        #expect(export.exitStatus == 1, "problems found in the session")
        #expect(export.standardError.contains("\(path):1: warning: la copie du script gardée dans l'en-tête ne correspond plus à son empreinte"))
        let replay = try workspace.atelier(["replay", path])
        #expect(replay.standardError.contains("ne correspond plus à son empreinte"))
    }

    /// `(a+)+$` froze a session for 60 s on a 61-character answer: lint warns, and the session
    /// answers at once.
    @Test func aCatastrophicPatternNeitherFreezesTheSessionNorPassesLintSilently() throws {
        let workspace = try Workspace("atelier-redos")
        var script = try String(contentsOfFile: flagshipScript, encoding: .utf8)
        let rules = try #require(script.range(of: "\nrules:\n"))
        script.insert(contentsOf: """

          - id: motif-piege
            when: matches(contexte, "(a+)+$")
            ask: "Ce contexte ne contient que des a ?"
            answer: contexte
            weight: advisory
        """, at: rules.upperBound)
        script = script.replacingOccurrences(of: "\nrules:\n\n  - id: motif-piege", with: "\nrules:\n  - id: motif-piege")
        let path = workspace.path("redos.yaml")
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        let lint = try workspace.atelier(["lint", path])
        #expect(lint.standardError.contains("warning: le motif « (a+)+$ » répète une répétition"), "\(lint.standardError)")

        let answer = String(repeating: "a", count: 61) + "!"
        let clock = ContinuousClock()
        var run: PipedRun?
        let elapsed = try clock.measure {
            run = try workspace.atelier(["run", path, "--session", workspace.path("s.jsonl")],
                                        input: ["o", "o", "o", answer, "", "/quitter"].map { $0 + "\n" }.joined())
        }
        #expect(run?.exitStatus == 0, "\(run?.standardError ?? "")")
        // The whole debug-built session, start-up included; the rule itself takes microseconds.
        #expect(elapsed < .seconds(5), "took \(elapsed)")
        #expect(try readJournal(workspace.path("s.jsonl")).recordedTexts.contains(answer))
    }
}

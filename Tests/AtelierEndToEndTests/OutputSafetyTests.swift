import AtelierCore
import Foundation
import Testing

/// Issue 9, through the real binary: client and script text never reaches a terminal with its
/// control sequences; Atelier writes only regular files and never in place of a device, a folder or
/// a journal; a standard output that refuses writes gives one sentence and status 3.
@Suite struct OutputSafetyTests {
    static let hostile = "Acme\u{1B}]0;titre piégé\u{07}\u{1B}[2J\u{1B}]52;c;cm0gLXJmIH4=\u{07}\u{1B}]8;;http://evil\u{1B}\\lien\u{1B}]8;;\u{1B}\\\u{1B}P1$q\u{1B}\\\u{07}fin\rréécrit"

    /// A session whose context answer holds every kind of escape sequence.
    func hostileSession(_ workspace: Workspace) throws -> String {
        let session = workspace.path("hostile.jsonl")
        let run = try workspace.atelier(["run", flagshipScript, "--session", session],
                                        input: ["o", "o", "o", Self.hostile, "", "/quitter"].map { $0 + "\n" }.joined())
        #expect(run.exitStatus == 0, "\(run.standardError)")
        #expect(try readJournal(session).recordedTexts.contains(Self.hostile), "the journal keeps the answer as typed")
        return session
    }

    @Test func replayShowsTheAnswerWithoutItsEscapeSequences() throws {
        let workspace = try Workspace("atelier-replay-escapes")
        let session = try hostileSession(workspace)
        let replay = try workspace.atelier(["replay", session])
        #expect(replay.exitStatus == 0, "\(replay.standardError)")
        #expect(!containsTerminalControls(replay.standardOutput))
        #expect(!replay.standardOutput.contains("\r"))
        for residue in ["]0;", "[2J", "]52;", "]8;", "P1$q"] { #expect(!replay.standardOutput.contains(residue), "\(residue)") }
        #expect(replay.standardOutput.contains("Acmelienfin") && replay.standardOutput.contains("réécrit"))
    }

    @Test func lintShowsTheOffendingLineWithoutItsEscapeSequences() throws {
        let workspace = try Workspace("atelier-lint-escapes")
        var script = try String(contentsOfFile: flagshipScript, encoding: .utf8)
        let titleLine = try #require(script.split(separator: "\n").first { $0.hasPrefix("title:") })
        script = script.replacingOccurrences(of: String(titleLine), with: "title: \"Cadrage \u{1B}]0;piégé\u{07}\u{1B}[2J\u{1B}[31mrouge\"")
        let path = workspace.path("hostile.yaml")
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        let lint = try workspace.atelier(["lint", path])
        #expect(lint.exitStatus == 1)
        #expect(lint.standardError.contains("hostile.yaml:"), "\(lint.standardError)")
        #expect(!containsTerminalControls(lint.standardError))
        for residue in ["]0;", "[2J", "[31m"] { #expect(!lint.standardError.contains(residue), "\(residue)") }
    }

    @Test func exportRefusesADeviceAFolderAFIFOAndTheSessionItself() throws {
        let workspace = try Workspace("atelier-export-targets")
        let session = workspace.path("acme.jsonl")
        try FileManager.default.copyItem(atPath: DemoTests.example.path, toPath: session)
        let before = try Data(contentsOf: URL(fileURLWithPath: session))
        let fifo = workspace.path("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let cases: [(String, String)] = [
            ("/dev/null", "/dev/null: error: Atelier n'écrit pas ici : c'est un périphérique"),
            (workspace.folder.path, "c'est un dossier"),
            (fifo, "c'est un tube nommé (FIFO)"),
            (session, "c'est le journal de la session exportée"),
            (workspace.path("acme-copy.jsonl"), "c'est un journal de session"),
        ]
        try FileManager.default.copyItem(atPath: session, toPath: workspace.path("acme-copy.jsonl"))
        for (target, reason) in cases {
            let run = try workspace.atelier(["export", session, "-o", target])
            #expect(run.exitStatus == 3, "\(target): a file that cannot be written")
            #expect(run.standardError.hasPrefix("\(target): error: Atelier n'écrit pas ici : "), "\(run.standardError)")
            #expect(run.standardError.contains(reason), "\(run.standardError)")
        }
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "/dev/null is still a device")
        #expect(try Data(contentsOf: URL(fileURLWithPath: session)) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func exportRefusesTheJournalOfASessionInProgress() throws {
        let workspace = try Workspace("atelier-export-live")
        let live = workspace.path("live.jsonl")
        let session = try PipedSession(atelierExecutableURL(), arguments: ["run", flagshipScript, "--session", live],
                                       environment: workspace.environment())
        session.send(["o"])
        try session.expect("Le client a compris pourquoi")
        let before = try Data(contentsOf: URL(fileURLWithPath: live))
        let export = try workspace.atelier(["export", DemoTests.example.path, "-o", live])
        #expect(export.exitStatus == 3)
        #expect(export.standardError.contains("c'est le journal d'une session en cours"), "\(export.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: live)) == before)
        session.send(["o"])
        try session.expect("La structure de l'atelier")
        session.closeInput()
        #expect(try session.waitForExit() == 1, "the input ended before the workshop did")
        #expect(try readJournal(live).events.contains { $0.kind == .checkpoint(item: .step(phase: "ouverture", step: "chk-preparation"), ok: true) })
    }

    @Test func anExportReplacingAFileLeavesItPrivateEvenWithAnOpenUmask() throws {
        let workspace = try Workspace("atelier-export-umask")
        let target = workspace.path("charte.md")
        try "ancienne version".write(toFile: target, atomically: true, encoding: .utf8)
        chmod(target, 0o644)
        let run = try PipedRun.run(URL(fileURLWithPath: "/bin/sh"),
                                   arguments: ["-c", "umask 000; exec \"$0\" export \"$1\" -o \"$2\"",
                                               atelierExecutableURL().path, DemoTests.example.path, target],
                                   input: "", environment: workspace.environment())
        #expect(run.exitStatus == 0, "\(run.standardError)")
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("#"))
    }

    @Test(arguments: [["export", "EXAMPLE", "-o", "-"], ["replay", "EXAMPLE"], ["lint", "--format", "json", "SCRIPT"],
                      ["run", "SCRIPT", "--session", "NEW"],
                      ["--version"], ["export", "--help"]])
    func aStandardOutputThatRefusesWritesGivesOneSentence(arguments: [String]) throws {
        let workspace = try Workspace("atelier-dev-full")
        let resolved = arguments.map {
            switch $0 {
            case "EXAMPLE": DemoTests.example.path
            case "SCRIPT": flagshipScript
            case "NEW": workspace.path("new.jsonl")
            default: $0
            }
        }
        let run = try PipedRun.run(URL(fileURLWithPath: "/bin/sh"),
                                   arguments: ["-c", "exec \"$@\" > /dev/full", "sh", atelierExecutableURL().path] + resolved,
                                   input: "o\n", environment: workspace.environment(["LANG": "fr_FR.UTF-8"]))
        #expect(run.exitStatus == 3, "\(arguments): \(run.standardError)")
        #expect(run.standardError.contains("la sortie standard refuse l'écriture"), "\(run.standardError)")
        #expect(run.standardError.contains("le disque est plein"), "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count <= 2, "one sentence, not a trap: \(run.standardError)")
        if arguments[0] == "run" {
            #expect(run.standardError.contains("pour reprendre : \(atelierAsStarted) resume"))
            #expect(try readJournal(workspace.path("new.jsonl")).header != nil)
        }
    }

    @Test func aClosedPipeOnStandardOutputGivesOneSentence() throws {
        let output = Pipe(), errors = Pipe()
        try output.fileHandleForReading.close()  // nobody will ever read: a write fails with EPIPE
        let process = Process()
        process.executableURL = atelierExecutableURL()
        process.arguments = ["export", DemoTests.example.path, "--format", "json", "-o", "-"]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "fr_FR.UTF-8"]
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try output.fileHandleForWriting.close()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "killed by a signal instead of saying why")
        #expect(process.terminationStatus == 3)
        #expect(said == "atelier: error: la sortie standard refuse l'écriture : le programme qui lisait la sortie s'est arrêté\n")
    }
}

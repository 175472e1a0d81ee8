import Foundation
import Testing

/// `atelier --generate-completion-script bash`, loaded in a real interactive bash in a
/// pseudo-terminal: Tab completes a session path (only `.jsonl` files), a script path (only YAML).
@Suite struct CompletionTests {
    /// An interactive bash, without the user's startup files, in `folder`, with atelier's completion.
    static func bash(in folder: URL) throws -> TerminalSession {
        let script = folder.appendingPathComponent("atelier.bash")
        let generated = try PipedRun.run(atelierExecutableURL(), arguments: ["--generate-completion-script", "bash"], input: "",
                                         environment: ["PATH": "/usr/bin:/bin"])
        #expect(generated.exitStatus == 0)
        try generated.standardOutput.write(to: script, atomically: true, encoding: .utf8)
        let binaries = atelierExecutableURL().deletingLastPathComponent().path
        let bash = try TerminalSession(URL(fileURLWithPath: "/bin/bash"), arguments: ["--norc", "--noprofile", "-i"],
                                       environment: ["PATH": "\(binaries):/usr/bin:/bin", "HOME": folder.path, "TERM": "dumb",
                                                     "PS1": "ready$ ", "INPUTRC": "/dev/null"])
        try bash.expect("ready$ ")
        bash.send("cd '\(folder.path)' && source atelier.bash && echo loaded\r")
        try bash.expect("loaded\nready$ ")
        return bash
    }

    @Test func tabCompletesASessionPathForResume() throws {
        let folder = try makeTemporaryFolder("atelier-completion")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sessions = folder.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        for name in ["2026-11-24-acme.jsonl", "2026-11-24-acme.md", "2026-11-24-acme.html"] {
            try Data("{}\n".utf8).write(to: sessions.appendingPathComponent(name))
        }
        let bash = try Self.bash(in: folder)
        // "sess" + Tab: the folder; Tab again: the only session in it (the exports are not offered).
        bash.send("atelier resume sess\t")
        try bash.expect("sessions/")
        bash.send("\t")
        try bash.expect("2026-11-24-acme.jsonl")
        // Show the completed line: go to its start, turn it into an echo, run it.
        bash.send("\u{01}echo \r")
        try bash.expect("\natelier resume sessions/2026-11-24-acme.jsonl\nready$ ")
        bash.send("exit\r")
        #expect(try bash.waitForExit() == 0)
    }

    @Test func tabCompletesAScriptPathForRunAndLint() throws {
        let folder = try makeTemporaryFolder("atelier-completion")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x: 1\n".utf8).write(to: folder.appendingPathComponent("mon-atelier.yaml"))
        try Data("{}\n".utf8).write(to: folder.appendingPathComponent("mon-atelier.jsonl"))
        let bash = try Self.bash(in: folder)
        bash.send("atelier lint mon\t")
        try bash.expect("mon-atelier.yaml")
        bash.send("\u{01}echo \r")
        try bash.expect("\natelier lint mon-atelier.yaml\nready$ ")
        bash.send("exit\r")
        #expect(try bash.waitForExit() == 0)
    }
}

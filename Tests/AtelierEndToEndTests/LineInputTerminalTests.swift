import Foundation
import Testing

/// AtelierTerminal's readline input, driven through a pseudo-terminal (via the LineProbe program).
@Suite struct LineInputTerminalTests {
    let stateHome: URL

    init() throws {
        stateHome = try makeTemporaryFolder("atelier-line-input")
    }

    /// A small, explicit environment: nothing inherited from the test runner.
    func environment(_ extra: [String: String] = [:], locale: [String: String] = ["LANG": "C.UTF-8"]) -> [String: String] {
        var environment = ["TERM": "xterm", "NO_COLOR": "1", "HOME": stateHome.path,
                           "XDG_STATE_HOME": stateHome.path, "PATH": "/usr/bin:/bin"]
        environment.merge(locale) { $1 }
        environment.merge(extra) { $1 }
        return environment
    }

    func startProbe(_ environment: [String: String], sessionHistory: [String] = []) throws -> TerminalSession {
        let term = try TerminalSession(lineProbeExecutableURL(), arguments: sessionHistory, environment: environment)
        try term.expect("probe> ")
        return term
    }

    @Test("French accents arrive intact, whatever the locale variables say",
          arguments: [["LANG": "C.UTF-8"], [:], ["LANG": "C"], ["LC_ALL": "C"], ["LC_CTYPE": "POSIX"]])
    func accentedInput(locale: [String: String]) throws {
        let term = try startProbe(environment(locale: locale))
        let answer = "équipe : « ça dépend », naïveté, cœur, Noël, À l’été"
        term.send(answer + "\r")
        try term.expect("got: \(answer)\n")
        try term.expect("probe> ")  // control keys typed before the prompt are lost, as for a person
        term.sendControl("d")
        try term.expect("bye")
        #expect(try term.waitForExit() == 0)
    }

    @Test func upArrowRecallsThePreviousLine() throws {
        let term = try startProbe(environment())
        term.send("mensuelle\r")
        try term.expect("got: mensuelle\n")
        try term.expect("probe> ")
        term.send("autre chose\r")
        try term.expect("got: autre chose\n")
        try term.expect("probe> ")
        term.press(.up)
        term.press(.up)
        term.press(.enter)
        try term.expect("got: mensuelle\n")
    }

    @Test func tabCompletesCommandsWordsAndNamesWithSpaces() throws {
        let term = try startProbe(environment())
        term.send("/he\t\r")
        try term.expect("got: /help\n")
        try term.expect("probe> ")
        term.send("heb\t\r")
        try term.expect("got: hebdomadaire\n")
        try term.expect("probe> ")
        term.send("celine f\t\r")
        try term.expect("got: Céline Fabre\n")
    }

    @Test func tabWithSeveralMatchesKeepsWhatWasTyped() throws {
        let term = try startProbe(environment())
        term.send("/s\t\t")
        try term.expect("/skip")  // the second Tab lists the candidates
        try term.expect("/status")
        term.send("t\t\r")
        try term.expect("got: /status\n")
    }

    @Test func ctrlCClearsTheLineAndTheNextLineIsReadNormally() throws {
        let term = try startProbe(environment())
        term.send("réponse abandonnée")
        try term.expect("abandonnée")
        term.sendControl("c")
        try term.expect("interrupted\n")
        try term.expect("probe> ")  // Ctrl-C flushes type-ahead: wait for the prompt
        term.send("suite\r")
        try term.expect("got: suite\n")
        #expect(!term.transcript.contains("got: réponse"))
        try term.expect("probe> ")
        term.sendControl("c")  // on an empty line too
        try term.expect("interrupted\n")
        try term.expect("probe> ")
        term.sendControl("d")
        try term.expect("bye")
        #expect(try term.waitForExit() == 0)
    }

    /// Ctrl-C typed right behind other keys: the terminal flushes those keys, and the interrupt can
    /// arrive after the reader was told a key was waiting. Each time, the line is cleared at once —
    /// never a reader asleep until the next key, with no prompt on the screen.
    @Test func ctrlCRightBehindOtherKeysAlwaysClearsTheLineAtOnce() throws {
        let term = try startProbe(environment())
        for round in 1...400 {
            term.send("pas encore \(round)")
            term.sendControl("c")
            try term.expect("interrupted\n")
            try term.expect("probe> ")
        }
        term.send("suite\r")
        try term.expect("got: suite\n")
        #expect(!term.transcript.contains("got: pas encore"))
    }

    @Test func ctrlCAfterRecallingHistoryKeepsTheHistoryIntact() throws {
        let term = try startProbe(environment())
        term.send("hebdomadaire\r")
        try term.expect("got: hebdomadaire\n")
        try term.expect("probe> ")
        term.press(.up)
        term.send(" modifié")
        try term.expect("modifié")
        term.sendControl("c")
        try term.expect("interrupted\n")
        try term.expect("probe> ")
        term.press(.up)
        term.press(.enter)
        try term.expect("got: hebdomadaire\n")
    }

    @Test(arguments: ["xterm", "dumb"])
    func ctrlDOnAnEmptyLineEndsTheInput(terminal: String) throws {
        let term = try startProbe(environment(["TERM": terminal]))
        term.send("abc")
        term.sendControl("d")  // not empty: deletes nothing at the end of the line, ends nothing
        term.send("\r")
        try term.expect("got: abc\n")
        try term.expect("probe> ")
        term.sendControl("d")
        try term.expect("bye")
        #expect(try term.waitForExit() == 0)
        // One newline after the prompt, not a blank line.
        let screen = term.transcript.replacingOccurrences(of: "\u{1B}[?2004l", with: "")
            .replacingOccurrences(of: "\r", with: "")
        #expect(screen.hasSuffix("probe> \nbye\n"))
    }

    /// Issue 9: Up in a new client's session must never show the previous client's answers. Only
    /// command words are kept on disk and shared; a session's own lines come from its journal.
    @Test func answersStayInTheirSessionOnlyCommandWordsAreShared() throws {
        let folder = stateHome.appendingPathComponent("atelier")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let legacy = folder.appendingPathComponent("history-cadrage-mission")
        try "réponse d'un ancien client\n".write(to: legacy, atomically: true, encoding: .utf8)

        let first = try startProbe(environment())
        #expect(!FileManager.default.fileExists(atPath: legacy.path), "the old per-workshop history mixed clients")
        first.send("réponse confidentielle\r")
        try first.expect("got: réponse confidentielle\n")
        first.send("/note très confidentiel\r")
        try first.expect("got: /note très confidentiel\n")
        try first.expect("probe> ")
        first.sendControl("d")
        #expect(try first.waitForExit() == 0)

        let file = folder.appendingPathComponent("history-commands")
        let fileMode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
        #expect(try String(contentsOf: file, encoding: .utf8) == "/note\n")
        let everything = try FileManager.default.subpathsOfDirectory(atPath: stateHome.path).compactMap {
            try? String(contentsOf: stateHome.appendingPathComponent($0), encoding: .utf8)
        }.joined()
        #expect(!everything.contains("confidentiel"), "no answer, no command argument on disk")

        // The next client's session: Up shows the command word, never the answer.
        let second = try startProbe(environment())
        second.press(.up)
        second.press(.enter)
        try second.expect("got: /note\n")

        // A resumed session gets its own lines back (from its journal).
        let resumed = try startProbe(environment(), sessionHistory: ["réponse d'avant la reprise"])
        resumed.press(.up)
        resumed.press(.enter)
        try resumed.expect("got: réponse d'avant la reprise\n")
    }

    @Test func historyFallsBackToHomeAndAnUnwritablePlaceIsHarmless() throws {
        let term = try startProbe(environment(["XDG_STATE_HOME": "", "HOME": stateHome.path]))
        term.send("une ligne\r")
        try term.expect("got: une ligne\n")
        let file = stateHome.appendingPathComponent(".local/state/atelier/history-commands")
        #expect(FileManager.default.fileExists(atPath: file.path))

        let nowhere = try startProbe(environment(["XDG_STATE_HOME": "/proc/atelier-nowhere", "HOME": "/proc/nowhere"]))
        nowhere.send("quand même\r")
        try nowhere.expect("got: quand même\n")
    }

    @Test func windowResizeMidLineKeepsTheLine() throws {
        let term = try startProbe(environment())
        term.send("avant ")
        try term.expect("avant ")
        term.resize(rows: 30, columns: 40)
        term.send("après\r")
        try term.expect("got: avant après\n")
        try term.expect("probe> ")
        term.send("/columns\r")
        try term.expect("columns: 40\n")
    }

    @Test func inputrcSectionsForAtelierApply() throws {
        let inputrc = stateHome.appendingPathComponent("inputrc")
        try "$if atelier\n\"\\C-xm\": \"bonjour\"\n$endif\n$if other\n\"\\C-xo\": \"non\"\n$endif\n"
            .write(to: inputrc, atomically: true, encoding: .utf8)
        let term = try startProbe(environment(["INPUTRC": inputrc.path]))
        term.send("\u{18}m \u{18}o\r")
        try term.expect("got: bonjour \n")
    }

    @Test func colouredPromptOnlyWhenAllowed() throws {
        let coloured = try TerminalSession(lineProbeExecutableURL(), environment: environment(["NO_COLOR": ""]))
        try coloured.expect("\u{1B}[1mprobe\u{1B}[0m> ")
        #expect(!coloured.transcript.contains("\u{01}"))  // readline removes its invisible markers

        let dumb = try TerminalSession(lineProbeExecutableURL(), environment: environment(["NO_COLOR": "", "TERM": "dumb"]))
        try dumb.expect("probe> ")
        #expect(!dumb.transcript.contains("\u{1B}[1m"))
    }
}

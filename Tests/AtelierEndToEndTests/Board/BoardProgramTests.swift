import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The board is a program of its own (`atelier-board`), beside `atelier`: `atelier` links no
/// networking at all (its start-up stays that of a program without it), starts the board, and
/// supervises it — Ctrl-C in the session is the session's, the board stops with the session or
/// when `atelier` dies, and a board program that is not there is one sentence, before any session
/// file is created.
@Suite struct BoardProgramTests {
    /// What the dynamic loader would load for `executable` (as `ldd` says it), without running it.
    static func loadedLibraries(_ executable: URL) throws -> String {
        let run = try PipedRun.run(executable, input: "", environment: ["LD_TRACE_LOADED_OBJECTS": "1"])
        return run.standardOutput
    }

    #if os(Linux)
    @Test func atelierLinksNeitherFoundationNetworkingNorCurlAndTheBoardProgramDoes() throws {
        let atelier = try Self.loadedLibraries(atelierExecutableURL())
        #expect(atelier.contains("libc.so"), "the loader listed nothing: \(atelier)")
        #expect(!atelier.contains("FoundationNetworking"), "atelier loads Foundation's networking:\n\(atelier)")
        #expect(!atelier.contains("libcurl"), "atelier loads libcurl:\n\(atelier)")
        let board = try Self.loadedLibraries(builtExecutableURL(named: "atelier-board"))
        #expect(board.contains("FoundationNetworking") || board.contains("libcurl"), "the check would not see them:\n\(board)")
    }
    #endif

    @Test func withoutTheBoardProgramBesideItAtelierSaysSoAndCreatesNoSession() throws {
        let workspace = try Workspace("atelier-no-board")
        let alone = workspace.folder.appendingPathComponent("bin", isDirectory: true)
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        let copy = alone.appendingPathComponent("atelier")
        try FileManager.default.copyItem(at: atelierExecutableURL(), to: copy)
        let session = workspace.path("s.jsonl")
        let run = try PipedRun.run(copy, arguments: ["run", flagshipScript, "--board", "--session", session],
                                   input: "o\n", environment: workspace.environment())
        #expect(run.exitStatus == 3, "a program file that is not there")
        #expect(run.standardError.contains("atelier-board"), "\(run.standardError)")
        #expect(run.standardError.contains(alone.path), "it says where it looked: \(run.standardError)")
        #expect(run.standardError.contains("scripts/atelier"), "it says what to do: \(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1, "one sentence: \(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: session), "a session file was left behind")
    }

    @Test func anAddressTheBoardCannotUseIsRefusedBeforeTheSessionFileExists() throws {
        let workspace = try Workspace("atelier-bad-board")
        let session = workspace.path("s.jsonl")
        let run = try workspace.atelier(["run", flagshipScript, "--board", "99999", "--session", session], input: "o\n")
        #expect(run.exitStatus == 1)
        // The board's own sentence (French typography: a no-break space before the colon).
        #expect(run.standardError.hasPrefix("atelier: adresse du tableau invalide"), "\(run.standardError)")
        #expect(run.standardError.contains("99999. Exemples"))
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: session))
    }

    @Test(arguments: ["fr", "en"])
    func aPortAnotherProgramHoldsIsSaidInWordsBeforeTheSessionFileExists(language: String) throws {
        let workspace = try Workspace("atelier-board-port-taken")
        let (listener, port) = try #require(Self.listenOnAFreePort())
        defer { close(listener) }
        let session = workspace.path("s.jsonl")
        let run = try workspace.atelier(["run", flagshipScript, "--lang", language, "--board", "127.0.0.1:\(port)",
                                         "--session", session], input: "/quitter\n")
        #expect(run.exitStatus == 1)
        let said = language == "fr" ? "le port \(port) est déjà pris par un autre programme" : "port \(port) is already taken by another program"
        #expect(run.standardError.contains(said), "\(run.standardError)")
        #expect(run.standardError.contains("--board"), "it says what to do: \(run.standardError)")
        #expect(!run.standardError.contains("errno") && !run.standardError.contains("Bind"), "a Swift value, not words: \(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: session), "a session file was left behind")
    }

    @Test func ctrlCIsTheSessionsAndTheBoardStopsWithTheSession() throws {
        let workspace = try Workspace("atelier-board-pty")
        let session = workspace.path("s.jsonl")
        let environment = ["PATH": "/usr/bin:/bin", "HOME": workspace.folder.path, "XDG_STATE_HOME": workspace.folder.path,
                           "TERM": "dumb", "LANG": "C.UTF-8", "NO_COLOR": "1", "ATELIER_CLOCK_STEP": "5"]
        let term = try TerminalSession(atelierExecutableURL(), arguments: ["run", flagshipScript, "--board", "--session", session],
                                       environment: environment)
        try term.expect("http://127.0.0.1:", timeout: .seconds(20))
        try term.expect("] › ", timeout: .seconds(20))
        let port = try #require(Self.port(in: term.transcript))
        #expect(Self.isListening(port))
        // Ctrl-C twice: the line is cleared, the session goes on, and so does the board.
        term.send("pas encore")
        term.sendControl("c")
        try term.expect("] › ")
        term.sendControl("c")
        try term.expect("] › ")
        usleep(200_000)
        #expect(Self.isListening(port), "Ctrl-C stopped the board")
        term.send("/quitter\r")
        #expect(try term.waitForExit(timeout: .seconds(20)) == 0)
        #expect(!Self.isListening(port), "the board outlived its session")
    }

    @Test func theBoardStopsWhenAtelierDiesHoweverItDies() throws {
        let workspace = try Workspace("atelier-board-orphan")
        let session = workspace.path("s.jsonl")
        let environment = ["PATH": "/usr/bin:/bin", "HOME": workspace.folder.path, "XDG_STATE_HOME": workspace.folder.path,
                           "TERM": "dumb", "LANG": "C.UTF-8", "NO_COLOR": "1"]
        let term = try TerminalSession(atelierExecutableURL(), arguments: ["run", flagshipScript, "--board", "--session", session],
                                       environment: environment)
        try term.expect("] › ", timeout: .seconds(20))
        let port = try #require(Self.port(in: term.transcript))
        #expect(Self.isListening(port))
        kill(term.processID, SIGKILL)
        #expect(try term.waitForExit(timeout: .seconds(10)) == 128 + SIGKILL)
        let deadline = ContinuousClock.now + .seconds(10)
        while Self.isListening(port) && ContinuousClock.now < deadline { usleep(50_000) }
        #expect(!Self.isListening(port), "the board outlived the atelier that started it")
    }

    /// The port of the first `http://127.0.0.1:PORT/` printed.
    static func port(in text: String) -> UInt16? {
        guard let range = text.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression) else { return nil }
        return UInt16(text[range].dropFirst("http://127.0.0.1:".count).dropLast())
    }

    /// A socket listening on 127.0.0.1 on a port the system chose, and that port.
    static func listenOnAFreePort() -> (Int32, UInt16)? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ready = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard ready else { close(fd); return nil }
        return (fd, UInt16(bigEndian: address.sin_port))
    }

    /// True when something accepts connections on 127.0.0.1:`port`.
    static func isListening(_ port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The shipped example answers (`workshops/examples/cadrage-acme.answers.txt`), run the way the
/// example session was recorded (its day, its clock step), in a folder on a RAM disk when there is
/// one: these tests run hundreds of sessions, and fsync costs milliseconds on a real disk.
struct ExampleRun {
    static let answers: [String] = {
        let url = repositoryRoot().appendingPathComponent("workshops/examples/cadrage-acme.answers.txt")
        var lines = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }()

    let folder: URL

    init(_ label: String) throws {
        let shm = URL(fileURLWithPath: "/dev/shm")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: shm.path, isDirectory: &isFolder), isFolder.boolValue,
           access(shm.path, W_OK) == 0 {
            folder = shm.appendingPathComponent("\(label)-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } else {
            folder = try makeTemporaryFolder(label)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    var session: String { folder.appendingPathComponent("s.jsonl").path }

    var environment: [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": folder.path, "XDG_STATE_HOME": folder.path,
         "ATELIER_CLOCK_STEP": DemoTests.clockStep, "ATELIER_TODAY": "2026-11-24"]
    }

    var runArguments: [String] {
        ["run", flagshipScript, "--client", "Acme Industrie", "--session", session]
    }

    static func text(_ lines: ArraySlice<String>) -> String { lines.map { $0 + "\n" }.joined() }

    /// The charter exported through the real binary, without what differs between two sessions
    /// (the session id, and in JSON the date).
    func charter(_ format: String) throws -> String {
        let run = try PipedRun.run(atelierExecutableURL(), arguments: ["export", session, "--format", format, "-o", "-"],
                                   input: "", environment: environment, timeout: .seconds(60))
        guard run.exitStatus == 0 else {
            throw TerminalSessionError(description: "export \(format) failed (\(run.exitStatus)): \(run.standardError)")
        }
        return run.standardOutput.replacingOccurrences(of: #"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#,
                                                       with: "SESSION", options: .regularExpression)
    }
}

/// True once the process is blocked reading its standard input: every line sent so far has been
/// read, handled and journaled (the session waits for the next one, as a consultant sees the next
/// prompt). Read from /proc: the system call it waits in, and its first argument.
func isWaitingForInput(_ pid: Int32) -> Bool {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8) else { return false }
    let fields = text.split(separator: " ")
    guard fields.count > 1 else { return false }
    #if arch(x86_64)
    let readCalls: Set<Substring> = ["0", "7"]  // read, poll
    #else
    let readCalls: Set<Substring> = ["63", "73"]  // read, ppoll
    #endif
    // read(0, …) or poll on the input (its first argument is then a pointer, not 0: accept both).
    return readCalls.contains(fields[0]) && (fields[0] == "7" || fields[0] == "73" || fields[1] == "0x0")
}

/// Waits (up to `timeout`) until `pid` waits for input.
func waitUntilWaitingForInput(_ pid: Int32, timeout: Double = 30) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while !isWaitingForInput(pid) {
        guard Date() < deadline else { throw TerminalSessionError(description: "process \(pid) never waited for input") }
        usleep(1_000)
    }
}

import AtelierCore
import CPty
import Foundation
import Testing

/// Issue 9: every acknowledged line is on disk before the next prompt, whatever kind of answer it
/// belongs to. The example answers are typed into `atelier run` (piped, as the example was
/// recorded); after each line, once the session has handled it and waits for the next one, it is
/// killed with SIGKILL, then resumed with the rest of the answers. At every one of those points the
/// journal holds every line sent so far (the last event's time is that line's), and the charter, in
/// Markdown and in JSON, is the one of the uninterrupted run.
@Suite struct KillAfterEveryLineTests {
    @Test func killedAfterEveryInputLineAndResumedGivesTheSameCharter() throws {
        let lines = ExampleRun.answers
        #expect(lines.count > 200)
        let reference = try ExampleRun("atelier-kill-reference")
        defer { reference.remove() }
        let whole = try PipedRun.run(atelierExecutableURL(), arguments: reference.runArguments,
                                     input: ExampleRun.text(lines[...]), environment: reference.environment, timeout: .seconds(60))
        #expect(whole.exitStatus == 0, "\(whole.standardError)")
        let expected = (md: try reference.charter("md"), json: try reference.charter("json"))

        let points = Array(1..<lines.count)
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for point in points where point % 4 == worker {
                do {
                    if let problem = try Self.killAndResume(after: point, lines: lines, expected: expected) {
                        failures.add("after line \(point) (\(lines[point - 1].prefix(40))): \(problem)")
                    }
                } catch {
                    failures.add("after line \(point): \(error)")
                }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all.count) of \(points.count) kill points differ:\n\(failures.all.sorted().prefix(20).joined(separator: "\n"))")
    }

    /// One kill point; nil when all is well, else what went wrong.
    static func killAndResume(after point: Int, lines: [String], expected: (md: String, json: String)) throws -> String? {
        let run = try ExampleRun("atelier-kill")
        defer { run.remove() }
        let process = Process()
        process.executableURL = atelierExecutableURL()
        process.arguments = run.runArguments
        process.environment = run.environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data(ExampleRun.text(lines[..<point]).utf8))
        // Acknowledged: every byte sent was read, and the session waits for the next line.
        let deadline = Date().addingTimeInterval(60)
        while atelier_unread_bytes(input.fileHandleForWriting.fileDescriptor) != 0
                || !isWaitingForInput(process.processIdentifier) {
            guard Date() < deadline, process.isRunning else { return "the session never waited for the next line" }
            usleep(1_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()

        let journal = try readJournal(run.session)
        guard journal.error == nil, journal.warnings.isEmpty else { return "journal damaged: \(journal.error.map { "\($0)" } ?? "\(journal.warnings)")" }
        // Each line read moves the example's clock one step and is journaled at that time.
        let step = Double(DemoTests.clockStep) ?? 0
        guard journal.elapsedTime == Double(point) * step else {
            return "lines lost: the journal stops at line \(Int(journal.elapsedTime / step)) of \(point)"
        }
        let resumed = try PipedRun.run(atelierExecutableURL(), arguments: ["resume", run.session],
                                       input: ExampleRun.text(lines[point...]), environment: run.environment,
                                       timeout: .seconds(60))
        guard resumed.exitStatus == 0 else { return "resume failed (\(resumed.exitStatus)): \(resumed.standardError)" }
        guard try run.charter("json") == expected.json else { return "the JSON charter differs" }
        guard try run.charter("md") == expected.md else { return "the Markdown charter differs" }
        return nil
    }
}

/// Failures gathered from the workers.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}

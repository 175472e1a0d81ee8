import AtelierCore
import CPty
import Foundation
import Testing

/// Issue 9: SIGTERM and SIGHUP (a closed terminal) end a live session cleanly: what was typed is
/// on disk, the resume command is said, the exit status is 128 + the signal, and a resume goes on
/// exactly where the session stood — in the middle of a list, a record, or an open prompt.
@Suite struct TerminationSignalTests {
    /// After these lines of the example answers: a checkpoint, the middle of a long text, of the
    /// objectives list, of an indicator record, of the deliverables, and "/modifier observations"
    /// whose "Nouvelle valeur :" prompt is open.
    static let points = [3, 7, 16, 27, 99, 216]

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalSavesSaysHowToResumeAndTheResumeGivesTheSameCharter(signal: Int32) throws {
        let lines = ExampleRun.answers
        let reference = try ExampleRun("atelier-signal-reference")
        defer { reference.remove() }
        _ = try PipedRun.run(atelierExecutableURL(), arguments: reference.runArguments, input: ExampleRun.text(lines[...]),
                             environment: reference.environment, timeout: .seconds(60))
        let expected = try reference.charter("json")
        for point in Self.points {
            let run = try ExampleRun("atelier-signal")
            defer { run.remove() }
            let process = Process()
            process.executableURL = atelierExecutableURL()
            process.arguments = run.runArguments
            process.environment = run.environment
            let input = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            try input.fileHandleForWriting.write(contentsOf: Data(ExampleRun.text(lines[..<point]).utf8))
            let deadline = Date().addingTimeInterval(60)
            while atelier_unread_bytes(input.fileHandleForWriting.fileDescriptor) != 0
                    || !isWaitingForInput(process.processIdentifier) {
                try #require(Date() < deadline && process.isRunning, "the session never waited for line \(point + 1)")
                usleep(1_000)
            }
            kill(process.processIdentifier, signal)
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()
            #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signal, "after line \(point)")
            let name = signal == SIGTERM ? "SIGTERM" : "SIGHUP"
            #expect(said.contains("\(run.session): notice: session interrompue (\(name)) : tout ce qui a été saisi est enregistré ; "
                                  + "pour reprendre : \(atelierAsStarted) resume \(run.session)"), "after line \(point): \(said)")
            let journal = try readJournal(run.session)
            #expect(journal.events.last?.kind != .quit, "a signal is an interruption: no quit recorded")
            #expect(journal.elapsedTime == Double(point) * (Double(DemoTests.clockStep) ?? 0), "lines lost after line \(point)")

            let resumed = try PipedRun.run(atelierExecutableURL(), arguments: ["resume", run.session],
                                           input: ExampleRun.text(lines[point...]), environment: run.environment,
                                           timeout: .seconds(60))
            #expect(resumed.exitStatus == 0, "\(resumed.standardError)")
            #expect(try run.charter("json") == expected, "resumed after \(name) at line \(point)")
        }
    }
}

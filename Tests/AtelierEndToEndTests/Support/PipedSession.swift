import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program whose standard input is a pipe kept open, written line by line like a scripted
/// interview, and whose standard output is watched as it comes, so a test can wait for a question
/// before it types the next answer, or kill the program at a precise point:
///
///     let run = try PipedSession(atelierExecutableURL(), arguments: ["run", script], environment: env)
///     run.send(["o"])
///     try run.expect("Le client a compris")
///     run.kill()
final class PipedSession {
    private let process = Process()
    private let input = Pipe()
    private let output = OutputBuffer()
    private let errors = OutputBuffer()
    private var consumed = 0

    /// Starts `executable` with `arguments` and exactly `environment`.
    init(_ executable: URL, arguments: [String], environment: [String: String]) throws {
        let stdout = Pipe(), stderr = Pipe()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = input
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        for (pipe, buffer) in [(stdout, output), (stderr, errors)] {
            Thread {  // a thread of its own: Dispatch's pool grows slowly when tests block it
                let handle = pipe.fileHandleForReading
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    buffer.append(chunk)
                }
                buffer.finish()
            }.start()
        }
    }

    deinit {
        if process.isRunning { kill() }
        try? input.fileHandleForWriting.close()
    }

    var processIdentifier: Int32 { process.processIdentifier }

    /// Writes each line followed by a newline.
    func send(_ lines: [String]) {
        let text = lines.map { $0 + "\n" }.joined()
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    /// Closes standard input: the end of the answers.
    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// Waits until `text` appears in the output not yet matched, and moves past it.
    func expect(_ text: String, timeout: Duration = .seconds(10)) throws {
        let deadline = Date().addingTimeInterval(Self.seconds(timeout))
        guard let end = output.waitFor(Array(text.utf8), from: consumed, until: deadline) else {
            throw TerminalSessionError(description: """
                expected \(text.debugDescription) within \(timeout); since the last match the program printed: \
                \(String(decoding: output.bytes.dropFirst(consumed), as: UTF8.self).debugDescription)
                stderr: \(standardError.debugDescription)
                """)
        }
        consumed = end
    }

    /// SIGKILL, as a crash or a power cut would: no chance to save anything more.
    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the end (killing the program after `timeout`) and returns its exit status.
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        let deadline = Date().addingTimeInterval(Self.seconds(timeout))
        while process.isRunning && Date() < deadline { usleep(2_000) }
        if process.isRunning {
            kill()
            throw TerminalSessionError(description: "the program did not exit within \(timeout); it printed: \(standardOutput.suffix(2000).debugDescription)")
        }
        _ = output.waitUntilFinished(until: deadline)
        _ = errors.waitUntilFinished(until: deadline)
        return process.terminationStatus
    }

    var standardOutput: String { String(decoding: output.bytes, as: UTF8.self) }
    var standardError: String { String(decoding: errors.bytes, as: UTF8.self) }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// Bytes read by a reader thread, with a way to wait for a given text.
private final class OutputBuffer: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: [UInt8] = []
    private var finished = false

    var bytes: [UInt8] { condition.withLock { data } }

    func append(_ chunk: Data) {
        condition.withLock {
            data.append(contentsOf: chunk)
            condition.broadcast()
        }
    }

    func finish() {
        condition.withLock {
            finished = true
            condition.broadcast()
        }
    }

    /// The offset just past the first `needle` at or after `start`, once it has been printed.
    func waitFor(_ needle: [UInt8], from start: Int, until deadline: Date) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let end = find(needle, from: start) { return end }
            if finished || !condition.wait(until: deadline) { return find(needle, from: start) }
        }
    }

    func waitUntilFinished(until deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !finished {
            if !condition.wait(until: deadline) { return finished }
        }
        return true
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, data.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= data.count {
            if data[index] == needle[0] && data[index..<index + needle.count].elementsEqual(needle) {
                return index + needle.count
            }
            index += 1
        }
        return nil
    }
}

import Foundation

/// The outcome of running a program with its standard input from a text.
struct PipedRun {
    var standardOutput: String
    var standardError: String
    var exitStatus: Int32

    /// Runs `executable` with `input` on standard input (a pipe, so not a terminal) and exactly
    /// `environment`, and waits for it to end (killed after `timeout`).
    static func run(_ executable: URL, arguments: [String] = [], input: String,
                    environment: [String: String], timeout: Duration = .seconds(10)) throws -> PipedRun {
        try run(executable, arguments: arguments, inputBytes: Data(input.utf8), environment: environment,
                timeout: timeout)
    }

    /// Same, with raw bytes on standard input (to send invalid UTF-8, for example).
    static func run(_ executable: URL, arguments: [String] = [], inputBytes: Data,
                    environment: [String: String], timeout: Duration = .seconds(10)) throws -> PipedRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()

        // Write and read on threads of their own (not Dispatch's pool, which grows slowly when
        // parallel tests block it), so a program that prints a lot cannot block either side.
        let finished = DispatchSemaphore(value: 0)
        let collected = Collected()
        for (index, pipe) in [stdout, stderr].enumerated() {
            Thread {
                collected.store(pipe.fileHandleForReading.readDataToEndOfFile(), at: index)
                finished.signal()
            }.start()
        }
        Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: inputBytes)
            try? stdin.fileHandleForWriting.close()
            finished.signal()
        }.start()
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        let deadline = DispatchTime.now() + seconds
        for _ in 0..<3 where finished.wait(timeout: deadline) == .timedOut {
            process.terminate()
            throw TerminalSessionError(description: "\(executable.lastPathComponent) did not finish within \(timeout)")
        }
        process.waitUntilExit()
        return PipedRun(standardOutput: String(decoding: collected.data(at: 0), as: UTF8.self),
                        standardError: String(decoding: collected.data(at: 1), as: UTF8.self),
                        exitStatus: process.terminationStatus)
    }
}

/// Output gathered from two reader threads.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [Int: Data] = [:]

    func store(_ data: Data, at index: Int) {
        lock.withLock { parts[index] = data }
    }

    func data(at index: Int) -> Data {
        lock.withLock { parts[index] ?? Data() }
    }
}

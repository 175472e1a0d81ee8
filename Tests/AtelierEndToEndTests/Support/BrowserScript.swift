import Foundation
import Testing

/// Runs Python scripts that drive a real browser (Playwright from PyPI on Debian's Chromium), as the
/// export's browser tests do; scripts/ensure-test-tools installs them.
enum BrowserScript {
    /// nil when Chromium and Playwright are there (or were just installed), else the reason.
    static let dependencyProblem: String? = {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let result = run(["/usr/bin/env", repository.appendingPathComponent("scripts/ensure-test-tools").path], timeout: 1_200)
        if result.status == 0 { return nil }
        return "the browser could not be installed (scripts/ensure-test-tools: exit \(result.status): \(result.error))"
    }()

    struct Result { var status: Int32; var output: String; var error: String }

    /// Runs python3 with `code`, `arguments` appended to sys.argv, killed past `timeout` seconds.
    static func python(_ code: String, arguments: [String], timeout: Double) -> Result {
        run(["/usr/bin/env", "python3", "-c", code] + arguments, timeout: timeout)
    }

    static func run(_ command: [String], timeout: Double) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return Result(status: -1, output: "", error: "\(error)") }
        let outData = Buffer(), errData = Buffer()
        let group = DispatchGroup()
        group.enter()
        Thread { outData.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }.start()
        group.enter()
        Thread { errData.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }.start()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            group.wait()
            return Result(status: -2, output: String(decoding: outData.data, as: UTF8.self),
                          error: "timed out after \(Int(timeout)) s; stderr: " + String(decoding: errData.data, as: UTF8.self))
        }
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus, output: String(decoding: outData.data, as: UTF8.self),
                      error: String(decoding: errData.data, as: UTF8.self))
    }

    private final class Buffer: @unchecked Sendable { var data = Data() }

    /// Records an issue and returns false when the browser is not usable.
    static func ready(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        if let problem = dependencyProblem {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
            return false
        }
        return true
    }
}

import Foundation
import Testing

/// Runs the real readers (jsonschema, python-docx, html5lib, email) over exported files.
enum Python {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// True when python3 is on PATH; the reader tests are skipped (with this reason) otherwise.
    static let available: Bool = run(["python3", "-c", "pass"], timeout: 20).status == 0

    /// nil when the document readers are installed (or were just installed), else the reason.
    /// scripts/test installs them before the tests; run alone, `swift test` may have to (apt can
    /// take minutes on a fresh machine).
    static let dependencyProblem: String? = {
        let script = repository.appendingPathComponent("scripts/ensure-test-tools").path
        let result = run([script], timeout: 1_200)
        if result.status == 0 { return nil }
        let detail = result.error.trimmingCharacters(in: .whitespacesAndNewlines)
        return "the document readers could not be installed (scripts/ensure-test-tools: \(detail.isEmpty ? "exit \(result.status)" : detail))"
    }()

    struct Result { var status: Int32; var output: String; var error: String }

    /// Runs python3 with `code`, the given arguments appended to sys.argv.
    static func script(_ code: String, arguments: [String], timeout: Double = 60) -> Result {
        run(["python3", "-c", code] + arguments, timeout: timeout)
    }

    /// Runs a command, killing it past `timeout` seconds.
    static func run(_ command: [String], timeout: Double) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return Result(status: -1, output: "", error: "\(error)") }
        // Read while it runs, so a full pipe cannot block the child.
        let outData = Buffer(), errData = Buffer()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outData.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            group.wait()
            return Result(status: -2, output: "", error: "timed out after \(Int(timeout)) s: \(command.joined(separator: " "))")
        }
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus, output: String(decoding: outData.data, as: UTF8.self),
                      error: String(decoding: errData.data, as: UTF8.self))
    }

    /// Filled by one reader thread, read after `group.wait()`.
    private final class Buffer: @unchecked Sendable { var data = Data() }

    /// Writes bytes to a fresh temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Records an issue and returns false when the readers are not usable.
    static func ready(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        if let problem = dependencyProblem {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
            return false
        }
        return true
    }
}

import Foundation
import Testing

/// Expected outputs kept in files — export golden files, lint outputs, the bad-input corpus — and
/// compared byte for byte.
///
/// `ATELIER_RECORD=1` rewrites them from what the code prints now, and fails the run naming every
/// file it wrote and what changed in it, so a blind re-record can never pass for a test run: read
/// the diff, then run the tests again without the switch. Never edit a recorded file by hand.
public enum Recorded {
    /// The environment variable that switches recording on.
    public static let switchName = "ATELIER_RECORD"

    /// True when the tests run to record (`ATELIER_RECORD=1`).
    public static var isRecording: Bool { ProcessInfo.processInfo.environment[switchName] == "1" }

    /// Compares `actual` with the recorded file; with `recording`, writes `actual` there instead and
    /// records an issue saying what changed.
    ///
    /// - Parameters:
    ///   - file: the recorded file in the source tree (where recording writes).
    ///   - copy: where the test reads it (a bundle's copy of the source tree), `file` by default.
    public static func check(_ actual: [UInt8], file: URL, copy: URL? = nil, recording: Bool = isRecording,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let name = file.lastPathComponent
        let previous = FileManager.default.contents(atPath: file.path).map([UInt8].init)
        if recording {
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual).write(to: file)
            } catch {
                Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
                return
            }
            let change = previous.map { difference(expected: $0, actual: actual) } ?? "new file"
            Issue.record("\(switchName)=1 recorded \(file.path): \(change ?? "unchanged"). Read the change, then run the tests without \(switchName).",
                         sourceLocation: sourceLocation)
            return
        }
        guard let expected = FileManager.default.contents(atPath: (copy ?? file).path).map([UInt8].init) else {
            Issue.record("no recorded file \(name): run the tests with \(switchName)=1, read what it wrote, then run them again",
                         sourceLocation: sourceLocation)
            return
        }
        if let change = difference(expected: expected, actual: actual) {
            Issue.record("\(name) differs from what is recorded: \(change) (if the change is intended, re-record with \(switchName)=1)",
                         sourceLocation: sourceLocation)
        }
    }

    /// Same, for text.
    public static func check(_ actual: String, file: URL, copy: URL? = nil, recording: Bool = isRecording,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        check(Array(actual.utf8), file: file, copy: copy, recording: recording, sourceLocation: sourceLocation)
    }

    /// The first line that differs, or nil when the bytes are the same.
    static func difference(expected: [UInt8], actual: [UInt8]) -> String? {
        guard expected != actual else { return nil }
        let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let was = line < e.count ? String(e[line]) : "<end>"
        let now = line < a.count ? String(a[line]) : "<end>"
        return "line \(line + 1) was «\(was.prefix(200))», is now «\(now.prefix(200))»"
    }
}

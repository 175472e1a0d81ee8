import Foundation
import Testing

/// Golden files live in Tests/AtelierExportTests/Golden/. `ATELIER_RECORD=1 swift test` rewrites
/// them from the current output instead of comparing; never edit them by hand.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["ATELIER_RECORD"] == "1" }

    static func check(_ actual: [UInt8], _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if recording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(actual).write(to: url)
            } catch {
                Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name); run ATELIER_RECORD=1 swift test --filter AtelierExportTests",
                         sourceLocation: sourceLocation)
            return
        }
        if [UInt8](expected) != actual {
            let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            let got = line < a.count ? String(a[line]) : "<end>"
            let want = line < e.count ? String(e[line]) : "<end>"
            Issue.record("""
                \(name) differs from the golden file at line \(line + 1):
                  expected: \(want)
                  actual:   \(got)
                (re-record with ATELIER_RECORD=1 if the change is intended)
                """, sourceLocation: sourceLocation)
        }
    }

    static func check(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        check(Array(actual.utf8), name, sourceLocation: sourceLocation)
    }
}

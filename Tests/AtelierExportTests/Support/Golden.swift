import AtelierTestSupport
import Foundation
import Testing

/// Golden files live in Tests/AtelierExportTests/Golden/. `ATELIER_RECORD=1 swift test` rewrites
/// them from the current output and fails the run naming what changed; never edit them by hand.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func check(_ actual: [UInt8], _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        Recorded.check(actual, file: directory.appendingPathComponent(name), sourceLocation: sourceLocation)
    }

    static func check(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        check(Array(actual.utf8), name, sourceLocation: sourceLocation)
    }
}

import Foundation

/// The built `atelier` executable.
func atelierExecutableURL(filePath: String = #filePath) -> URL {
    builtExecutableURL(named: "atelier", filePath: filePath)
}

/// The test-only `LineProbe` executable (AtelierTerminal's line input in a real terminal).
func lineProbeExecutableURL(filePath: String = #filePath) -> URL {
    builtExecutableURL(named: "LineProbe", filePath: filePath)
}

/// An executable of this package, built beside the test bundle (`.build/<triple>/debug`); failing
/// that, found by walking up from this source file to `.build/debug/<name>`.
func builtExecutableURL(named name: String, filePath: String = #filePath) -> URL {
    let manager = FileManager.default
    let besideBundle = Bundle.main.bundleURL.appendingPathComponent(name)
    if manager.isExecutableFile(atPath: besideBundle.path) { return besideBundle }
    var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while folder.path != "/" {
        let candidate = folder.appendingPathComponent(".build/debug/\(name)")
        if manager.isExecutableFile(atPath: candidate.path) { return candidate }
        folder.deleteLastPathComponent()
    }
    return besideBundle  // spawning it will fail and say where it was looked for
}

/// A fresh empty folder under the temporary directory, for HOME, XDG_STATE_HOME, sessions…
func makeTemporaryFolder(_ label: String = "atelier-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

import AtelierCLI
import AtelierTerminal
import Foundation

/// What `atelier ARGUMENTS` printed and how it ended, run in this process.
struct CommandRun {
    var output: String
    var errors: String
    var status: ExitStatus
}

/// Runs `atelier ARGUMENTS` in this process, as `main` would: standard output and error captured,
/// answers piped from `input`, exactly `environment` (no locale unless given, so English).
func atelier(_ arguments: [String], input: String = "", environment: [String: String] = [:],
             colour: Bool = false) -> CommandRun {
    let output = CapturedStream(), errors = CapturedStream()
    let context = CommandContext(environment: environment, output: output, outputColour: colour,
                                 printer: DiagnosticPrinter(to: errors, colour: colour),
                                 input: .lines(PipedInput(text: input)))
    let status = Atelier.run(arguments, in: context)
    return CommandRun(output: output.text, errors: errors.text, status: status)
}

/// The package's folder (where `workshops/` is), found from this source file.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // Support
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A file of the repository, by absolute path.
func repositoryFile(_ relative: String) -> String {
    repositoryRoot.appendingPathComponent(relative).path
}

/// A fresh empty folder under the temporary directory.
func temporaryFolder(_ label: String = "atelier-cli") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

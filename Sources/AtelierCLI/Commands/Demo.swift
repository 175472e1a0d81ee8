import ArgumentParser
import AtelierCore
import AtelierExport
import Foundation

extension Atelier {
    /// `atelier demo`: replays the shipped example workshop and prints its charter.
    struct Demo: AtelierCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Replay a shipped example workshop (a realistic client, in French) and print its charter as Markdown."
        )

        @Option(help: "instant (default), real, or xN (e.g. x60 to watch two hours in two minutes).")
        var pace: Pace = .instant

        @Option(name: [.short, .customLong("output")], help: "Also write the charter (Markdown) to this file.",
                completion: .file(extensions: ["md"]))
        var output: String?

        @OptionGroup var languageOption: LanguageOption

        func run(in context: CommandContext) throws {
            guard let path = Self.examplePath() else {
                throw CommandFailure(.fileAccess, CLIMessage.exampleMissing.text(context.language()))
            }
            let saved = try SavedSession.read(path, in: context)
            let engine = Transcript(saved: saved, pace: pace).play(context)
            let bytes: [UInt8]
            do {
                bytes = try Exporter.render(saved.document(engine), as: .md, options: ExportOptions())
            } catch {
                throw error.failure(saved.language)
            }
            context.say("\n" + String(decoding: bytes, as: UTF8.self))
            if let output { try Export.write(bytes, to: output, session: path, language: saved.language) }
        }

        /// The example, from the current folder or from the package the executable was built in.
        static func examplePath() -> String? {
            let relative = "workshops/examples/cadrage-acme.jsonl"
            if FileManager.default.fileExists(atPath: relative) { return relative }
            var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<6 {
                let candidate = dir.appendingPathComponent(relative).path
                if FileManager.default.fileExists(atPath: candidate) { return candidate }
                dir.deleteLastPathComponent()
            }
            return nil
        }
    }
}

import ArgumentParser
import AtelierCore
import Foundation

extension Atelier {
    /// `atelier lint FILE…`: checks workshop scripts and reports every problem found.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check workshop scripts and report every problem, with its file, line and column."
        )

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "The workshop scripts to check (YAML).")
        var files: [String]

        @Option(help: "text (for people) or json (for editors and CI).")
        var format: OutputFormat = .text

        func run() throws {
            var diagnostics: [Diagnostic] = []
            var sources: [String: String] = [:]
            var summaryLanguage: Language?
            var output = ""
            var filesWithProblems = 0
            for file in files {
                let result = Self.lint(file: file)
                summaryLanguage = summaryLanguage ?? result.language
                sources.merge(result.sources) { first, _ in first }
                diagnostics += result.diagnostics
                if !result.diagnostics.isEmpty { filesWithProblems += 1 }
                if format == .text {
                    output += DiagnosticPrinter.text(result.diagnostics, sources: result.sources, color: Self.useColor)
                }
            }
            if format == .json {
                output = DiagnosticPrinter.json(diagnostics)
            } else {
                output += Self.summary(diagnostics, files: filesWithProblems, language: summaryLanguage ?? Self.environmentLanguage) + "\n"
            }
            FileHandle.standardOutput.write(Data(output.utf8))
            if diagnostics.hasErrors { throw ExitCode.failure }
        }

        /// Reads one script and the templates it names, and loads it.
        static func lint(file: String) -> (diagnostics: [Diagnostic], sources: [String: String], language: Language?) {
            let fr = environmentLanguage == .fr
            guard let data = FileManager.default.contents(atPath: file) else {
                let exists = FileManager.default.fileExists(atPath: file)
                let message = switch (exists, fr) {
                case (true, true): "impossible de lire ce fichier (droits insuffisants, ou c'est un dossier)"
                case (true, false): "cannot read this file (no permission, or it is a folder)"
                case (false, true): "fichier introuvable"
                case (false, false): "no such file"
                }
                return ([.error(message, at: SourceLocation(file: file, line: 0, column: 0))], [:], nil)
            }
            guard let source = String(validating: [UInt8](data), as: UTF8.self) else {
                // Not UTF-8: the loader says where the first bad byte is.
                let result = WorkshopLoader.load(bytes: [UInt8](data), file: file, fallbackLanguage: fr ? .fr : .en)
                return (result.diagnostics, [:], nil)
            }
            var sources = [file: source]
            var templates: [String: String] = [:]
            for (format, path) in WorkshopLoader.templateReferences(in: source) {
                let display = WorkshopLoader.templateDisplayPath(path, scriptFile: file)
                if let data = FileManager.default.contents(atPath: display), let text = String(data: data, encoding: .utf8) {
                    templates[format] = text
                    sources[display] = text
                }
            }
            let language = WorkshopLoader.declaredLanguage(in: source)
            let result = WorkshopLoader.load(source: source, file: file, templateSources: templates)
            return (result.diagnostics, sources, language)
        }

        /// "2 erreurs, 1 avertissement dans 1 fichier" / "no problems"; `files` counts the files with problems.
        static func summary(_ diagnostics: [Diagnostic], files: Int, language: Language) -> String {
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            let fr = language == .fr
            guard errors + warnings > 0 else { return fr ? "aucun problème" : "no problems" }
            func count(_ n: Int, _ singular: String, _ plural: String) -> String { "\(n) \(n == 1 ? singular : plural)" }
            var parts: [String] = []
            if errors > 0 { parts.append(fr ? count(errors, "erreur", "erreurs") : count(errors, "error", "errors")) }
            if warnings > 0 {
                parts.append(fr ? count(warnings, "avertissement", "avertissements") : count(warnings, "warning", "warnings"))
            }
            let inFiles = fr ? count(files, "fichier", "fichiers") : count(files, "file", "files")
            return parts.joined(separator: ", ") + (fr ? " dans " : " in ") + inFiles
        }

        /// Colour when both outputs are terminals (never in a redirected file) and `NO_COLOR` is unset.
        static var useColor: Bool {
            isatty(STDOUT_FILENO) != 0 && isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }

        /// The language for messages that come before any script is read: English when the
        /// environment's locale says so, French otherwise.
        static var environmentLanguage: Language {
            let environment = ProcessInfo.processInfo.environment
            let locale = environment["LC_ALL"] ?? environment["LC_MESSAGES"] ?? environment["LANG"] ?? ""
            return locale.hasPrefix("en") ? .en : .fr
        }
    }
}

import ArgumentParser
import AtelierCore

extension Atelier {
    /// `atelier lint FILE…`: checks workshop scripts and reports every problem found.
    struct Lint: AtelierCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check workshop scripts and report every problem, with its file, line and column.",
            discussion: "Exit status: 0 when no script has an error (warnings allowed), 1 when one has, 3 when a file cannot be read."
        )

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "The workshop scripts to check (YAML).", completion: .file(extensions: ["yaml", "yml"]))
        var files: [String]

        @Option(help: "text (for people, on standard error) or json (for editors and CI, on standard output).")
        var format: OutputFormat = .text

        @OptionGroup var languageOption: LanguageOption

        func run(in context: CommandContext) throws {
            if format == .json { context.printer.collectJSON(for: context.output) }
            var all: [Diagnostic] = []
            var filesWithProblems = 0
            var summaryLanguage: Language?
            var unreadable = false
            for file in files {
                let check = ScriptFile.check(file, in: context)
                summaryLanguage = summaryLanguage ?? check.language
                unreadable = unreadable || !check.readable
                if !check.diagnostics.isEmpty { filesWithProblems += 1 }
                context.printer.report(check.diagnostics)
                all += check.diagnostics
            }
            context.printer.conclude(Self.summary(all, files: filesWithProblems, language: summaryLanguage ?? context.language()))
            if unreadable { throw CommandFailure(.fileAccess, []) }
        }

        /// « 2 erreurs, 1 avertissement dans 1 fichier » / "no problems"; `files` counts the files
        /// with problems.
        static func summary(_ diagnostics: [Diagnostic], files: Int, language: Language) -> String {
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            guard errors + warnings > 0 else { return CLIMessage.lintNoProblems.text(language) }
            var parts: [String] = []
            if errors > 0 { parts.append(CLIMessage.plural(errors, one: .lintErrorsOne, other: .lintErrorsOther, language)) }
            if warnings > 0 { parts.append(CLIMessage.plural(warnings, one: .lintWarningsOne, other: .lintWarningsOther, language)) }
            let where_ = CLIMessage.plural(files, one: .lintFilesOne, other: .lintFilesOther, language)
            return CLIMessage.lintSummary.text(language, ["problems": parts.joined(separator: ", "), "files": where_])
        }
    }
}

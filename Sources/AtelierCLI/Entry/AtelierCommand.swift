import ArgumentParser
import AtelierCore
import AtelierStore

/// A subcommand that works through a `CommandContext` (standard streams, the printer, the
/// session's input) instead of the process's globals, so tests can run it in-process.
protocol AtelierCommand: ParsableCommand {
    /// `--lang`, common to every command.
    var languageOption: LanguageOption { get }

    /// Does the work; throws a `CommandFailure` to stop with located errors and an exit status.
    func run(in context: CommandContext) throws
}

extension AtelierCommand {
    /// Argument-parser's entry point, unused: `Atelier.run(_:in:)` calls `run(in:)`.
    func run() throws {
        throw CommandFailure(.usage, "internal: \(Self.self) must run through Atelier.run(_:in:)")
    }
}

/// `--lang fr|en`: the language of the messages, instead of the script's or the locale's.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: "Language of the messages (fr or en); default: the script's or session's, else the locale (fr* gives French).")
    var value: Language?
}

extension Language: ExpressibleByArgument {}

extension Atelier {
    /// Runs `atelier ARGUMENTS` in `context`: parses, runs the command, prints every diagnostic
    /// through the context's printer, and says how the program ends (see `ExitStatus`).
    public static func run(_ arguments: [String], in context: CommandContext) -> ExitStatus {
        let status = outcome(arguments, in: context)
        context.printer.finish()
        // Standard output refused a write (`> /dev/full`, a closed pipe): what was asked for is not
        // there, whatever the command found (help and versions included).
        guard let code = context.output.failure, status == .ok || status == .problemsFound else { return status }
        let language = context.language()
        context.printer.report(.error(CLIMessage.standardOutputFailed.text(language, ["reason": SystemErrorText.describe(code, language)]), at: nil))
        return .fileAccess
    }

    private static func outcome(_ arguments: [String], in context: CommandContext) -> ExitStatus {
        let parsed: ParsableCommand
        do {
            parsed = try parseAsRoot(BoardLauncher.expandingBareBoard(arguments))
        } catch {
            return parserOutcome(error, in: context)
        }
        guard let command = parsed as? any AtelierCommand else {
            // The root alone: argument-parser answers with the help.
            return parserOutcome(CleanExit.helpRequest(), in: context)
        }
        context.languageFlag = command.languageOption.value
        do {
            try command.run(in: context)
        } catch let failure as CommandFailure {
            context.printer.report(failure.diagnostics)
            return failure.status
        } catch {
            return parserOutcome(error, in: context)
        }
        return context.printer.errorCount > 0 ? .problemsFound : .ok
    }

    /// Help, version and completion scripts go to standard output (status 0); usage errors to
    /// the printer, with the usage lines, and status 2; anything else to the printer, status 1.
    private static func parserOutcome(_ error: Error, in context: CommandContext) -> ExitStatus {
        let text = fullMessage(for: error)
        let code = exitCode(for: error)
        if code == .success {
            if !text.isEmpty { context.say(text + "\n") }
            return .ok
        }
        if !text.isEmpty { context.printer.report(.error(message(for: error), at: nil)) }
        guard code == .validationFailure else { return ExitStatus(rawValue: code.rawValue) }
        let usage = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        if !usage.isEmpty { context.printer.conclude(usage) }
        return .usage
    }
}

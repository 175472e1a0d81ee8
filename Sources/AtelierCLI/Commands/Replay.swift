import ArgumentParser
import AtelierCore

extension Atelier {
    /// `atelier replay SESSION`: plays a saved session back through the engine.
    struct Replay: AtelierCommand {
        static let configuration = CommandConfiguration(
            commandName: "replay",
            abstract: "Play a saved session back through the engine: same questions, same gaps, same charter.",
            discussion: """
            With --workshop pointing at an edited script, reports what would have gone differently: questions \
            no longer asked, answers that now land nowhere, new gaps the new rules would have raised.
            """
        )

        @Argument(help: "The session: its file, its id (or the start of it), or client/date (see `atelier sessions`).", completion: .file(extensions: ["jsonl"]))
        var session: String

        @Option(help: "An edited workshop script to compare against.", completion: .file(extensions: ["yaml", "yml"]))
        var workshop: String?

        @Option(help: "instant (default), real (as it unfolded), or xN (N times faster, e.g. x10).")
        var pace: Pace = .instant

        @OptionGroup var languageOption: LanguageOption

        func run(in context: CommandContext) throws {
            let saved = try SavedSession.read(session, in: context)
            if let warning = saved.scriptCopyWarning { context.report(warning.diagnostic(saved.language)) }
            if let workshop {
                let edited = try ScriptFile.load(workshop, in: context)
                context.say(SafeText.clean(ScriptComparison(saved: saved, edited: edited.workshop).report()))
                return
            }
            let engine = Transcript(saved: saved, pace: pace).play(context)
            context.say(SafeText.clean(Transcript.summary(engine, saved: saved, in: context)))
        }
    }
}

/// How fast a replay shows the session.
enum Pace: ExpressibleByArgument, Equatable {
    case instant
    /// Divide the recorded pauses by this factor (1 = as it happened).
    case speed(Double)

    init?(argument: String) {
        switch argument {
        case "instant": self = .instant
        case "real": self = .speed(1)
        default:
            guard argument.hasPrefix("x"), let n = Double(argument.dropFirst()), n > 0 else { return nil }
            self = .speed(n)
        }
    }
}

import ArgumentParser
import AtelierCore
import AtelierStore
import Foundation

extension Atelier {
    /// `atelier diff A B`, `atelier diff A --at 1:10`: what changed in the charter between two
    /// sessions, or between a session at an earlier time and now.
    struct Diff: AtelierCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Compare two sessions' charters, or a session with itself at an earlier time (--at 1:10).",
            discussion: """
            Shows, field by field, what was added, changed (before and after) or removed; the gaps opened and \
            closed; the decisions taken; the open questions resolved and raised; readiness before and after. \
            Records are matched by their id.
            """
        )

        @Argument(help: "The earlier session (a file, an id, or client/date).")
        var before: String

        @Argument(help: "The later session; without it, the same session now, compared with itself --at a time.")
        var after: String?

        @Option(help: ArgumentHelp("Workshop time of the earlier state, H:MM or minutes (1:10, 70).", valueName: "time"))
        var at: String?

        @Option(help: "text (default), md or json.")
        var format: DiffFormat = .text

        @OptionGroup var languageOption: LanguageOption

        func run(in context: CommandContext) throws {
            let language = context.language()
            guard after != nil || at != nil else { throw CommandFailure(.usage, CLIMessage.diffNeedsTwo.text(language)) }
            let seconds = try at.map { text -> Double in
                guard let value = Self.seconds(text) else { throw CommandFailure(.usage, CLIMessage.diffBadTime.text(language, ["text": text])) }
                return value
            }
            let first = try SavedSession.read(before, in: context)
            let second = try after.map { try SavedSession.read($0, in: context) } ?? first
            var firstEngine = first.replay().engine
            if let seconds { firstEngine = Engine.replaying(first.events, workshop: first.script.workshop, today: first.header.startDay, until: seconds) }
            let old = first.document(firstEngine)
            let new = second.document(second.replay().engine)
            let diff = CharterDiff(from: old, to: new)
            let sides = DiffReport.Sides(before: DiffReport.Side(saved: first, at: seconds), after: DiffReport.Side(saved: second, at: nil))
            let report = DiffReport(diff: diff, sides: sides, language: second.language)
            switch format {
            case .text: context.say(SafeText.clean(report.text()))
            case .md: context.say(SafeText.clean(report.markdown()))
            case .json: context.say(report.json())
            }
        }

        /// `1:10` (hours and minutes), `70` (minutes) -> seconds.
        static func seconds(_ text: String) -> Double? {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            switch parts.count {
            case 1: return Int(parts[0]).flatMap { $0 >= 0 ? Double($0 * 60) : nil }
            case 2:
                guard let h = Int(parts[0]), let m = Int(parts[1]), h >= 0, (0..<60).contains(m) else { return nil }
                return Double(h * 3600 + m * 60)
            default: return nil
            }
        }
    }
}

/// How `atelier diff` prints.
enum DiffFormat: String, ExpressibleByArgument {
    case text, md, json
}

import ArgumentParser
import AtelierCore
import AtelierStore
import Foundation

extension Atelier {
    /// `atelier sessions`: the consultant's session library — list, add, remove.
    struct Sessions: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sessions",
            abstract: "List your sessions (newest first), add one started elsewhere, or delete one.",
            discussion: """
            Sessions are kept in $ATELIER_SESSIONS, else $XDG_DATA_HOME/atelier/sessions, else \
            ~/.local/share/atelier/sessions; a session saved elsewhere with --session is linked there. \
            Commands that take a session accept its path, its id (or the start of it), or client/date.
            """,
            subcommands: [List.self, Add.self, Remove.self],
            defaultSubcommand: List.self
        )
    }
}

extension Atelier.Sessions {
    /// `atelier sessions [list]`.
    struct List: AtelierCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the sessions, newest first.")

        @Option(help: "Only the sessions of this client (part of the name; accents and case do not count).")
        var client: String?

        @Option(help: "Only the sessions of this workshop (its id, or part of its title).")
        var workshop: String?

        @Flag(help: "Print the list as JSON.")
        var json = false

        @OptionGroup var languageOption: LanguageOption

        func run(in context: CommandContext) throws {
            let language = context.language()
            let library = SessionLibrary(environment: context.environment)
            var summaries = library.entries().compactMap { SessionSummary.read($0, language: language) }
            if let client {
                let wanted = SessionPaths.slug(client)
                summaries = summaries.filter { SessionPaths.slug($0.header.client ?? "").contains(wanted) }
            }
            if let workshop {
                let wanted = SessionPaths.slug(workshop)
                summaries = summaries.filter { $0.header.workshopID == workshop || SessionPaths.slug($0.header.workshopTitle).contains(wanted) }
            }
            summaries.sort(by: SessionSummary.newestFirst)
            if json {
                let data = try JSONSerialization.data(withJSONObject: summaries.map(\.json), options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
                context.say(String(decoding: data, as: UTF8.self) + "\n")
                return
            }
            guard !summaries.isEmpty else {
                let filtered = client != nil || workshop != nil
                context.say((filtered ? CLIMessage.noSessionMatches.text(language)
                                      : CLIMessage.noSessionsYet.text(language, ["library": library.home])) + "\n")
                return
            }
            context.say(SafeText.clean(Self.table(summaries, language: language)))
        }

        static func table(_ summaries: [SessionSummary], language: Language) -> String {
            let headings = [CLIMessage.listDate, .listClient, .listWorkshop, .listTime, .listReady, .listQuestions, .listID, .listPath]
                .map { $0.text(language) }
            let rows = summaries.map { s -> [String] in
                [s.header.startDay.iso, s.header.client ?? "—", s.header.workshopTitle, Self.duration(s.timeSpent),
                 s.readiness.map { CLIMessage.percentValue.text(language, ["value": Int(($0 * 100).rounded())]) } ?? "?", s.openQuestions.map(String.init) ?? "?",
                 String(s.header.sessionID.prefix(8)), s.path + (s.problem.map { "  (\($0))" } ?? "")]
            }
            var widths = headings.map(\.count)
            for row in rows { for (i, cell) in row.enumerated() where i < row.count - 1 { widths[i] = max(widths[i], min(cell.count, 40)) } }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { i, cell in
                    let shown = cell.count > 40 && i < cells.count - 1 ? String(cell.prefix(39)) + "…" : cell
                    return i == cells.count - 1 ? shown : shown + String(repeating: " ", count: max(0, widths[i] - shown.count))
                }.joined(separator: "  ") + "\n"
            }
            return line(headings) + rows.map(line).joined()
        }

        /// Workshop time as "25 min" or "1 h 50".
        static func duration(_ seconds: Double) -> String {
            let minutes = Int((seconds / 60).rounded())
            guard minutes >= 60 else { return "\(minutes) min" }
            let rest = minutes % 60
            return "\(minutes / 60) h" + (rest == 0 ? "" : rest < 10 ? " 0\(rest)" : " \(rest)")
        }
    }

    /// `atelier sessions add PATH…`: links sessions saved elsewhere into the library.
    struct Add: AtelierCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add sessions saved elsewhere to the library (a link, the file stays where it is).")

        @Argument(help: "Session files.", completion: .file(extensions: ["jsonl"]))
        var paths: [String]

        @OptionGroup var languageOption: LanguageOption

        func run(in context: CommandContext) throws {
            let language = context.language()
            let library = SessionLibrary(environment: context.environment)
            for path in paths {
                let journal: JournalReadResult
                switch JournalReader.read(path: path) {
                case .success(let read): journal = read
                case .failure(let error): throw error.failure(language)
                }
                guard let header = journal.header else {
                    throw CommandFailure(.problemsFound, [JournalError.notAJournal(file: path).diagnostic(language)])
                }
                do {
                    try library.add(path: path, header: header)
                } catch {
                    throw error.failure(language)
                }
                context.say(SafeText.clean(CLIMessage.sessionAdded.text(language, [
                    "client": header.client ?? "—", "day": header.startDay.iso, "path": path,
                ])) + "\n")
            }
        }
    }

    /// `atelier sessions rm SESSION`: deletes a session after confirmation.
    struct Remove: AtelierCommand {
        static let configuration = CommandConfiguration(
            commandName: "rm",
            abstract: "Delete a session: its journal, its rescue file, its link; its answers leave the line history with it.",
            discussion: "Asks for confirmation (answer o/y) unless --yes. Refused while the session is open in another Atelier."
        )

        @Argument(help: "The session: its file, its id (or the start of it), or client/date.")
        var session: String

        @Flag(help: "Do not ask for confirmation.")
        var yes = false

        @OptionGroup var languageOption: LanguageOption

        func run(in context: CommandContext) throws {
            let path = try SessionReference.resolve(session, in: context)
            let header = (try? JournalReader.read(path: path).get())?.header
            let language = context.language(of: header?.language)
            if !yes {
                let what = [header?.client, header?.startDay.iso].compactMap { $0 }.joined(separator: ", ")
                context.say(SafeText.clean(CLIMessage.confirmRemove.text(language, ["what": what.isEmpty ? "" : "(\(what)) ", "path": path])))
                guard let answer = context.readAnswer(), AnswerParser.yesNo(answer.trimmingCharacters(in: .whitespaces)) == true else {
                    context.say("\n" + CLIMessage.removeCancelled.text(language) + "\n")
                    return
                }
            }
            let removed: [String]
            do {
                removed = try SessionLibrary(environment: context.environment).remove(path, header: header)
            } catch {
                throw error.failure(language)
            }
            context.say(SafeText.clean(CLIMessage.sessionRemoved.text(language, ["files": removed.map { "\n  " + $0 }.joined()])) + "\n")
        }
    }
}

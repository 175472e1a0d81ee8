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
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the sessions, newest first.")

        @Option(help: "Only the sessions of this client (part of the name; accents and case do not count).")
        var client: String?

        @Option(help: "Only the sessions of this workshop (its id, or part of its title).")
        var workshop: String?

        @Flag(help: "Print the list as JSON.")
        var json = false

        func run() throws {
            let language = Console.language
            let library = SessionLibrary()
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
                Console.out(String(decoding: data, as: UTF8.self) + "\n")
                return
            }
            guard !summaries.isEmpty else {
                Console.out(LibraryText.noSessions(library.home, filtered: client != nil || workshop != nil, language) + "\n")
                return
            }
            Console.out(SafeText.clean(Self.table(summaries, language: language)))
        }

        static func table(_ summaries: [SessionSummary], language: Language) -> String {
            let headings = LibraryText.listHeadings(language)
            let rows = summaries.map { s -> [String] in
                [s.header.startDay.iso, s.header.client ?? "—", s.header.workshopTitle, LibraryText.duration(s.timeSpent, language),
                 s.readiness.map { LibraryText.percent($0, language) } ?? "?", s.openQuestions.map(String.init) ?? "?",
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
    }

    /// `atelier sessions add PATH…`: links sessions saved elsewhere into the library.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add sessions saved elsewhere to the library (a link, the file stays where it is).")

        @Argument(help: "Session files.")
        var paths: [String]

        func run() throws {
            let language = Console.language
            let library = SessionLibrary()
            for path in paths {
                let journal: JournalReadResult
                switch JournalReader.read(path: path) {
                case .success(let read): journal = read
                case .failure(let error): throw Console.fail(error.message(language))
                }
                guard let header = journal.header else { throw Console.fail(LibraryText.notASession(path, language)) }
                do {
                    try library.add(path: path, header: header)
                } catch {
                    throw Console.fail(error.message(language))
                }
                Console.out(SafeText.clean(LibraryText.added(path, client: header.client, day: header.startDay, language)) + "\n")
            }
        }
    }

    /// `atelier sessions rm SESSION`: deletes a session after confirmation.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rm",
            abstract: "Delete a session: its journal, its rescue file, its link; its answers leave the line history with it.",
            discussion: "Asks for confirmation (answer o/y) unless --yes. Refused while the session is open in another Atelier."
        )

        @Argument(help: "The session: its file, its id (or the start of it), or client/date.")
        var session: String

        @Flag(help: "Do not ask for confirmation.")
        var yes = false

        func run() throws {
            let language = Console.language
            let path = try SessionReference.resolve(session, language: language)
            let header = (try? JournalReader.read(path: path).get())?.header
            if !yes {
                Console.out(SafeText.clean(LibraryText.confirmRemove(path, client: header?.client, day: header?.startDay, language)))
                guard let answer = readLine(), LibraryText.isYes(answer) else {
                    Console.out("\n" + LibraryText.removeCancelled(language) + "\n")
                    return
                }
            }
            let removed: [String]
            do {
                removed = try SessionLibrary().remove(path, header: header)
            } catch {
                throw Console.fail(error.message(language))
            }
            Console.out(SafeText.clean(LibraryText.removed(removed, language)) + "\n")
        }
    }
}

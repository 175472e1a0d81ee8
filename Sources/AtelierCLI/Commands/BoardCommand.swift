#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import ArgumentParser
import AtelierCore
import Foundation

extension Atelier {
    /// `atelier board SESSION`: the live board of a saved or running session, read-only. The board
    /// program (`atelier-board`) serves it; this command starts it, and stops it on Ctrl-C or SIGTERM.
    struct BoardCommand: AtelierCommand {
        static let configuration = CommandConfiguration(
            commandName: "board",
            abstract: "Show a session's live board (the client's copy, on a web page) for a saved or running session.",
            discussion: """
            Read-only: the board follows the session file as it grows, so it works beside a session running in \
            another terminal, or for a session resumed on another day. Bound to 127.0.0.1 by default; on another \
            address (0.0.0.0 for the room's network) its address carries a random token. Ctrl-C stops it.
            """
        )

        @Argument(help: "The session: its file, its id (or the start of it), or client/date (see `atelier sessions`).", completion: .file(extensions: ["jsonl"]))
        var session: String

        @Option(help: "Where to listen: 127.0.0.1:PORT (default, a free port), 0.0.0.0:PORT for the room's network.")
        var address: String?

        @OptionGroup var languageOption: LanguageOption

        func run(in context: CommandContext) throws {
            // Before the board starts: SIGINT and SIGTERM (and the board's own end) wait for `sigwait`.
            let waited = Self.blockStopSignals()
            let saved = try SavedSession.read(session, in: context)
            let board = try BoardProcess.start(session: saved.path, address: address,
                                               script: saved.header.scriptSource == nil ? saved.script.path : nil,
                                               live: false, in: context, language: saved.language)
            var received: Int32 = 0
            _ = withUnsafePointer(to: waited) { sigwait($0, &received) }
            // A stop asked for (Ctrl-C reaches the board too): a clean end. The board ending on its own is its status.
            let ending = board.stop()
            if received == SIGCHLD, ending != .status(0) {
                // The board said why; its status is 1 (an address refused) or 3 (a file).
                if case .status(let status) = ending { throw CommandFailure(ExitStatus(rawValue: status), []) }
                throw CommandFailure(.problemsFound, [BoardProcess.didNotStart(ending, language: saved.language)])
            }
        }

        /// Blocks SIGINT, SIGTERM and SIGCHLD in this thread, with their default action restored (a
        /// shell's `&` starts programs with SIGINT ignored, and an ignored signal is never waited
        /// for); returns the set to `sigwait` on. The board program gets a mask of its own.
        static func blockStopSignals() -> sigset_t {
            var set = sigset_t()
            sigemptyset(&set)
            for number in [SIGINT, SIGTERM, SIGCHLD] {
                signal(number, SIG_DFL)
                sigaddset(&set, number)
            }
            pthread_sigmask(SIG_BLOCK, &set, nil)
            return set
        }
    }
}

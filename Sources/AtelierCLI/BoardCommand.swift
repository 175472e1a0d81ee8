import ArgumentParser
import AtelierBoard
import AtelierCore
import Foundation

extension Atelier {
    /// `atelier board SESSION`: the live board of a saved or running session, read-only.
    struct BoardCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "board",
            abstract: "Show a session's live board (the client's copy, on a web page) for a saved or running session.",
            discussion: """
            Read-only: the board follows the session file as it grows, so it works beside a session running in \
            another terminal, or for a session resumed on another day. Bound to 127.0.0.1 by default; on another \
            address (0.0.0.0 for the room's network) its address carries a random token. Ctrl-C stops it.
            """
        )

        @Argument(help: "The session file (sessions/….jsonl).")
        var session: String

        @Option(help: "Where to listen: 127.0.0.1:PORT (default, a free port), 0.0.0.0:PORT for the room's network.")
        var address: String?

        func run() throws {
            // Before any thread starts, so that every thread of the board inherits it: SIGINT and
            // SIGTERM wait for `sigwait` below, and the board stops cleanly (connections closed, exit 0).
            let stopSignals = Self.blockStopSignals()
            let saved = try SavedSession.read(session)
            let language = saved.header.language
            let address = try address.map { try BoardLauncher.address($0, language: language) } ?? .local
            let board = try BoardLauncher.start(following: session, header: saved.header, workshop: saved.script.workshop,
                                                address: address)
            let text = BoardText.of(language)
            Console.out(text(.followingReadOnly, ["session": session]) + "\n" + text(.stopHint) + "\n")
            var received: Int32 = 0
            _ = withUnsafePointer(to: stopSignals) { sigwait($0, &received) }
            board.stop()
        }

        /// Blocks SIGINT and SIGTERM in this thread (and the threads it starts), with their default
        /// action restored (a shell's `&` starts programs with SIGINT ignored, and an ignored signal
        /// is never waited for); returns the set to `sigwait` on.
        static func blockStopSignals() -> sigset_t {
            var set = sigset_t()
            sigemptyset(&set)
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_DFL)
                sigaddset(&set, number)
            }
            pthread_sigmask(SIG_BLOCK, &set, nil)
            return set
        }
    }
}

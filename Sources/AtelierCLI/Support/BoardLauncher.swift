import ArgumentParser
import AtelierBoard
import AtelierCore
import AtelierStore
import Foundation

/// The CLI's side of the live board: reading `--board [ADDRESS]`, starting the board beside a
/// session, and saying where to open it.
enum BoardLauncher {
    /// `--board` with no address means this computer on a free port: the arguments are given the
    /// default before ArgumentParser reads them (`--board` followed by a script path, another option
    /// or nothing).
    static func expandingBareBoard(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--board" {
                let next = index + 1 < arguments.count ? arguments[index + 1] : nil
                if let next, looksLikeAddress(next) {
                    out += [argument, next]
                    index += 2
                    continue
                }
                out.append("--board=" + BoardAddress.local.description)
            } else {
                out.append(argument)
            }
            index += 1
        }
        return out
    }

    private static func looksLikeAddress(_ text: String) -> Bool {
        text.lowercased().hasPrefix("localhost")
            || (text.contains(where: \.isNumber) && text.allSatisfy { "0123456789.:[]abcdefABCDEF".contains($0) })
    }

    /// The address given, or a clear refusal.
    static func address(_ text: String, language: Language) throws -> BoardAddress {
        do {
            return try BoardAddress(parsing: text)
        } catch {
            throw Console.fail(error.message(language))
        }
    }

    /// Starts a board following `path`; prints where to open it (and, on the room's network, that
    /// the traffic is not encrypted).
    static func start(following path: String, header: JournalHeader, workshop: Workshop, address: BoardAddress,
                      live: (@Sendable () -> Bool)? = nil) throws -> Board {
        let language = workshop.language
        let board: Board
        do {
            board = try Board(following: path, header: header, workshop: workshop, address: address, live: live)
        } catch {
            throw Console.fail(error.message(language))
        }
        let text = BoardText.of(language)
        for url in board.urls {
            Console.out(text(board.isOnNetwork ? .openedOnNetwork : .opened, ["url": url]) + "\n")
        }
        if board.isOnNetwork { Console.out(text(.unencrypted) + "\n") }
        return board
    }
}

import AtelierCore
import AtelierStore
import Foundation

/// The CLI's side of the live board: reading `--board [ADDRESS]`, and finding the board program.
///
/// The board is a program of its own, `atelier-board`, beside `atelier` in the same folder
/// (`BoardProcess` starts it and supervises it): its HTTP server brings Foundation's networking
/// part and libcurl, which `atelier` itself never loads, so that every start stays fast.
enum BoardLauncher {
    /// This computer, on a free port (the board's own default, `BoardAddress.local`).
    static let defaultAddress = "127.0.0.1:0"

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
                out.append("--board=" + defaultAddress)
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

    /// The board program: `atelier-board` in the folder of the running `atelier` (symbolic links
    /// followed); a clear sentence when it is not there.
    static func program(language: Language) throws -> String {
        let path = besideThisProgram()
        guard access(path, X_OK) == 0 else {
            throw CommandFailure(.fileAccess, CLIMessage.boardProgramMissing.text(language), file: path)
        }
        return path
    }

    static func besideThisProgram() -> String {
        var folder: String?
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 { folder = (String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) as NSString).deletingLastPathComponent }
        #endif
        if folder == nil { folder = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path }
        return (folder ?? ".") + "/atelier-board"
    }

    /// Before a session file is created or opened: refuses an address the board could not use,
    /// with the board's own sentence (and a missing board program), so that nothing is left behind.
    static func check(address: String, in context: CommandContext) throws {
        let language = context.language()
        let program = try program(language: language)
        let ending = BoardProcess.runToEnd(program, ["--check-address", address, "--lang", language.rawValue])
        switch ending {
        case .status(0): return
        case .status(1): throw CommandFailure(.problemsFound, [])  // the board program said why
        default: throw CommandFailure(.problemsFound, [BoardProcess.didNotStart(ending, program: program, language: language)])
        }
    }
}

import ArgumentParser
import AtelierCore
import AtelierStore
import AtelierTerminal
import Foundation

/// Writing to the terminal from commands, and failing with one clear sentence. Every write is
/// checked: standard output that refuses one (`> /dev/full`, a closed pipe) ends the command with
/// one sentence on standard error and exit status 74, never a crash.
enum Console {
    static func out(_ text: String) {
        out(bytes: Array(text.utf8))
    }

    static func out(bytes: [UInt8]) {
        if let code = StandardStream.write(bytes, to: STDOUT_FILENO) { outputFailed(code) }
    }

    static func err(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        // Standard error itself refuses: there is nowhere left to say it.
        if StandardStream.write(line.utf8, to: STDERR_FILENO) != nil { exit(ExitStatus.outputFailed.rawValue) }
    }

    /// Standard output refused a write: one sentence on standard error, status 74.
    static func outputFailed(_ code: Int32) -> Never {
        err("atelier: " + CLIText.outputFailed(code, language))
        exit(ExitStatus.outputFailed.rawValue)
    }

    /// The language for messages before a script is read: English when LANG/LC_ALL say so, French otherwise.
    static var language: Language {
        let env = ProcessInfo.processInfo.environment
        let locale = env["LC_ALL"] ?? env["LC_MESSAGES"] ?? env["LANG"] ?? ""
        return locale.hasPrefix("en") ? .en : .fr
    }

    /// Prints `atelier: <message>` on stderr and exits with status 1.
    static func fail(_ message: String, status: ExitCode = ExitStatus.failure) -> ExitCode {
        // "atelier: le script…", not "atelier: Le script…" (but keep "SIRH…" or a path as written).
        var text = SafeText.clean(message)
        if let first = text.first, first.isUppercase, let second = text.dropFirst().first, second.isLowercase {
            text = first.lowercased() + text.dropFirst()
        }
        err("atelier: " + text)
        return status
    }

    static func t(_ language: Language, _ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// Quotes a shell argument when it needs it, for the commands Atelier prints.
    static func shellQuoted(_ s: String) -> String {
        let safe = s.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=@+".contains($0) }
        return safe && !s.isEmpty ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

import ArgumentParser
import AtelierCore
import Foundation

/// Writing to the terminal from commands, and failing with one clear sentence.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// The language for messages before a script is read: English when LANG/LC_ALL say so, French otherwise.
    static var language: Language {
        let env = ProcessInfo.processInfo.environment
        let locale = env["LC_ALL"] ?? env["LC_MESSAGES"] ?? env["LANG"] ?? ""
        return locale.hasPrefix("en") ? .en : .fr
    }

    /// Prints `atelier: <message>` on stderr and exits with status 1.
    static func fail(_ message: String) -> ExitCode {
        // "atelier: le script…", not "atelier: Le script…" (but keep "SIRH…" or a path as written).
        var text = message
        if let first = text.first, first.isUppercase, let second = text.dropFirst().first, second.isLowercase {
            text = first.lowercased() + text.dropFirst()
        }
        err("atelier: " + text)
        return ExitCode.failure
    }

    static func t(_ language: Language, _ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// Quotes a shell argument when it needs it, for the commands Atelier prints.
    static func shellQuoted(_ s: String) -> String {
        let safe = s.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=@+".contains($0) }
        return safe && !s.isEmpty ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import AtelierCore

/// Where session files go by default.
public enum SessionPaths {
    /// A free path for a new session: `DIRECTORY/DAY-CLIENT.jsonl` (the client's name slugged to
    /// ASCII, or the workshop id when there is no client), with `-2`, `-3`… when the name is taken.
    /// `sessions/2026-11-24-acme-industrie.jsonl`.
    public static func defaultPath(directory: String = "sessions", day: Day, client: String?,
                                   workshopID: String) -> String {
        let name = slug(client ?? "").isEmpty ? slug(workshopID) : slug(client ?? "")
        let stem = "\(day.iso)-\(name.isEmpty ? "session" : name)"
        let folder = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var candidate = "\(folder)/\(stem).jsonl"
        var number = 2
        while access(candidate, F_OK) == 0 {
            candidate = "\(folder)/\(stem)-\(number).jsonl"
            number += 1
        }
        return candidate
    }

    /// Lowercase ASCII letters and digits joined by single dashes: accents dropped (`é` → `e`),
    /// ligatures spelled out (`œ` → `oe`), everything else a separator; at most 40 characters.
    public static func slug(_ text: String) -> String {
        let spelled = text.lowercased()
            .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "ß", with: "ss")
        var out = ""
        var dashPending = false
        for scalar in spelled.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if dashPending && !out.isEmpty { out.append("-") }
                dashPending = false
                out.unicodeScalars.append(scalar)
            } else {
                dashPending = true
            }
        }
        if out.count > 40 {
            out = String(out.prefix(40))
            while out.hasSuffix("-") { out.removeLast() }
        }
        return out
    }

    /// Atelier's own state folder: `$XDG_STATE_HOME/atelier` when that variable holds an absolute
    /// path, else `$HOME/.local/state/atelier` (the home folder from the user database when
    /// `HOME` is unset).
    public static func stateDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return trimmed(state) + "/atelier"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? userHome() ?? "."
        return trimmed(home) + "/.local/state/atelier"
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path == "/" ? "" : path
    }

    private static func userHome() -> String? {
        guard let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir else { return nil }
        return String(cString: dir)
    }
}

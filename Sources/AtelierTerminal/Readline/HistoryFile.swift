#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The per-workshop history file, `$XDG_STATE_HOME/atelier/history-<workshop>` (or
/// `~/.local/state/atelier/…`): folders created 0700, the file 0600. Any failure means "no
/// history file", never an error: history is a comfort, the session must go on.
public enum HistoryFile {
    /// The path for a workshop, or nil when neither XDG_STATE_HOME nor HOME is usable.
    public static func path(workshopID: String, environment: [String: String]) -> String? {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = home + "/.local/state"
        } else {
            return nil
        }
        return base + "/atelier/history-" + safeName(workshopID)
    }

    /// Creates the folders and the file if needed; returns the path, or nil if that failed.
    static func prepare(workshopID: String, environment: [String: String]) -> String? {
        guard let path = path(workshopID: workshopID, environment: environment) else { return nil }
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        guard makeFolders(folder) else { return nil }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        fchmod(descriptor, 0o600)
        close(descriptor)
        return path
    }

    /// A file-name-safe version of a workshop id: letters, digits, '.', '-', '_' kept.
    static func safeName(_ id: String) -> String {
        let kept = id.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                               || scalar == "." || scalar == "-" || scalar == "_")
                ? Character(scalar) : "_"
        }
        let name = String(kept)
        return name.isEmpty || name.allSatisfy({ $0 == "." }) ? "workshop" : name
    }

    private static func makeFolders(_ folder: String) -> Bool {
        var current = ""
        for component in folder.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST { return false }
        }
        var info = stat()
        return stat(folder, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}

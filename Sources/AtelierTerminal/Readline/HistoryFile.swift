#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import AtelierCore

/// Readline's history, kept so that no client's words ever show in another client's session.
///
/// Only command words are kept on disk and shared between sessions: `$XDG_STATE_HOME/atelier/
/// history-commands` (or `~/.local/state/atelier/…`), folders 0700, the file 0600, `/note`
/// without its text, `/modifier` without its path. A session's answers live in memory only,
/// rebuilt from its own journal when it is resumed: deleting the session file leaves no copy of
/// them anywhere. Any failure means "no history file", never an error.
public enum HistoryFile {
    /// The shared file of command words, or nil when neither XDG_STATE_HOME nor HOME is usable.
    public static func commandsPath(environment: [String: String]) -> String? {
        stateFolder(environment).map { $0 + "/history-commands" }
    }

    /// Atelier's state folder for history (`…/atelier`), or nil.
    static func stateFolder(_ environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/atelier" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.local/state/atelier" }
        return nil
    }

    /// What of a typed line is shared: the command word of a command (`/note`), nothing of an answer.
    public static func sharedPart(of line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("/"), !trimmed.hasPrefix("//"), trimmed.count > 1 else { return nil }
        return String(trimmed.prefix { !$0.isWhitespace })
    }

    /// The lines of a session's own history, from its journal: what was typed, oldest first.
    public static func sessionLines(_ events: [Event], language: Language) -> [String] {
        events.compactMap { event -> String? in
            switch event.kind {
            case .answer(_, let value):
                switch value {
                case .list, .records: return nil  // typed line by line: their lines are `line` events
                default: return ValueText.plain(value, language)
                }
            case .line(_, let line): return line.value.map { ValueText.plain($0, language) }
            case .input(_, let text): return text.isEmpty ? nil : text
            case .note(let text): return "/note " + text
            case .decide(_, let text): return "/decider " + text
            default: return nil
            }
        }
    }

    /// Creates the folders and the file if needed; returns the path, or nil if that failed.
    static func prepareCommands(environment: [String: String]) -> String? {
        guard let path = commandsPath(environment: environment), let folder = stateFolder(environment),
              makeFolders(folder) else { return nil }
        removeAnswerHistories(in: folder)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return nil }
        fchmod(descriptor, 0o600)
        close(descriptor)
        return path
    }

    /// Appends a command word to the shared file.
    static func append(_ word: String, to path: String) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return }
        _ = Descriptor.writeAll((word + "\n").utf8, to: descriptor)
        close(descriptor)
    }

    /// Earlier versions kept every line typed, answers included, in `history-<workshop>` files
    /// shared by all the clients of a workshop: they are removed.
    static func removeAnswerHistories(in folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix("history-"), name != "history-commands" { _ = unlink(folder + "/" + name) }
        }
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

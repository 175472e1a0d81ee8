#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AtelierCore
import Foundation

/// A consultant's sessions, found without remembering where each was started.
///
/// The library is a folder, `$ATELIER_SESSIONS`, else `$XDG_DATA_HOME/atelier/sessions`, else
/// `~/.local/share/atelier/sessions` (mode 0700). New sessions are written there. A session
/// written elsewhere (`--session PATH`, or an older one added with `atelier sessions add`) is
/// recorded by a **link**: `links/<session_id>.path`, a private file holding that one session's
/// absolute path — one file per session, so nothing is shared between clients' sessions, and
/// deleting a session deletes its link.
///
/// An environment with none of these (no `HOME`: a bare test harness, a service) has no library:
/// new sessions go to `sessions/` in the current folder, as before the library existed, and
/// nothing is linked.
public struct SessionLibrary: Sendable {
    /// The library folder.
    public let home: String
    /// False when the environment names no library (`sessions/` in the current folder): sessions
    /// saved elsewhere are then not linked.
    public let keepsLinks: Bool

    public init(home: String, keepsLinks: Bool = true) {
        self.home = home
        self.keepsLinks = keepsLinks
    }

    /// The library of this environment (see the type's description).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let home = Self.home(environment: environment) {
            self.init(home: home)
        } else {
            self.init(home: "sessions", keepsLinks: false)
        }
    }

    /// `$ATELIER_SESSIONS`, else `$XDG_DATA_HOME/atelier/sessions`, else `$HOME/.local/share/atelier/sessions`;
    /// nil when the environment names none of them.
    public static func home(environment: [String: String]) -> String? {
        if let chosen = environment["ATELIER_SESSIONS"], !chosen.isEmpty { return trimmed(chosen) }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return trimmed(data) + "/atelier/sessions" }
        if let home = environment["HOME"], home.hasPrefix("/") { return trimmed(home) + "/.local/share/atelier/sessions" }
        return nil
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// Creates the library folder (0700) if needed.
    public func prepare() throws(StoreError) {
        if let code = FileSystem.makeFolders(home) { throw .cannotCreate(path: home, errno: code) }
    }

    /// A free path in the library for a new session (`DAY-CLIENT.jsonl`, `-2`… when taken).
    public func newSessionPath(day: Day, client: String?, workshopID: String) throws(StoreError) -> String {
        try prepare()
        return SessionPaths.defaultPath(directory: home, day: day, client: client, workshopID: workshopID)
    }

    /// The link file of a session.
    func linkPath(sessionID: String) -> String {
        let safe = String(sessionID.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") ? Character($0) : "_" })
        return home + "/links/" + (safe.isEmpty ? "session" : safe) + ".path"
    }

    /// True when `path` is inside the library folder itself (it needs no link).
    public func holds(_ path: String) -> Bool {
        FileSystem.parent(of: Self.absolute(path)) == Self.absolute(home)
    }

    /// Records a session written outside the library, so it is listed and found by reference.
    /// Nothing to do for a session inside it; a link already there is replaced only by a link
    /// to the same session (the file may have moved).
    public func add(path: String, header: JournalHeader) throws(StoreError) {
        guard keepsLinks, !holds(path) else { return }
        try prepare()
        let link = linkPath(sessionID: header.sessionID)
        if let code = FileSystem.makeFolders(FileSystem.parent(of: link)) { throw .cannotCreate(path: link, errno: code) }
        try OutputFile.write(Array((Self.absolute(path) + "\n").utf8), to: link)
    }

    /// One session of the library: where it is and its header, or why it cannot be read.
    public struct Entry: Sendable {
        public var path: String
        /// The link that points to it, for a session outside the library folder.
        public var link: String?
        public var journal: Result<JournalReadResult, StoreError>

        public var header: JournalHeader? { (try? journal.get())?.header }
    }

    /// Every session: the journals in the library folder, then those its links point to; each
    /// once. A link whose session is gone is left out (and removed by `sessions rm`).
    public func entries() -> [Entry] {
        var out: [Entry] = []
        var seen = Set<String>()
        for name in Self.names(in: home).sorted() where name.hasSuffix(".jsonl") {
            let path = home + "/" + name
            guard Self.isRegularFile(path), seen.insert(Self.absolute(path)).inserted else { continue }
            out.append(Entry(path: path, link: nil, journal: JournalReader.read(path: path)))
        }
        let links = home + "/links"
        for name in Self.names(in: links).sorted() where name.hasSuffix(".path") {
            let link = links + "/" + name
            guard case .success(let bytes) = InputFile.read(link, limit: 8192),
                  let target = String(validating: bytes, as: UTF8.self)?.trimmingCharacters(in: .newlines),
                  !target.isEmpty, Self.isRegularFile(target), seen.insert(Self.absolute(target)).inserted else { continue }
            out.append(Entry(path: target, link: link, journal: JournalReader.read(path: target)))
        }
        return out
    }

    /// What a reference names: a path to a journal, or a session of the library by its id (or
    /// the start of it, 4 characters at least), by `client/date` (`acme-industrie/2026-11-24`,
    /// the client as in the file names, the date or its start), or by its file name without `.jsonl`.
    public enum Resolution: Sendable {
        case found(String)
        case none
        /// More than one session fits: their paths.
        case ambiguous([String])
    }

    public func resolve(_ reference: String) -> Resolution {
        if Self.isRegularFile(reference) || reference.contains("/") && reference.hasSuffix(".jsonl") { return .found(reference) }
        let matches = entries().filter { entry in
            guard let header = entry.header else { return false }
            return Self.matches(reference, header: header, path: entry.path)
        }
        switch matches.count {
        case 0: return .none
        case 1: return .found(matches[0].path)
        default: return .ambiguous(matches.map(\.path))
        }
    }

    static func matches(_ reference: String, header: JournalHeader, path: String) -> Bool {
        let lowered = reference.lowercased()
        if lowered.count >= 4, header.sessionID.lowercased().hasPrefix(lowered) { return true }
        let stem = String((path.split(separator: "/").last ?? "").dropLast(".jsonl".count))
        if stem == reference { return true }
        let parts = reference.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty else { return false }
        let client = SessionPaths.slug(header.client ?? header.workshopID)
        return client == SessionPaths.slug(String(parts[0])) && header.startDay.iso.hasPrefix(String(parts[1]))
    }

    /// Deletes a session: its journal, its link, its rescue file. Refused while another Atelier
    /// has it open. Returns the files removed.
    public func remove(_ path: String, header: JournalHeader?, stateDirectory: String = SessionPaths.stateDirectory()) throws(StoreError) -> [String] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw JournalReader.openError(errno, path: path) }
        defer { close(fd) }
        if let kind = FileSystem.kind(fd) { throw .notARegularFile(path: path, kind: kind) }
        guard FileSystem.lock(fd) else { throw .inUse(path: path) }
        var removed: [String] = []
        guard unlink(path) == 0 else { throw .cannotWrite(path: path, errno: errno) }
        removed.append(path)
        if let header {
            for extra in [linkPath(sessionID: header.sessionID), RescueFile.path(sessionID: header.sessionID, stateDirectory: stateDirectory)]
                where unlink(extra) == 0 {
                removed.append(extra)
            }
        }
        return removed
    }

    static func names(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var out: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { out.append(name) }
        }
        return out
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// An absolute, tidied path (no `.`, `..` or double slashes); symbolic links kept.
    public static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (full as NSString).standardizingPath
    }
}

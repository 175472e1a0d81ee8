#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import AtelierCore

/// Checked workshop scripts kept between runs, so that a session on an unchanged script starts
/// without parsing and type-checking it again: one file per script content,
/// `$XDG_CACHE_HOME/atelier/scripts/<SHA-256 of the script>`, in a folder only its owner can
/// open (0700), each file readable by its owner only (0600).
///
/// An entry is used only when everything about it can be trusted: a regular file (not a link),
/// owned by this user and private, written by this very version of Atelier for a script whose
/// SHA-256 is the one asked for, its content intact (its checksum checks). Anything else — a
/// missing, cut, corrupt, foreign or hostile entry — reads as no entry, and the script is loaded
/// as usual. The cache never stops a session: when it cannot be read or written, it is skipped.
public struct ScriptCache: Sendable {
    public let directory: String
    let toolVersion: String

    /// The first line of every entry, with the entry format's version.
    static let magic = "atelier-script-cache 1"
    /// Larger entries are not read (the flagship's weighs about 30 KB).
    static let maximumSize = 64 * 1024 * 1024

    public init(directory: String, toolVersion: String) {
        self.directory = directory
        self.toolVersion = toolVersion
    }

    /// `$XDG_CACHE_HOME/atelier/scripts` when that variable holds an absolute path, else
    /// `$HOME/.cache/atelier/scripts` (the home folder from the user database when `HOME` is unset).
    public static func standardDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return trimmed(cache) + "/atelier/scripts"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? userHome() ?? "."
        return trimmed(home) + "/.cache/atelier/scripts"
    }

    /// The workshop cached for a script of these bytes, as if loaded from `file`; nil when no
    /// entry can be trusted.
    public func workshop(scriptBytes: [UInt8], file: String) -> Workshop? {
        let hash = SHA256.hex(scriptBytes)
        guard isPrivateFolder(directory), let entry = readEntry(path(for: hash)) else { return nil }
        guard let archive = archive(in: entry, scriptHash: hash) else { return nil }
        return WorkshopArchive.workshop(from: archive, file: file)
    }

    /// Keeps a checked workshop for the next start (written whole under a temporary name, then
    /// renamed, so a reader never sees half an entry). Does nothing when it cannot.
    public func store(_ workshop: Workshop, scriptBytes: [UInt8]) {
        let hash = SHA256.hex(scriptBytes)
        guard FileSystem.makeFolders(directory) == nil, isPrivateFolder(directory) else { return }
        let archive = WorkshopArchive.bytes(of: workshop)
        let head = [Self.magic, toolVersion, hash, Self.checksum(archive)].joined(separator: "\n") + "\n"
        let temporary = directory + "/.\(hash).\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let complete = writeAll(fd, Array(head.utf8) + archive)
        _ = close(fd)
        if !complete || rename(temporary, path(for: hash)) != 0 { _ = unlink(temporary) }
    }

    func path(for hash: String) -> String { directory + "/" + hash }

    /// The archive an entry holds, when its head says it is one this version wrote for this script.
    func archive(in entry: [UInt8], scriptHash: String) -> [UInt8]? {
        var lines: [String] = []
        var start = 0
        while lines.count < 4 {
            guard let newline = entry[start...].prefix(256).firstIndex(of: 0x0A),
                  let line = String(validating: entry[start..<newline], as: UTF8.self) else { return nil }
            lines.append(line)
            start = newline + 1
        }
        let archive = Array(entry[start...])
        guard lines[0] == Self.magic, lines[1] == toolVersion, lines[2] == scriptHash, lines[3] == Self.checksum(archive) else { return nil }
        return archive
    }

    /// FNV-1a (64 bits) of the archive, in hexadecimal: catches a damaged entry at a fraction of
    /// the cost of a second SHA-256 at every start (an entry someone else wrote is refused
    /// before, by its owner and permissions).
    static func checksum(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return String(hash, radix: 16)
    }

    /// The bytes of a regular file that this user owns and alone can read and write.
    private func readEntry(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == getuid(), info.st_mode & 0o077 == 0,
              info.st_size <= Self.maximumSize, case let .success(bytes) = FileSystem.readAll(fd) else { return nil }
        return bytes
    }

    /// A folder (not a link to one) that this user owns and alone can open.
    private func isPrivateFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR && info.st_uid == getuid() && info.st_mode & 0o077 == 0
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
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

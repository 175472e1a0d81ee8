#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AtelierCore

/// Writing a file Atelier produces (an exported charter, a template copy): client data, so private
/// from its first byte, and never in place of something that is not a plain output file.
///
/// The bytes go to a temporary file in the same folder, created by `open(2)` with
/// `O_CREAT | O_EXCL` and mode 0600 (never readable by others, not even for an instant), written,
/// fsynced, then renamed over `path`. `path` must be a new path or a regular file: a folder, a
/// device (`/dev/null`), a named pipe or a socket is refused, and so is a session journal — the one
/// being exported, one a live session holds the lock of, or any file that starts as a journal.
public enum OutputFile {
    /// Writes `bytes` to `path` as described; `session` is the journal being exported, if any.
    public static func write(_ bytes: [UInt8], to path: String, session: String? = nil) throws(StoreError) {
        try check(path, session: session)
        let folder = FileSystem.parent(of: path)
        let base = path.split(separator: "/").last.map(String.init) ?? path
        var fd: Int32 = -1
        var temporary = ""
        for attempt in 0..<100 {
            temporary = folder + "/." + base + ".\(getpid())-\(attempt).tmp"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw .cannotWrite(path: path, errno: errno) }
        // The umask may have narrowed 0600 further; never wider than the owner.
        _ = fchmod(fd, 0o600)
        let sink = POSIXFileSink(descriptor: fd)
        do throws(StoreError) {
            var offset = 0
            while offset < bytes.count {
                let written: Int
                do { written = try sink.write(bytes[offset...]) } catch { throw .cannotWrite(path: path, errno: error.code) }
                guard written > 0 else { throw .cannotWrite(path: path, errno: EIO) }
                offset += written
            }
            do { try sink.synchronize() } catch { throw .cannotWrite(path: path, errno: error.code) }
            sink.close()
            // Checked again just before the rename: the path may have changed meanwhile.
            try check(path, session: session)
            guard rename(temporary, path) == 0 else { throw .cannotWrite(path: path, errno: errno) }
        } catch {
            sink.close()
            _ = unlink(temporary)
            throw error
        }
        FileSystem.syncFolder(folder)
    }

    /// Why `path` may not be written, if it may not.
    static func check(_ path: String, session: String?) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            guard errno == ENOENT else { throw .cannotWrite(path: path, errno: errno) }
            return  // a new path
        }
        if let kind = FileSystem.kind(mode: info.st_mode) { throw .refusedTarget(path: path, reason: .kind(kind)) }
        if let session {
            var journal = stat()
            if stat(session, &journal) == 0, journal.st_dev == info.st_dev, journal.st_ino == info.st_ino {
                throw .refusedTarget(path: path, reason: .sameAsSession)
            }
        }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return }  // unreadable: the rename decides
        defer { _ = close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK {
            throw .refusedTarget(path: path, reason: .journalInUse)
        }
        _ = flock(fd, LOCK_UN)
        if startsAsJournal(fd) { throw .refusedTarget(path: path, reason: .journal) }
    }

    /// True when the file's first line is an Atelier journal header.
    private static func startsAsJournal(_ fd: Int32) -> Bool {
        var head = [UInt8](repeating: 0, count: 4096)
        let count = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        let firstLine = head[0..<count].prefix { $0 != 0x0A }
        return String(decoding: firstLine, as: UTF8.self).contains("\"format\":\"\(JournalHeader.formatName)\"")
            || String(decoding: firstLine, as: UTF8.self).contains("\"format\": \"\(JournalHeader.formatName)\"")
    }
}

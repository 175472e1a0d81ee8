#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls the store needs, with `errno` turned into a value.
package enum FileSystem {
    /// The folder part of `path` (`.` when there is none).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// Creates `folder` and any missing parents with mode 0700; existing folders are left as they are.
    package static func makeFolders(_ folder: String) -> Int32? {
        var prefix = folder.hasPrefix("/") ? "/" : ""
        for component in folder.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return errno }
            prefix += "/"
        }
        return nil
    }

    /// `open(2)`; the descriptor, or the `errno` of the failure.
    static func openFile(_ path: String, _ flags: Int32, mode: mode_t = 0) -> Result<Int32, SinkFailure> {
        let fd = open(path, flags, mode)
        return fd >= 0 ? .success(fd) : .failure(SinkFailure(code: errno))
    }

    /// The size of an open file, in bytes.
    static func size(_ fd: Int32) -> Int? {
        var info = stat()
        return fstat(fd, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Cuts an open file to `length` bytes; the `errno` of a failure.
    static func truncate(_ fd: Int32, to length: Int) -> Int32? {
        ftruncate(fd, off_t(length)) == 0 ? nil : errno
    }

    /// Makes the folder entry of a new file durable (best effort: some file systems refuse).
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        _ = close(fd)
    }

    /// Takes an exclusive lock on the whole file, without waiting; false only when another process
    /// holds it (a file system without locks is not a reason to refuse a session).
    static func lock(_ fd: Int32) -> Bool {
        flock(fd, LOCK_EX | LOCK_NB) == 0 || errno != EWOULDBLOCK
    }

    /// True when the open file is a folder.
    static func isFolder(_ fd: Int32) -> Bool {
        var info = stat()
        return fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// What an open file is, when it is not a regular file (nil for a regular file).
    static func kind(_ fd: Int32) -> FileKind? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .other }
        return kind(mode: info.st_mode)
    }

    static func kind(mode: mode_t) -> FileKind? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return .folder
        case S_IFCHR, S_IFBLK: return .device
        case S_IFIFO: return .fifo
        case S_IFSOCK: return .socket
        default: return .other
        }
    }

    /// Every byte of an open file, from its start; `.tooLarge` past `limit` bytes (a file that grows
    /// while read, or lies about its size, is never read without end).
    static func readAll(_ fd: Int32, limit: Int = .max) -> Result<[UInt8], ReadFailure> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var offset: off_t = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errno))
            }
            if count == 0 { return .success(bytes) }
            guard bytes.count + count <= limit else { return .failure(.tooLarge) }
            bytes.append(contentsOf: chunk[0..<count])
            offset += off_t(count)
        }
    }

    enum ReadFailure: Error {
        case system(Int32)
        case tooLarge
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files the export writes itself (the default templates): regular files, owner-only from the
/// first byte, never written through a symbolic link.
enum PrivateFile {
    /// Writes `bytes` to a new file at `path` (mode 0600); an existing file is replaced only with
    /// `replacing`. Returns the `errno` of a failure.
    static func store(_ bytes: [UInt8], at path: String, replacing: Bool) -> Int32? {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (replacing ? O_TRUNC : O_EXCL)
        let fd = open(path, flags, 0o600)
        guard fd >= 0 else { return errno }
        defer { _ = close(fd) }
        var done = 0
        while done < bytes.count {
            let written = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += written
        }
        return fsync(fd) == 0 ? nil : errno
    }

    /// Creates `folder` and its missing parents (mode 0700). Returns the `errno` of a failure.
    static func makeFolders(_ folder: String) -> Int32? {
        var prefix = folder.hasPrefix("/") ? "/" : ""
        for component in folder.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return errno }
            prefix += "/"
        }
        return nil
    }
}

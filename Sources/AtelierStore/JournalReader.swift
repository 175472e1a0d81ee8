#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AtelierCore

/// Reads a session journal from disk.
public enum JournalReader {
    /// The journal at `path`, decoded. A missing, unreadable or locked-out file is a `StoreError`;
    /// damage inside the file is reported in the result (`warnings`, `error`), with what came before it.
    public static func read(path: String) -> Result<JournalReadResult, StoreError> {
        let fd: Int32
        switch FileSystem.openFile(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC) {
        case let .success(descriptor): fd = descriptor
        case let .failure(failure): return .failure(openError(failure.code, path: path))
        }
        defer { _ = close(fd) }
        return read(descriptor: fd, path: path)
    }

    static func read(descriptor fd: Int32, path: String) -> Result<JournalReadResult, StoreError> {
        InputFile.read(descriptor: fd, path: path, limit: InputFile.journalLimit).map { JournalCodec.decode($0, file: path) }
    }

    static func openError(_ code: Int32, path: String) -> StoreError {
        switch code {
        case ENOENT: return .notFound(path: path)
        case EACCES, EPERM: return .permissionDenied(path: path)
        case EISDIR: return .isDirectory(path: path)
        default: return .unreadable(path: path, errno: code)
        }
    }
}

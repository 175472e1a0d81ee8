#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a file Atelier was given (a journal, a script, a template): only a regular file, and
/// at most a bounded number of bytes, so `/dev/zero` or a named pipe is refused in one sentence
/// instead of being read without end or waited on forever.
public enum InputFile {
    /// The largest session journal read (a two-hour session weighs about 100 KB).
    public static let journalLimit = 256 * 1024 * 1024
    /// The largest workshop script read.
    public static let scriptLimit = 16 * 1024 * 1024

    /// The bytes of the regular file at `path`, at most `limit` of them.
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], StoreError> {
        // O_NONBLOCK: opening a named pipe must not wait for a writer.
        let fd: Int32
        switch FileSystem.openFile(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC) {
        case let .success(descriptor): fd = descriptor
        case let .failure(failure): return .failure(JournalReader.openError(failure.code, path: path))
        }
        defer { _ = close(fd) }
        return read(descriptor: fd, path: path, limit: limit)
    }

    static func read(descriptor fd: Int32, path: String, limit: Int) -> Result<[UInt8], StoreError> {
        if let kind = FileSystem.kind(fd) {
            return .failure(kind == .folder ? .isDirectory(path: path) : .notARegularFile(path: path, kind: kind))
        }
        switch FileSystem.readAll(fd, limit: limit) {
        case let .success(bytes): return .success(bytes)
        case .failure(.tooLarge): return .failure(.tooLarge(path: path, limit: limit))
        case let .failure(.system(code)): return .failure(JournalReader.openError(code, path: path))
        }
    }
}

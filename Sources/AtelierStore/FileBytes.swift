#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file (a script, a template, a journal), with the reason of a failure as a value.
public enum FileBytes {
    /// Why a file could not be read.
    public enum Failure: Error, Sendable, Hashable {
        /// Nothing at this path.
        case notFound
        /// The file's permissions forbid reading it.
        case notAllowed
        /// The path names a folder.
        case isFolder
        /// Another system error (`errno`).
        case other(errno: Int32)
    }

    /// Every byte of the file at `path`.
    public static func read(_ path: String) -> Result<[UInt8], Failure> {
        let fd: Int32
        switch FileSystem.openFile(path, O_RDONLY | O_CLOEXEC) {
        case let .success(descriptor): fd = descriptor
        case let .failure(failure): return .failure(Failure(failure.code))
        }
        defer { _ = close(fd) }
        if FileSystem.isFolder(fd) { return .failure(.isFolder) }
        return FileSystem.readAll(fd).mapError { Failure($0.code) }
    }
}

extension FileBytes.Failure {
    init(_ code: Int32) {
        switch code {
        case ENOENT: self = .notFound
        case EACCES, EPERM: self = .notAllowed
        case EISDIR: self = .isFolder
        default: self = .other(errno: code)
        }
    }
}

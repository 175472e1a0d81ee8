#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a journal's bytes go: an open file in production (`POSIXFileSink`); in tests, a double
/// that fails on purpose (disk full, read-only) without needing a full disk.
public protocol FileSink: AnyObject {
    /// Writes a prefix of `bytes` (possibly not all of them) and returns how many were written.
    func write(_ bytes: ArraySlice<UInt8>) throws(SinkFailure) -> Int
    /// Makes everything written so far durable (fsync).
    func synchronize() throws(SinkFailure)
    /// Releases the file; called once, last.
    func close()
}

/// A failed system call on a sink, with its `errno`.
public struct SinkFailure: Error, Sendable, Hashable {
    public var code: Int32
    public init(code: Int32) { self.code = code }
}

/// A file descriptor opened for appending.
public final class POSIXFileSink: FileSink {
    private var descriptor: Int32

    /// Takes ownership of `descriptor` (closed by `close()` or when the sink goes away).
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public func write(_ bytes: ArraySlice<UInt8>) throws(SinkFailure) -> Int {
        while true {
            let written = bytes.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress, buffer.count)
                #else
                Darwin.write(descriptor, buffer.baseAddress, buffer.count)
                #endif
            }
            if written >= 0 { return written }
            if errno != EINTR { throw SinkFailure(code: errno) }
        }
    }

    public func synchronize() throws(SinkFailure) {
        while fsync(descriptor) != 0 {
            if errno != EINTR { throw SinkFailure(code: errno) }
        }
    }

    public func close() {
        guard descriptor >= 0 else { return }
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #else
        _ = Darwin.close(descriptor)
        #endif
        descriptor = -1
    }

    deinit { close() }
}

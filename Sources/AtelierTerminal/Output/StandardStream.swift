#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Foundation

/// Somewhere text goes: standard output or error, or a test's buffer.
public protocol TextStream: AnyObject {
    /// Writes the bytes as they are, at once (a watcher sees them before the next prompt).
    func write(_ bytes: [UInt8])
    /// The system's error code of the first write that failed (a full disk behind a redirection,
    /// a reader that went away), nil while every write went through.
    var failure: Int32? { get }
}

extension TextStream {
    public func write(_ text: String) { write(Array(text.utf8)) }
}

/// A standard stream of this process, written without buffering and with every failure seen: a
/// full disk (`> /dev/full`), a reader that went away (a closed pipe: SIGPIPE is ignored, the
/// write fails with EPIPE), a terminal that was closed. What returns without a failure was written.
public final class StandardStream: TextStream, @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var firstFailure: Int32?

    /// Standard output.
    public static let output = StandardStream(STDOUT_FILENO)
    /// Standard error.
    public static let error = StandardStream(STDERR_FILENO)

    private init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    public func write(_ bytes: [UInt8]) {
        lock.withLock {
            if let code = Descriptor.writeAll(bytes, to: descriptor) { firstFailure = firstFailure ?? code }
        }
    }

    public var failure: Int32? { lock.withLock { firstFailure } }

    /// A write to a closed pipe fails with EPIPE instead of killing the program: call once at start.
    public static func ignoreBrokenPipes() {
        _ = signal(SIGPIPE, SIG_IGN)
    }
}

/// Text kept in memory: what a command printed, for the tests.
public final class CapturedStream: TextStream, @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: [UInt8]) {
        lock.withLock { self.bytes += bytes }
    }

    public var failure: Int32? { nil }

    /// Everything written so far, as UTF-8 text.
    public var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }
}

/// Writing to a file descriptor.
enum Descriptor {
    /// Writes all of `bytes` to `descriptor`, going on after an interruption; the `errno` of the
    /// failure that stopped it, or nil.
    static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Int32? {
        let all = Array(bytes)
        var offset = 0
        while offset < all.count {
            let written = all[offset...].withUnsafeBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress, buffer.count)
                #else
                Darwin.write(descriptor, buffer.baseAddress, buffer.count)
                #endif
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return written < 0 ? errno : EIO
            }
        }
        return nil
    }
}

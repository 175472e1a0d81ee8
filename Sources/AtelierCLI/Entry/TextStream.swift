import Foundation

/// Somewhere text goes: standard output or error, or a test's buffer.
public protocol TextStream: AnyObject {
    /// Writes the bytes as they are, at once (a watcher sees them before the next prompt).
    func write(_ bytes: [UInt8])
    /// The system's error code of the first write that failed (a full disk behind a redirection),
    /// nil while every write went through.
    var failure: Int32? { get }
}

extension TextStream {
    public func write(_ text: String) { write(Array(text.utf8)) }
}

/// A standard stream of this process, written without buffering.
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
            var done = 0
            while done < bytes.count {
                let written = bytes[done...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    firstFailure = firstFailure ?? errno
                    return
                }
                done += written
            }
        }
    }

    public var failure: Int32? { lock.withLock { firstFailure } }
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

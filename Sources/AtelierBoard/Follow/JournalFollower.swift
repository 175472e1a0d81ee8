#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AtelierCore
import AtelierStore
import Foundation

/// Reads a session journal as it grows, read-only: each line once it is whole (a line still being
/// written, or torn by a crash, is not yet shown), never the header. Wakes on the file's changes
/// through inotify where the system has it, else every 50 ms. `read` and `wait` are called from one
/// thread (the board's); `interrupt` from any.
final class JournalFollower: @unchecked Sendable {
    /// What a read found.
    enum Reading {
        /// The events appended since the last read (possibly none).
        case events([Event])
        /// The file is shorter than what was read (it was cut back): start again from these events.
        case restarted([Event])
    }

    let path: String
    private let fd: Int32
    private let watch: Int32
    /// Bytes of the file consumed: whole lines only, the header included.
    private var offset = 0
    private let decoder = JSONDecoder()
    /// Written to wake a `wait` early (`interrupt()`).
    private let wake: (read: Int32, write: Int32)

    /// Opens `path` for reading; nil with the system's reason when it cannot.
    init(path: String) throws(FollowError) {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FollowError(code: errno) }
        self.fd = fd
        #if canImport(Glibc)
        let watch = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        if watch >= 0, inotify_add_watch(watch, path, UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE)) < 0 {
            close(watch)
            self.watch = -1
        } else {
            self.watch = watch
        }
        #else
        self.watch = -1
        #endif
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            _ = fcntl(ends[0], F_SETFL, O_NONBLOCK)
            _ = fcntl(ends[1], F_SETFL, O_NONBLOCK)
            _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        }
        wake = (ends[0], ends[1])
    }

    deinit {
        close(fd)
        if watch >= 0 { close(watch) }
        if wake.read >= 0 { close(wake.read) }
        if wake.write >= 0 { close(wake.write) }
    }

    /// The events in the whole lines appended since the last read. A line that is not an event
    /// (damaged in the middle of the file) is passed over: the board only shows.
    func read() -> Reading {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .events([]) }
        let size = Int(info.st_size)
        var restarted = false
        if size < offset {
            offset = 0
            restarted = true
        }
        guard size > offset else { return restarted ? .restarted([]) : .events([]) }
        var bytes = [UInt8](repeating: 0, count: size - offset)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, $0.count - filled, off_t(offset + filled)) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            filled += count
        }
        guard let lastNewline = bytes[..<filled].lastIndex(of: 0x0A) else { return restarted ? .restarted([]) : .events([]) }
        var events: [Event] = []
        var start = 0
        for index in 0...lastNewline where bytes[index] == 0x0A {
            defer { start = index + 1 }
            let isHeader = offset == 0 && start == 0
            var end = index
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            guard !isHeader, end > start, let event = try? decoder.decode(Event.self, from: Data(bytes[start..<end])) else { continue }
            events.append(event)
        }
        offset += lastNewline + 1
        return restarted ? .restarted(events) : .events(events)
    }

    /// Waits until the file may have changed, `interrupt()` is called, or `timeout` seconds pass;
    /// true when the file changed (as far as the system says).
    @discardableResult
    func wait(timeout: Double) -> Bool {
        var fds = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
        if watch >= 0 { fds.append(pollfd(fd: watch, events: Int16(POLLIN), revents: 0)) }
        let milliseconds = watch >= 0 ? Int32(max(0, timeout * 1000)) : Int32(min(50, max(0, timeout * 1000)))
        _ = poll(&fds, nfds_t(fds.count), milliseconds)
        var drain = [UInt8](repeating: 0, count: 4096)
        for entry in fds where entry.revents != 0 {
            while drain.withUnsafeMutableBytes({ readBytes(entry.fd, $0) }) > 0 {}
        }
        return watch >= 0 && fds.count > 1 && fds[1].revents != 0
    }

    /// Wakes a `wait` in progress (from another thread).
    func interrupt() {
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }
}

/// Why a journal cannot be followed: the system's error.
struct FollowError: Error {
    var code: Int32
    func reason(_ language: Language) -> String { SystemErrorText.describe(code, language) }
}

/// `read(2)`, out of reach of `JournalFollower.read()`'s name.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
    read(fd, buffer.baseAddress, buffer.count)
}

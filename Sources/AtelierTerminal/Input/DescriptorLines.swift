#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Lines read from a file descriptor (standard input when answers are piped): any length, invalid
/// UTF-8 repaired (U+FFFD), a last line without its newline still counted. It waits with `poll`, so
/// SIGTERM or SIGHUP wakes it (see `TerminationSignal`) instead of leaving it blocked in a read.
final class DescriptorLines {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    /// Up to where `buffer` holds no newline (so a long line is searched once, not once a chunk).
    private var scanned = 0
    private var atEnd = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line without its newline; nil at the end of the input or when a signal came.
    func next() -> String? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[start..<newline], as: UTF8.self)
                start = newline + 1
                scanned = start
                compact()
                return line
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return line
            }
            if TerminationSignal.received != nil || !waitForInput() { return nil }
            fill()
        }
    }

    /// False when a termination signal woke the wait.
    private func waitForInput() -> Bool {
        var watched = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        let wake = TerminationSignal.wakeDescriptor
        if wake >= 0 { watched.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
        while true {
            let ready = poll(&watched, nfds_t(watched.count), -1)
            if TerminationSignal.received != nil { return false }
            if ready > 0 || errno != EINTR { return true }
        }
    }

    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            atEnd = true
        }
    }

    private func compact() {
        guard start > 64 * 1024, start * 2 > buffer.count else { return }
        buffer.removeSubrange(0..<start)
        scanned -= start
        start = 0
    }
}

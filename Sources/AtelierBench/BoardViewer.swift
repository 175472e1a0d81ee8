#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// One browser's worth of the board for the benchmark: a connection to the event stream, read on
/// a thread of its own, noting when each snapshot (`id: N`) arrived. It undoes the chunked
/// transfer encoding itself: the bench measures the board, so it brings no HTTP client of its own.
final class BoardViewer: @unchecked Sendable {
    private let condition = NSCondition()
    private var arrivals: [Int: Double] = [:]
    private var newest = 0
    private let fd: Int32

    init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard fd >= 0, connected == 0 else { throw BenchError("a viewer could not connect to the board") }
        let request = Array("GET /events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        Thread { self.read() }.start()
    }

    deinit { close(fd) }

    /// Waits until a snapshot newer than `version` arrived; its arrival time (monotonic seconds).
    func arrival(after version: Int, timeout: Double) -> Double? {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while newest <= version {
            if !condition.wait(until: deadline) { return nil }
        }
        return arrivals.filter { $0.key > version }.min { $0.key < $1.key }?.value
    }

    var newestVersion: Int { condition.withLock { newest } }

    func stop() { shutdown(fd, Int32(SHUT_RDWR)) }

    private func read() {
        var raw: [UInt8] = []
        var body: [UInt8] = []
        var headersDone = false
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return }
            let now = Self.monotonic()
            raw += buffer[0..<count]
            if !headersDone {
                guard let end = raw.firstRange(of: Array("\r\n\r\n".utf8)) else { continue }
                raw.removeSubrange(0..<end.upperBound)
                headersDone = true
            }
            // Chunks: "<hex size>\r\n<data>\r\n".
            while let line = raw.firstRange(of: [0x0D, 0x0A]) {
                guard let size = Int(String(decoding: raw[0..<line.lowerBound], as: UTF8.self), radix: 16) else { return }
                guard raw.count >= line.upperBound + size + 2 else { break }
                body += raw[line.upperBound..<line.upperBound + size]
                raw.removeSubrange(0..<line.upperBound + size + 2)
            }
            // Messages end with a blank line; a snapshot starts with its "id: N" line.
            while let end = body.firstRange(of: [0x0A, 0x0A]) {
                let message = String(decoding: body[0..<end.lowerBound], as: UTF8.self)
                body.removeSubrange(0..<end.upperBound)
                guard message.hasPrefix("id: "), let version = Int(message.dropFirst(4).prefix { $0.isNumber }) else { continue }
                condition.withLock {
                    arrivals[version] = now
                    newest = max(newest, version)
                    condition.broadcast()
                }
            }
        }
    }

    static func monotonic() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

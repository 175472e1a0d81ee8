import CPty
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a terminal scenario stopped. The description shows what the program had printed.
struct TerminalSessionError: Error, CustomStringConvertible {
    var description: String
}

/// A program running in a pseudo-terminal that is its controlling terminal (so Ctrl-C sends
/// SIGINT), driven like a person at the keyboard:
///
///     let term = try TerminalSession(lineProbeExecutableURL(), environment: ["TERM": "dumb"])
///     try term.expect("probe> ")
///     term.send("équipe\r")
///     try term.expect("got: équipe")
///     term.sendControl("d")
///     #expect(try term.waitForExit() == 0)
///
/// Output is matched after turning "\r\n" into "\n". Each `expect` consumes the output up to the
/// end of what it matched, so successive expectations move forward. The child is killed on deinit.
final class TerminalSession {
    /// Keys as a terminal sends them.
    enum Key: String {
        case up = "\u{1B}[A", down = "\u{1B}[B", right = "\u{1B}[C", left = "\u{1B}[D"
        case tab = "\t", enter = "\r", backspace = "\u{7F}", escape = "\u{1B}"
    }

    let processID: pid_t
    private let master: Int32
    private var output: [UInt8] = []  // "\r\n" already turned into "\n"
    private var consumed = 0
    private var pendingCarriageReturn = false
    private var exitStatus: Int32?

    /// Starts `executable` with `arguments` and exactly `environment` (nothing inherited, so a
    /// test can run without any locale variable). The terminal is `rows`×`columns`: wide by default,
    /// so a scenario can match a whole sentence; the wrapping tests choose 80, 100 or 140 columns.
    init(_ executable: URL, arguments: [String] = [], environment: [String: String],
         rows: UInt16 = 24, columns: UInt16 = 250) throws {
        master = atelier_pty_open_master()
        guard master >= 0 else { throw TerminalSessionError(description: "cannot open a pseudo-terminal") }
        var nameBuffer = [CChar](repeating: 0, count: 256)
        guard atelier_pty_slave_name(master, &nameBuffer, nameBuffer.count) == 0 else {
            close(master)
            throw TerminalSessionError(description: "cannot name the pseudo-terminal")
        }
        _ = atelier_pty_set_window_size(master, rows, columns)
        let slave = String(decoding: nameBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let argv = [executable.path] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let status = withCStrings(argv) { argvPointers in
            withCStrings(envp) { envPointers in
                atelier_pty_spawn(executable.path, argvPointers, envPointers, slave, &pid)
            }
        }
        guard status == 0 else {
            close(master)
            throw TerminalSessionError(description: "cannot start \(executable.path): \(String(cString: strerror(status)))")
        }
        processID = pid
    }

    deinit {
        if exitStatus == nil {
            kill(processID, SIGKILL)
            var status: Int32 = 0
            waitpid(processID, &status, 0)
        }
        close(master)
    }

    /// Types `text` as is ("\r" is Enter).
    func send(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
        bytes.removeAll()
    }

    /// Presses Ctrl and a letter: `sendControl("c")` is Ctrl-C.
    func sendControl(_ letter: Character) {
        guard let ascii = letter.uppercased().unicodeScalars.first?.value, (0x40...0x5F).contains(ascii) else { return }
        send(String(UnicodeScalar(UInt8(ascii - 0x40))))
    }

    /// Presses a key.
    func press(_ key: Key) {
        send(key.rawValue)
    }

    /// Resizes the terminal; the program gets SIGWINCH.
    func resize(rows: UInt16, columns: UInt16) {
        _ = atelier_pty_set_window_size(master, rows, columns)
    }

    /// Waits until `text` appears in the output not yet consumed, and consumes up to its end.
    /// Throws after `timeout`, showing what was seen.
    func expect(_ text: String, timeout: Duration = .seconds(5)) throws {
        let needle = Array(text.replacingOccurrences(of: "\r\n", with: "\n").utf8)
        let deadline = ContinuousClock.now + timeout
        while true {
            if let end = find(needle) {
                consumed = end
                return
            }
            let remaining = deadline - ContinuousClock.now
            if remaining <= .zero || !readOutput(waitingAtMost: remaining) {
                if let end = find(needle) {  // the last read may have brought it
                    consumed = end
                    return
                }
                throw TerminalSessionError(description: """
                    expected \(text.debugDescription) within \(timeout); the program printed since \
                    the last match: \(unconsumedOutput.debugDescription)
                    whole transcript: \(transcript.debugDescription)
                    """)
            }
        }
    }

    /// Everything printed so far and not yet matched, decoded (for messages and assertions).
    var unconsumedOutput: String {
        String(decoding: output[consumed...], as: UTF8.self)
    }

    /// Everything printed so far.
    var transcript: String {
        String(decoding: output, as: UTF8.self)
    }

    /// Waits for the program to end (reading its output meanwhile) and returns its exit status,
    /// or 128 + the signal that killed it. Throws, after killing it, if it runs past `timeout`.
    func waitForExit(timeout: Duration = .seconds(5)) throws -> Int32 {
        if let exitStatus { return exitStatus }
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            var status: Int32 = 0
            if waitpid(processID, &status, WNOHANG) == processID {
                let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                exitStatus = code
                while readOutput(waitingAtMost: .zero) {}
                return code
            }
            _ = readOutput(waitingAtMost: .milliseconds(5))
        }
        throw TerminalSessionError(description: """
            the program did not exit within \(timeout); it printed since the last match: \
            \(unconsumedOutput.debugDescription)
            """)
    }

    /// Reads what is available within `waitingAtMost`; false when nothing came.
    private func readOutput(waitingAtMost wait: Duration) -> Bool {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(clamping: wait.components.seconds * 1000
                                 + wait.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&poller, 1, max(milliseconds, 0)) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }  // EIO once the program has closed the terminal
        append(buffer[..<count])
        return true
    }

    private func append(_ bytes: ArraySlice<UInt8>) {
        for byte in bytes {
            if pendingCarriageReturn {
                pendingCarriageReturn = false
                if byte != 0x0A { output.append(0x0D) }
            }
            if byte == 0x0D {
                pendingCarriageReturn = true
            } else {
                output.append(byte)
            }
        }
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard !needle.isEmpty else { return consumed }
        guard output.count - consumed >= needle.count else { return nil }
        var start = consumed
        while start + needle.count <= output.count {
            if output[start] == needle[0] && output[start..<start + needle.count].elementsEqual(needle) {
                return start + needle.count
            }
            start += 1
        }
        return nil
    }
}

/// Calls `body` with a NULL-terminated C array of `strings`, valid for the call only.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}

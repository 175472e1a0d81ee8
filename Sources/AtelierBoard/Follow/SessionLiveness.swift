#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Whether a session is being written right now: the Atelier running it holds an exclusive lock on
/// its journal (`JournalWriter`). The board reads the system's table of locks (`/proc/locks`)
/// rather than trying the lock itself, so it can never make a `resume` believe the session is in use.
enum SessionLiveness {
    /// True when some process holds a lock on the file at `path`; false when none does or the
    /// system does not say (no `/proc/locks`).
    static func isWritten(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0,
              let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return false }
        let device = UInt64(info.st_dev)
        let major = ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)
        let minor = (device & 0xff) | ((device >> 12) & ~0xff)
        let wanted = "\(hex(major)):\(hex(minor)):\(info.st_ino)"
        // "1: FLOCK  ADVISORY  WRITE 1234 00:2c:56789 0 EOF"
        for line in table.split(separator: "\n") {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            guard columns.count >= 6, columns[1] == "FLOCK" || columns[1] == "POSIX" else { continue }
            if columns[5] == wanted { return true }
        }
        return false
    }

    private static func hex(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return text.count < 2 ? "0" + text : text
    }
}

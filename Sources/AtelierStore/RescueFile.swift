#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AtelierCore
import Foundation

/// Where a session's events go when the disk refuses them to the very end: a rescue file of that
/// session alone, `STATE/rescue/<session id>.jsonl` (0600, in a 0700 folder), never overwritten —
/// each rescue is appended as a block: a marker line saying which session it belongs to and after
/// how many of its events it comes, then the events as whole journal lines (a line the disk took
/// only in part is written here whole, and cut off the journal when merged, never duplicated).
///
/// `atelier resume` merges it into the session itself, in order, and removes it once the journal
/// holds it all (fsynced); `atelier export` and `replay` read it without changing anything. Both say so.
public enum RescueFile {
    /// The marker line's `rescue` value.
    static let marker = "atelier-rescue"

    /// The rescue file of the session `sessionID`.
    public static func path(sessionID: String, stateDirectory: String = SessionPaths.stateDirectory()) -> String {
        let safe = String(sessionID.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") ? Character($0) : "_" })
        return stateDirectory + "/rescue/" + (safe.isEmpty ? "session" : safe) + ".jsonl"
    }

    /// Appends the events `writer` still holds to the session's rescue file; returns its path.
    public static func save(_ writer: JournalWriter, stateDirectory: String = SessionPaths.stateDirectory()) throws(StoreError) -> String {
        let path = path(sessionID: writer.header.sessionID, stateDirectory: stateDirectory)
        let folder = FileSystem.parent(of: path)
        if let code = FileSystem.makeFolders(folder) { throw .cannotWrite(path: path, errno: code) }
        var block = markerLine(sessionID: writer.header.sessionID, journal: writer.path, after: writer.eventsOnDisk) + "\n"
        block += writer.pendingLines.map { String(decoding: $0, as: UTF8.self) }.joined()
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: path, errno: errno) }
        _ = fchmod(fd, 0o600)
        let sink = POSIXFileSink(descriptor: fd)
        defer { sink.close() }
        let bytes = Array(block.utf8)
        var offset = 0
        while offset < bytes.count {
            let written: Int
            do { written = try sink.write(bytes[offset...]) } catch { throw .cannotWrite(path: path, errno: error.code) }
            guard written > 0 else { throw .cannotWrite(path: path, errno: EIO) }
            offset += written
        }
        do { try sink.synchronize() } catch { throw .cannotWrite(path: path, errno: error.code) }
        FileSystem.syncFolder(folder)
        return path
    }

    private static func markerLine(sessionID: String, journal: String, after: Int) -> String {
        let object: [String: Any] = ["rescue": marker, "session_id": sessionID, "journal": journal, "after_events": after]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// A rescue file read back: its blocks, each placed after a number of the session's events.
    public struct Content: Sendable, Hashable {
        public var path: String
        public var blocks: [(after: Int, events: [Event])]

        public static func == (a: Content, b: Content) -> Bool {
            a.path == b.path && a.blocks.count == b.blocks.count
                && zip(a.blocks, b.blocks).allSatisfy { $0.after == $1.after && $0.events == $1.events }
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(path) }

        /// How many events the file holds.
        public var eventCount: Int { blocks.reduce(0) { $0 + $1.events.count } }

        /// The session's events with the rescued ones put back in order (an event already in the
        /// session is checked to be the same, not added twice).
        public func merged(into events: [Event]) throws(StoreError) -> [Event] {
            var all = events
            for block in blocks {
                guard block.after <= all.count else {
                    throw .rescueUnusable(path: path, detail: .gap(after: block.after, count: all.count))
                }
                for (offset, event) in block.events.enumerated() {
                    let index = block.after + offset
                    if index < all.count {
                        guard all[index] == event else { throw .rescueUnusable(path: path, detail: .conflict(index: index + 1)) }
                    } else {
                        all.append(event)
                    }
                }
            }
            return all
        }
    }

    /// The rescue file of `header`'s session, if there is one.
    public static func find(for header: JournalHeader, stateDirectory: String = SessionPaths.stateDirectory())
        -> Result<Content, StoreError>? {
        let path = path(sessionID: header.sessionID, stateDirectory: stateDirectory)
        guard access(path, F_OK) == 0 else { return nil }
        let bytes: [UInt8]
        switch InputFile.read(path, limit: InputFile.journalLimit) {
        case .success(let read): bytes = read
        case .failure(let error): return .failure(error)
        }
        var blocks: [(after: Int, events: [Event])] = []
        let decoder = JSONDecoder()
        for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            let data = Data(line)
            if let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any], object["rescue"] != nil {
                guard object["rescue"] as? String == marker, object["session_id"] as? String == header.sessionID,
                      let after = object["after_events"] as? Int, after >= 0 else {
                    return .failure(.rescueUnusable(path: path, detail: .notThisSession))
                }
                blocks.append((after, []))
                continue
            }
            guard !blocks.isEmpty, let event = try? decoder.decode(Event.self, from: data) else {
                return .failure(.rescueUnusable(path: path, detail: .damagedLine(number + 1)))
            }
            blocks[blocks.count - 1].events.append(event)
        }
        return .success(Content(path: path, blocks: blocks))
    }

    /// Removes the rescue file once the journal holds all its events.
    public static func remove(_ content: Content) {
        _ = unlink(content.path)
    }
}

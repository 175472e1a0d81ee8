#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AtelierCore

/// Appends a session's events to its journal, one line each, on disk (fsync) before returning.
///
/// When the disk refuses a write (full, read-only, I/O error) nothing is lost: the lines not yet
/// written stay in memory, in order, and the writer tries again at the next `append` or `flush`.
/// The failure is reported once, by the call that met it; later calls during the same failure
/// return `.pending`, and the call that finally writes everything returns `.recovered`.
public final class JournalWriter {
    /// The journal file.
    public let path: String
    /// The session header (already on disk).
    public let header: JournalHeader

    private let sink: any FileSink
    /// Encoded lines (newline included) not yet fully on disk, oldest first.
    private var pending: [[UInt8]] = []
    /// How many bytes of `pending[0]` a partial write already put on disk.
    private var writtenOfFirst = 0
    private var needsSync = false
    private var failing = false
    private var isClosed = false
    /// The header line is the first of `pending` (a new journal, until it is on disk).
    private var headerPending = false
    /// How many event lines of this session are whole on disk (those read before a resume included).
    public private(set) var eventsOnDisk = 0

    /// Starts a journal through `sink`: writes and syncs the header line. Throws if it cannot
    /// (the session has not started, so nothing is lost).
    public init(path: String, header: JournalHeader, sink: any FileSink) throws(StoreError) {
        self.path = path
        self.header = header
        self.sink = sink
        let line: String
        do { line = try JournalCodec.encodeHeader(header) } catch { throw .journal(error) }
        pending.append(Array(line.utf8) + [0x0A])
        headerPending = true
        if let failure = drain() {
            throw storeError(for: failure, pending: 0)
        }
    }

    /// Continues a journal whose header and `eventsOnDisk` events are already on disk (see
    /// `open(existing:)`).
    public init(resuming path: String, header: JournalHeader, sink: any FileSink, eventsOnDisk: Int = 0) {
        self.path = path
        self.header = header
        self.sink = sink
        self.eventsOnDisk = eventsOnDisk
    }

    /// How many events are held in memory because the disk refused them.
    public var pendingCount: Int { pending.count }

    /// The events held in memory, as whole journal lines (newline included), oldest first — the
    /// first one whole even if the disk took part of it: what `RescueFile` saves elsewhere when
    /// the session must end before the disk accepts them.
    public var pendingLines: [[UInt8]] { pending }

    /// True while a write failure goes on (it has been reported once already).
    public var isFailing: Bool { failing }

    /// Writes `event` after any events still held in memory, then fsyncs.
    ///
    /// Throws only when a write failure starts; the event is then kept in memory, not lost.
    @discardableResult
    public func append(_ event: Event) throws(StoreError) -> JournalWriteStatus {
        guard !isClosed else { throw .closed(path: path) }
        let line: String
        do { line = try JournalCodec.encode(event) } catch { throw .journal(error) }
        pending.append(Array(line.utf8) + [0x0A])
        return try writePending()
    }

    /// Tries again to write the events held in memory (a front end may call it on a timer).
    @discardableResult
    public func flush() throws(StoreError) -> JournalWriteStatus {
        guard !isClosed else { throw .closed(path: path) }
        return try writePending()
    }

    /// Writes what is held in memory and releases the file. If events still cannot be written,
    /// throws `.unsaved` and keeps the file open, so the caller can retry or save `pendingLines`.
    public func close() throws(StoreError) {
        guard !isClosed else { return }
        if let failure = drain() {
            throw pending.isEmpty ? storeError(for: failure, pending: 0) : .unsaved(path: path, pending: pending.count)
        }
        isClosed = true
        sink.close()
    }

    private func writePending() throws(StoreError) -> JournalWriteStatus {
        let waiting = pending.count
        if let failure = drain() {
            if failing { return .pending(count: pending.count) }
            failing = true
            throw storeError(for: failure, pending: pending.count)
        }
        if failing {
            failing = false
            return .recovered(count: waiting)
        }
        return .saved
    }

    /// Writes every pending line, continuing a line a partial write left unfinished, then fsyncs.
    /// Returns the failure that stopped it, if any.
    private func drain() -> SinkFailure? {
        while let line = pending.first {
            do {
                let written = try sink.write(line[writtenOfFirst...])
                guard written > 0 else { return SinkFailure(code: EIO) }
                needsSync = true
                writtenOfFirst += written
                if writtenOfFirst >= line.count {
                    pending.removeFirst()
                    writtenOfFirst = 0
                    if headerPending { headerPending = false } else { eventsOnDisk += 1 }
                }
            } catch {
                return error
            }
        }
        guard needsSync else { return nil }
        do {
            try sink.synchronize()
            needsSync = false
            return nil
        } catch {
            return error
        }
    }

    private func storeError(for failure: SinkFailure, pending: Int) -> StoreError {
        switch failure.code {
        case ENOSPC, EDQUOT: return .diskFull(path: path, pending: pending)
        case EROFS, EACCES, EPERM: return .readOnly(path: path, pending: pending)
        default: return .writeFailed(path: path, pending: pending, errno: failure.code)
        }
    }
}

/// What an `append` or `flush` achieved, when it did not throw.
public enum JournalWriteStatus: Sendable, Hashable {
    /// Everything is on disk.
    case saved
    /// A write failure is over: `count` events held in memory (this one included) are now on disk.
    case recovered(count: Int)
    /// The write failure already reported goes on: `count` events are held in memory.
    case pending(count: Int)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AtelierCore

extension JournalWriter {
    /// Starts a new session file at `path` and writes its header.
    ///
    /// The file is created by `open(2)` with `O_CREAT | O_EXCL` and mode 0600 (owner only, never
    /// overwriting an existing file); missing folders are created with mode 0700. The file stays
    /// locked (`flock`) while the writer is open, so two Atelier processes cannot write it at once.
    public static func create(path: String, header: JournalHeader) throws(StoreError) -> JournalWriter {
        let folder = FileSystem.parent(of: path)
        if let code = FileSystem.makeFolders(folder) { throw .cannotCreate(path: path, errno: code) }
        let fd: Int32
        switch FileSystem.openFile(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, mode: 0o600) {
        case let .success(descriptor): fd = descriptor
        case let .failure(failure):
            throw failure.code == EEXIST ? .alreadyExists(path: path) : .cannotCreate(path: path, errno: failure.code)
        }
        let sink = POSIXFileSink(descriptor: fd)
        _ = FileSystem.lock(fd)
        do throws(StoreError) {
            let writer = try JournalWriter(path: path, header: header, sink: sink)
            FileSystem.syncFolder(folder)
            return writer
        } catch {
            sink.close()
            _ = unlink(path)
            throw error
        }
    }

    /// Reopens an interrupted session to continue it: reads the journal, and if its last line was
    /// torn (the reader's warning says so), cuts the file back to the end of the last whole line so
    /// new lines do not glue onto the fragment. Returns the writer and what was read.
    ///
    /// Throws when the file is missing, unreadable, read-only, in use by another Atelier, or damaged
    /// (`.journal`): a damaged session is never continued as if it were whole.
    public static func open(existing path: String) throws(StoreError) -> (writer: JournalWriter, journal: JournalReadResult) {
        let fd: Int32
        switch FileSystem.openFile(path, O_RDWR | O_APPEND | O_CLOEXEC) {
        case let .success(descriptor): fd = descriptor
        case let .failure(failure):
            switch failure.code {
            case EACCES, EPERM, EROFS: throw .readOnly(path: path, pending: 0)
            default: throw JournalReader.openError(failure.code, path: path)
            }
        }
        let sink = POSIXFileSink(descriptor: fd)
        guard FileSystem.lock(fd) else { throw .inUse(path: path) }
        let journal: JournalReadResult
        switch JournalReader.read(descriptor: fd, path: path) {
        case let .success(result): journal = result
        case let .failure(error): throw error
        }
        if let error = journal.error { throw .journal(error) }
        guard let header = journal.header else { throw .journal(.notAJournal(file: path)) }
        if let size = FileSystem.size(fd), size > journal.intactByteCount {
            if let code = FileSystem.truncate(fd, to: journal.intactByteCount) {
                throw .writeFailed(path: path, pending: 0, errno: code)
            }
            do { try sink.synchronize() } catch { throw .writeFailed(path: path, pending: 0, errno: error.code) }
        }
        return (JournalWriter(resuming: path, header: header, sink: sink, eventsOnDisk: journal.events.count), journal)
    }
}

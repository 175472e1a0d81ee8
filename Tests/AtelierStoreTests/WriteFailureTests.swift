#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import AtelierCore
import AtelierStore

/// Disk full, read-only, I/O errors, simulated by `FlakySink` over a real file.
@Suite struct WriteFailureTests {
    private func setUp(_ folder: TemporaryFolder) throws -> (JournalWriter, FlakySink, String) {
        let path = folder.path + "/s.jsonl"
        let sink = FlakySink(path: path)
        return (try JournalWriter(path: path, header: Samples.header, sink: sink), sink, path)
    }

    private func eventsOnDisk(_ path: String) throws -> [Event] {
        let journal = try #require(JournalReader.read(path: path).value)
        #expect(journal.warnings.isEmpty && journal.error == nil)
        return journal.events
    }

    @Test func diskFullKeepsEventsInOrderAndReportsOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (writer, sink, path) = try setUp(folder)
        let events = Samples.answers(8)
        try writer.append(events[0])
        sink.failWrites(4, ENOSPC)

        var errors: [StoreError] = []
        var statuses: [JournalWriteStatus] = []
        for event in events[1...] {
            do { statuses.append(try writer.append(event)) } catch { errors.append(error) }
        }
        #expect(errors == [.diskFull(path: path, pending: 1)])
        #expect(statuses == [.pending(count: 2), .pending(count: 3), .pending(count: 4), .recovered(count: 5), .saved, .saved])
        #expect(writer.pendingCount == 0)
        #expect(try eventsOnDisk(path) == events)
    }

    @Test func eachFailureEpisodeIsReportedOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (writer, sink, path) = try setUp(folder)
        let events = Samples.answers(10)
        var errorCount = 0
        for (index, event) in events.enumerated() {
            if index == 2 || index == 6 { sink.failWrites(2, ENOSPC) }
            do { try writer.append(event) } catch { errorCount += 1 }
        }
        #expect(errorCount == 2)
        #expect(try eventsOnDisk(path) == events)
    }

    @Test func flushWritesWhatWasKeptWithoutANewEvent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (writer, sink, path) = try setUp(folder)
        let events = Samples.answers(3)
        sink.failWrites(3, ENOSPC)
        #expect(throws: StoreError.diskFull(path: path, pending: 1)) { try writer.append(events[0]) }
        #expect(try writer.append(events[1]) == .pending(count: 2))
        #expect(try writer.append(events[2]) == .pending(count: 3))
        #expect(try eventsOnDisk(path) == [])
        #expect(writer.pendingLines.map { String(decoding: $0, as: UTF8.self) }
                == events.map { (try? JournalCodec.encode($0)).map { $0 + "\n" } ?? "" })
        #expect(writer.eventsOnDisk == 0)
        #expect(try writer.flush() == .recovered(count: 3))
        #expect(try eventsOnDisk(path) == events)
        #expect(writer.eventsOnDisk == 3)
    }

    @Test func aPartialWriteIsFinishedNotRepeated() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (writer, sink, path) = try setUp(folder)
        let events = Samples.answers(3)
        try writer.append(events[0])
        sink.writeSteps = [.partial(10), .fail(ENOSPC)]
        #expect(throws: StoreError.diskFull(path: path, pending: 1)) { try writer.append(events[1]) }
        let meanwhile = try #require(JournalReader.read(path: path).value)
        #expect(meanwhile.events == [events[0]])
        #expect(meanwhile.warnings == [.tornLastLine(file: path, line: 3)])

        #expect(try writer.append(events[2]) == .recovered(count: 2))
        #expect(try eventsOnDisk(path) == events)
    }

    @Test func shortWritesWithoutErrorsStillGiveWholeLines() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (writer, sink, path) = try setUp(folder)
        let events = Samples.answers(2)
        sink.writeSteps = [.partial(1), .partial(7), .partial(3)]
        #expect(try writer.append(events[0]) == .saved)
        #expect(try writer.append(events[1]) == .saved)
        #expect(try eventsOnDisk(path) == events)
    }

    @Test func readOnlyAndIOErrorsAreNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (writer, sink, path) = try setUp(folder)
        sink.failWrites(1, EROFS)
        #expect(throws: StoreError.readOnly(path: path, pending: 1)) { try writer.append(Samples.answers(1)[0]) }
        #expect(try writer.flush() == .recovered(count: 1))
        sink.failWrites(1, EIO)
        #expect(throws: StoreError.writeFailed(path: path, pending: 1, errno: EIO)) { try writer.append(Samples.answers(1, from: 1)[0]) }
        #expect(try writer.flush() == .recovered(count: 1))
        #expect(try eventsOnDisk(path) == Samples.answers(2))
    }

    @Test func aFailedSyncIsRetried() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (writer, sink, path) = try setUp(folder)
        sink.syncFailures = [EIO]
        let before = sink.syncCount
        #expect(throws: StoreError.writeFailed(path: path, pending: 0, errno: EIO)) { try writer.append(Samples.answers(1)[0]) }
        #expect(try writer.flush() == .recovered(count: 0))
        #expect(sink.syncCount == before + 2)
        #expect(try eventsOnDisk(path) == Samples.answers(1))
    }

    @Test func closingWithUnwrittenEventsSaysSoAndCanBeRetried() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (writer, sink, path) = try setUp(folder)
        sink.failWrites(3, ENOSPC)
        #expect(throws: StoreError.diskFull(path: path, pending: 1)) { try writer.append(Samples.answers(1)[0]) }
        #expect(try writer.append(Samples.answers(1, from: 1)[0]) == .pending(count: 2))
        #expect(throws: StoreError.unsaved(path: path, pending: 2)) { try writer.close() }
        try writer.close()
        #expect(try eventsOnDisk(path) == Samples.answers(2))
    }

    @Test func aHeaderThatCannotBeWrittenStopsTheStart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/s.jsonl"
        let sink = FlakySink(path: path)
        sink.failWrites(1, ENOSPC)
        #expect(throws: StoreError.diskFull(path: path, pending: 0)) {
            try JournalWriter(path: path, header: Samples.header, sink: sink)
        }
    }

    @Test func messages() {
        #expect(StoreError.diskFull(path: "s.jsonl", pending: 3).message(.fr)
            == "le disque est plein : les 3 dernières réponses sont gardées en mémoire et seront écrites dès que possible")
        #expect(StoreError.diskFull(path: "s.jsonl", pending: 1).message(.fr)
            == "le disque est plein : la dernière réponse est gardée en mémoire et sera écrite dès que possible")
        #expect(StoreError.diskFull(path: "s.jsonl", pending: 3).message(.en)
            == "the disk is full: the last 3 answers are kept in memory and will be written as soon as possible")
        #expect(StoreError.diskFull(path: "s.jsonl", pending: 0).message(.en) == "the disk is full: cannot write to “s.jsonl”")
        #expect(StoreError.readOnly(path: "s.jsonl", pending: 2).message(.fr)
            == "le fichier de session ou son dossier est en lecture seule : les 2 dernières réponses sont gardées en mémoire et seront écrites dès qu'il sera de nouveau accessible en écriture")
        #expect(StoreError.unsaved(path: "s.jsonl", pending: 2).message(.fr) == "les 2 dernières réponses n'ont pas pu être écrites dans « s.jsonl »")
        #expect(StoreError.unsaved(path: "s.jsonl", pending: 1).message(.fr) == "la dernière réponse n'a pas pu être écrite dans « s.jsonl »")
        #expect(StoreError.writeFailed(path: "s.jsonl", pending: 1, errno: EIO).message(.en)
            == "writing failed (disk input/output error): the last answer is kept in memory and will be written at the next entry")
    }
}

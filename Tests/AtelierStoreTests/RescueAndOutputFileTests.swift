#if canImport(Glibc)
import Glibc
#endif
import AtelierCore
import AtelierStore
import Foundation
import Testing

/// Issue 9: rescue files are per session, appended, merged in order; output files are private
/// from their first byte and never replace what is not a plain output file.
@Suite struct RescueAndOutputFileTests {
    @Test func aSecondRescueIsAppendedAndBothMergeInOrderWithoutDuplicates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/s.jsonl"
        let sink = FlakySink(path: path)
        let writer = try JournalWriter(path: path, header: Samples.header, sink: sink)
        let events = Samples.answers(6)
        try writer.append(events[0])
        sink.writeSteps = [.partial(10)] + Array(repeating: .fail(ENOSPC), count: 20)
        #expect(throws: StoreError.self) { try writer.append(events[1]) }
        _ = try writer.append(events[2])
        #expect(writer.eventsOnDisk == 1)
        let rescue = try RescueFile.save(writer, stateDirectory: folder.path)
        #expect(rescue == folder.path + "/rescue/\(Samples.header.sessionID).jsonl")
        #expect(permissions(rescue) == 0o600)
        #expect(permissions(folder.path + "/rescue") == 0o700)

        // The journal: one event, then the fragment the disk took (a torn line, never repeated).
        let journal = try #require(JournalReader.read(path: path).value)
        #expect(journal.events == [events[0]] && journal.warnings.count == 1)

        let content = try #require(try RescueFile.find(for: Samples.header, stateDirectory: folder.path)?.get())
        #expect(content.blocks.count == 1 && content.blocks[0].after == 1 && content.blocks[0].events == [events[1], events[2]])
        #expect(try content.merged(into: journal.events) == [events[0], events[1], events[2]])
        // Events already merged are recognised, not added twice; a disagreeing one stops the merge.
        #expect(try content.merged(into: [events[0], events[1]]) == [events[0], events[1], events[2]])
        #expect(throws: StoreError.self) { try content.merged(into: [events[0], events[4]]) }
        #expect(throws: StoreError.self) { try content.merged(into: []) }

        // A second failure of the same session, later (resumed with the first rescue merged, so
        // three events on disk): appended as a second block, never over the first.
        let resumedSink = FlakySink(path: folder.path + "/elsewhere.jsonl")
        let resumed = JournalWriter(resuming: path, header: Samples.header, sink: resumedSink, eventsOnDisk: 3)
        resumedSink.failWrites(10, ENOSPC)
        #expect(throws: StoreError.self) { try resumed.append(events[3]) }
        #expect(try RescueFile.save(resumed, stateDirectory: folder.path) == rescue)
        let both = try #require(try RescueFile.find(for: Samples.header, stateDirectory: folder.path)?.get())
        #expect(both.blocks.count == 2)
        #expect(try both.merged(into: [events[0]]) == Array(events[0...3]))
    }

    @Test func anOutputFileIsPrivateFromItsFirstByteWhateverTheUmask() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let previous = umask(0)
        defer { umask(previous) }
        let target = folder.path + "/charte.md"
        try OutputFile.write(Array("# Charte\n".utf8), to: target)
        #expect(permissions(target) == 0o600)
        writeFile(target, Array("vieux".utf8))
        chmod(target, 0o666)
        try OutputFile.write(Array("# Charte 2\n".utf8), to: target)
        #expect(permissions(target) == 0o600)
        #expect(contents(target) == Array("# Charte 2\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["charte.md"], "no temporary file left")
    }

    @Test func anOutputFileNeverReplacesADeviceAFolderAPipeOrAJournal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.path + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let journal = folder.path + "/s.jsonl"
        writeFile(journal, Array((try Samples.journalText([])).utf8))
        let refusals: [(String, TargetRefusal)] = [
            ("/dev/null", .kind(.device)), (folder.path, .kind(.folder)), (fifo, .kind(.fifo)), (journal, .journal),
        ]
        for (path, reason) in refusals {
            #expect(throws: StoreError.refusedTarget(path: path, reason: reason)) { try OutputFile.write([1], to: path) }
        }
        #expect(throws: StoreError.refusedTarget(path: journal, reason: .sameAsSession)) {
            try OutputFile.write([1], to: journal, session: journal)
        }
        // A journal a live session holds (its lock) is refused even before its header is read.
        let live = try JournalWriter.create(path: folder.path + "/live.jsonl", header: Samples.header)
        #expect(throws: StoreError.refusedTarget(path: live.path, reason: .journalInUse)) { try OutputFile.write([1], to: live.path) }
        try live.close()
    }

    @Test func specialFilesAreNeverReadAndLargeOnesAreReadWithABound() throws {
        #expect(throws: StoreError.notARegularFile(path: "/dev/zero", kind: .device)) { try InputFile.read("/dev/zero", limit: 10).get() }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.path + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: StoreError.notARegularFile(path: fifo, kind: .fifo)) { try InputFile.read(fifo, limit: 10).get() }
        let big = folder.path + "/big"
        writeFile(big, Array(repeating: 0x41, count: 100))
        #expect(throws: StoreError.tooLarge(path: big, limit: 99)) { try InputFile.read(big, limit: 99).get() }
        #expect(try InputFile.read(big, limit: 100).get().count == 100)
    }
}

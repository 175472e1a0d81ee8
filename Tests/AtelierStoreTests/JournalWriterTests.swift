#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import AtelierCore
import AtelierStore

@Suite struct JournalWriterTests {
    @Test func createsAnOwnerOnlyFileInOwnerOnlyFolders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/sessions/2026/s.jsonl"
        let writer = try JournalWriter.create(path: path, header: Samples.header)
        try writer.close()
        #expect(permissions(path) == 0o600)
        #expect(permissions(folder.path + "/sessions") == 0o700)
        #expect(permissions(folder.path + "/sessions/2026") == 0o700)
        #expect(JournalReader.read(path: path).value?.header == Samples.header)
    }

    @Test func eachAppendIsWholeOnDiskWhenItReturns() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/s.jsonl"
        let writer = try JournalWriter.create(path: path, header: Samples.header)
        let events = Samples.answers(5) + [Event(.note("ligne\navec retour"), at: 6), Event(.quit, at: 7)]
        for (index, event) in events.enumerated() {
            #expect(try writer.append(event) == .saved)
            let onDisk = try #require(JournalReader.read(path: path).value)
            #expect(onDisk.events == Array(events.prefix(index + 1)))
            #expect(onDisk.warnings.isEmpty && onDisk.error == nil)
            #expect(contents(path).last == 0x0A)
        }
        #expect(String(decoding: contents(path), as: UTF8.self) == (try Samples.journalText(events)))
        try writer.close()
        #expect(throws: StoreError.closed(path: path)) { try writer.append(Event(.undo, at: 8)) }
    }

    @Test func neverOverwritesAnExistingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/s.jsonl"
        writeFile(path, Array("précieux\n".utf8))
        #expect(throws: StoreError.alreadyExists(path: path)) { try JournalWriter.create(path: path, header: Samples.header) }
        #expect(contents(path) == Array("précieux\n".utf8))
    }

    @Test func resumeCutsATornTailBeforeAppending() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/s.jsonl"
        let kept = Samples.answers(2)
        let torn = String(try JournalCodec.encode(Samples.answers(1, from: 2)[0]).prefix(17))
        writeFile(path, Array((try Samples.journalText(kept) + torn).utf8))

        let (writer, journal) = try JournalWriter.open(existing: path)
        #expect(journal.events == kept)
        #expect(journal.warnings == [.tornLastLine(file: path, line: 4)])
        #expect(writer.header == Samples.header)
        let next = Event(.resume, at: 2)
        try writer.append(next)
        try writer.close()

        let reread = try #require(JournalReader.read(path: path).value)
        #expect(reread.events == kept + [next])
        #expect(reread.warnings.isEmpty && reread.error == nil)
    }

    @Test func resumeRefusesADamagedJournal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/s.jsonl"
        var lines = try Samples.journalText(Samples.answers(3)).split(separator: "\n").map(String.init)
        lines[2] = "{oops"
        writeFile(path, Array((lines.joined(separator: "\n") + "\n").utf8))
        #expect(throws: StoreError.journal(.damagedLine(file: path, line: 3))) { try JournalWriter.open(existing: path) }
        #expect(StoreError.journal(.damagedLine(file: path, line: 3)).diagnostic(.en)
            == .error("this line is damaged (it is not valid JSON); fix or delete it by hand, nothing after it was read",
                      at: SourceLocation(file: path, line: 3)))
    }

    @Test func aSessionOpenInOneWriterCannotBeOpenedInAnother() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/s.jsonl"
        let first = try JournalWriter.create(path: path, header: Samples.header)
        #expect(throws: StoreError.inUse(path: path)) { try JournalWriter.open(existing: path) }
        try first.close()
        let (second, _) = try JournalWriter.open(existing: path)
        try second.close()
    }

    @Test func resumeOfAMissingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/absent.jsonl"
        #expect(throws: StoreError.notFound(path: path)) { try JournalWriter.open(existing: path) }
        #expect(StoreError.notFound(path: path).message(.fr) == "fichier de session introuvable")
    }

    @Test(.enabled(if: geteuid() != 0, "root ignores folder permissions"))
    func aReadOnlyFolderGivesAClearMessage() throws {
        let folder = try TemporaryFolder()
        defer { chmod(folder.path, 0o700); folder.remove() }
        chmod(folder.path, 0o500)
        let path = folder.path + "/s.jsonl"
        #expect(throws: StoreError.cannotCreate(path: path, errno: EACCES)) { try JournalWriter.create(path: path, header: Samples.header) }
        #expect(StoreError.cannotCreate(path: path, errno: EACCES).message(.fr)
            == "Impossible de créer le fichier de session « \(path) » : permission refusée.")
    }
}

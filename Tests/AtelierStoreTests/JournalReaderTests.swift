#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import AtelierCore
import AtelierStore

@Suite struct JournalReaderTests {
    @Test func missingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/none.jsonl"
        #expect(JournalReader.read(path: path).failure == .notFound(path: path))
        #expect(StoreError.notFound(path: path).diagnostic(.en) == .error("no such session file", at: SourceLocation(file: path)))
    }

    @Test func aFolderIsNotASession() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(JournalReader.read(path: folder.path).failure == .isDirectory(path: folder.path))
        #expect(throws: StoreError.isDirectory(path: folder.path)) { try JournalWriter.open(existing: folder.path) }
    }

    @Test(.enabled(if: geteuid() != 0, "root reads any file"))
    func unreadableFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/s.jsonl"
        writeFile(path, Array(try Samples.journalText([]).utf8))
        chmod(path, 0o200)
        #expect(JournalReader.read(path: path).failure == .permissionDenied(path: path))
    }

    @Test func permissionMessages() {
        #expect(StoreError.permissionDenied(path: "s.jsonl").message(.fr) == "Atelier n'a pas le droit de lire ce fichier (permissions du fichier)")
        #expect(StoreError.unreadable(path: "s.jsonl", errno: EIO).message(.en) == "cannot read it: disk input/output error")
    }

    @Test func damageIsReportedInTheResultNotAsAFileError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/s.jsonl"
        writeFile(path, [0, 1, 2, 3])
        #expect(JournalReader.read(path: path).value?.error == .notText(file: path))
        writeFile(folder.path + "/e.jsonl", [])
        #expect(JournalReader.read(path: folder.path + "/e.jsonl").value?.error == .empty(file: folder.path + "/e.jsonl"))
    }
}

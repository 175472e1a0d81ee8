#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import AtelierCore
@testable import AtelierStore

/// The cache of checked scripts gives back the workshop an unchanged script loads to, keeps its
/// files private, and treats anything it cannot trust — cut, corrupt, of another version, for
/// another script, not private, a link — as no entry (the script is then loaded as usual).
@Suite struct ScriptCacheTests {
    static let source = """
        atelier: 1
        id: mini-cache
        title: Mini
        language: fr
        duration: 30
        charter:
          - section: s
            title: S
            fields:
              - { id: sponsor, label: Sponsor, type: person }
        phases:
          - id: p
            title: P
            timebox: 30
            steps:
              - ask: sponsor
                question: Qui porte la mission ?
        rules:
          - id: pas-de-sponsor
            when: empty(sponsor)
            ask: Qui portera la mission ?
            answer: sponsor
            phases: end

        """

    let folder: TemporaryFolder
    let cache: ScriptCache
    let bytes = Array(source.utf8)
    let workshop: Workshop

    init() throws {
        folder = try TemporaryFolder()
        cache = ScriptCache(directory: folder.path + "/cache/atelier/scripts", toolVersion: "0.9.0")
        workshop = try #require(WorkshopLoader.load(source: Self.source, file: "mini.yaml").workshop)
    }

    var entryPath: String { cache.path(for: SHA256.hex(bytes)) }

    @Test func anUnchangedScriptComesBackAsLoaded() throws {
        defer { folder.remove() }
        #expect(cache.workshop(scriptBytes: bytes, file: "mini.yaml") == nil)
        cache.store(workshop, scriptBytes: bytes)
        #expect(cache.workshop(scriptBytes: bytes, file: "mini.yaml") == workshop)
        #expect(permissions(cache.directory) == 0o700)
        #expect(permissions(entryPath) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory) == [SHA256.hex(bytes)], "no temporary file left")
        // A changed script has another entry: this one is not used for it.
        #expect(cache.workshop(scriptBytes: bytes + Array("# changed\n".utf8), file: "mini.yaml") == nil)
    }

    @Test func cutCorruptOrForeignEntriesAreNotUsed() throws {
        defer { folder.remove() }
        cache.store(workshop, scriptBytes: bytes)
        let entry = contents(entryPath)
        func usedAfterWriting(_ damaged: [UInt8]) -> Bool {
            _ = unlink(entryPath)
            writeFile(entryPath, damaged)
            return cache.workshop(scriptBytes: bytes, file: "mini.yaml") != nil
        }
        for length in [0, 10, 40, entry.count / 2, entry.count - 1] { #expect(!usedAfterWriting(Array(entry.prefix(length)))) }
        var flipped = entry
        flipped[entry.count - 20] ^= 0x01
        #expect(!usedAfterWriting(flipped), "a changed byte fails the entry's own checksum")
        let text = String(decoding: entry, as: UTF8.self)
        #expect(!usedAfterWriting(Array(text.replacingOccurrences(of: "\n0.9.0\n", with: "\n0.8.0\n").utf8)), "another version of Atelier")
        #expect(!usedAfterWriting(Array(text.replacingOccurrences(of: "atelier-script-cache 1", with: "atelier-script-cache 2").utf8)))
        #expect(!usedAfterWriting(Array(repeating: 0xFF, count: 4096)))
        #expect(usedAfterWriting(entry), "the intact entry still reads")
        // Another version of Atelier does not read this one's entries.
        let other = ScriptCache(directory: cache.directory, toolVersion: "1.0.0")
        #expect(other.workshop(scriptBytes: bytes, file: "mini.yaml") == nil)
    }

    /// An entry someone else could have written, or a link to one, is not trusted.
    @Test func entriesThatAreNotPrivateAreNotUsed() throws {
        defer { folder.remove() }
        cache.store(workshop, scriptBytes: bytes)
        _ = chmod(entryPath, 0o644)
        #expect(cache.workshop(scriptBytes: bytes, file: "mini.yaml") == nil, "readable by others")
        _ = chmod(entryPath, 0o600)
        _ = chmod(cache.directory, 0o755)
        #expect(cache.workshop(scriptBytes: bytes, file: "mini.yaml") == nil, "in a folder others can open")
        _ = chmod(cache.directory, 0o700)
        let elsewhere = folder.path + "/elsewhere"
        _ = rename(entryPath, elsewhere)
        _ = symlink(elsewhere, entryPath)
        #expect(cache.workshop(scriptBytes: bytes, file: "mini.yaml") == nil, "a link")
        _ = unlink(entryPath)
        _ = mkdir(entryPath, 0o700)
        #expect(cache.workshop(scriptBytes: bytes, file: "mini.yaml") == nil, "a folder")
    }

    /// (A file where the folder should be: no folder can be made there, even by root.)
    @Test func aCacheThatCannotBeWrittenIsSkipped() throws {
        defer { folder.remove() }
        writeFile(folder.path + "/cache", Array("pas un dossier".utf8))
        cache.store(workshop, scriptBytes: bytes)
        #expect(cache.workshop(scriptBytes: bytes, file: "mini.yaml") == nil)
        #expect(contents(folder.path + "/cache") == Array("pas un dossier".utf8))
    }

    @Test func theFolderFollowsXDGCacheHome() {
        #expect(ScriptCache.standardDirectory(environment: ["XDG_CACHE_HOME": "/c/", "HOME": "/h"]) == "/c/atelier/scripts")
        #expect(ScriptCache.standardDirectory(environment: ["XDG_CACHE_HOME": "relatif", "HOME": "/h"]) == "/h/.cache/atelier/scripts")
    }
}

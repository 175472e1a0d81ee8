import Foundation
import PropertyBased
import Testing
@testable import AtelierCore

/// A checked workshop kept as bytes reads back exactly as loaded, and bytes that are not such an
/// archive (cut, changed, made up, nested without end) read as nothing, never as a crash.
@Suite struct WorkshopArchiveTests {
    static let shipped = ["cadrage-mission.fr.yaml", "mission-scoping.en.yaml", "kickoff-recrutement.fr.yaml"]

    static func load(_ name: String) throws -> Workshop {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("workshops/\(name)")
        return try #require(WorkshopLoader.load(source: String(contentsOf: url, encoding: .utf8), file: "workshops/\(name)").workshop)
    }

    @Test(arguments: shipped)
    func shippedScriptsReadBackAsLoaded(_ name: String) throws {
        let workshop = try Self.load(name)
        let bytes = WorkshopArchive.bytes(of: workshop)
        #expect(WorkshopArchive.workshop(from: bytes, file: "workshops/\(name)") == workshop)
        // Under another name, the same content reads as if loaded from there.
        let moved = try #require(WorkshopArchive.workshop(from: bytes, file: "copie.yaml"))
        #expect(moved.file == "copie.yaml")
        #expect(moved.rules.compactMap(\.location?.file).allSatisfy { $0 == "copie.yaml" })
        #expect(moved.rules.map(\.id) == workshop.rules.map(\.id))
    }

    @Test func anotherFormatVersionIsNotRead() throws {
        var bytes = WorkshopArchive.bytes(of: try Self.load(Self.shipped[2]))
        bytes[0] = UInt8(WorkshopArchive.formatVersion + 1)
        #expect(WorkshopArchive.workshop(from: bytes, file: "k.yaml") == nil)
    }

    @Test func everyCutReadsAsNothing() throws {
        let bytes = WorkshopArchive.bytes(of: try Self.load(Self.shipped[2]))
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 500)) {
            #expect(WorkshopArchive.workshop(from: Array(bytes.prefix(length)), file: "k.yaml") == nil)
        }
        #expect(WorkshopArchive.workshop(from: bytes + [0], file: "k.yaml") == nil)
    }

    /// Changed bytes may happen to read as some workshop; they never crash or hang.
    @Test func changedOrMadeUpBytesNeverCrash() async throws {
        let bytes = WorkshopArchive.bytes(of: try Self.load(Self.shipped[2]))
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int(Int32.max)).array(of: 1...8)) { picks in
            var changed = bytes
            for pick in picks { changed[pick % changed.count] = UInt8(truncatingIfNeeded: pick >> 8) }
            _ = WorkshopArchive.workshop(from: changed, file: "k.yaml")
            _ = WorkshopArchive.workshop(from: picks.map { UInt8(truncatingIfNeeded: $0) }, file: "k.yaml")
        }
        // Counts far larger than the bytes left, and an expression nested a million deep.
        #expect(WorkshopArchive.workshop(from: [1] + [UInt8](repeating: 0xFF, count: 9) + [0x7F], file: "k.yaml") == nil)
        var deep = ArchiveWriter()
        deep.uint(WorkshopArchive.formatVersion)
        for text in ["id", "t", "fr"] { deep.string(text) }
        deep.int(60)
        deep.uint(0)
        deep.uint(0)
        deep.uint(1)
        deep.string("r")
        deep.uint(0)
        var nested = deep.bytes
        for _ in 0..<1_000_000 { nested += [0, 0, 3] }  // offset, length, flatten(…)
        #expect(WorkshopArchive.workshop(from: nested, file: "k.yaml") == nil)
    }
}

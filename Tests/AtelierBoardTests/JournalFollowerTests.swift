import AtelierCore
import Foundation
import Testing
@testable import AtelierBoard

/// The board reads a journal as it grows: whole lines only, the header never as an event.
@Suite struct JournalFollowerTests {
    func line(_ event: Event) throws -> String { try JournalCodec.encode(event) + "\n" }

    @Test func aLineStillBeingWrittenIsShownOnlyOnceItIsWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-follow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.jsonl").path
        let (workshop, bytes) = try Flagship.workshop()
        let header = try JournalCodec.encodeHeader(Flagship.header(workshop, bytes)) + "\n"
        let first = try line(Event(.note("un"), at: 1))
        let second = try line(Event(.answer(item: .step(phase: "contexte", step: "contexte"), value: .text("deux")), at: 2))
        try Data((header + first + second.prefix(20)).utf8).write(to: URL(fileURLWithPath: path))
        let follower = try JournalFollower(path: path)
        guard case .events(let events) = follower.read() else { Issue.record("restarted"); return }
        #expect(events.map(\.kind) == [.note("un")])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(second.dropFirst(20).utf8))
        try handle.close()
        guard case .events(let more) = follower.read() else { Issue.record("restarted"); return }
        #expect(more.map(\.kind) == [.answer(item: .step(phase: "contexte", step: "contexte"), value: .text("deux"))])
        guard case .events(let none) = follower.read() else { Issue.record("restarted"); return }
        #expect(none.isEmpty)
    }

    @Test func aJournalCutShorterIsReadAgainFromItsStart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-follow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("s.jsonl")
        let (workshop, bytes) = try Flagship.workshop()
        let header = try JournalCodec.encodeHeader(Flagship.header(workshop, bytes)) + "\n"
        try Data((header + line(Event(.note("un"), at: 1)) + line(Event(.note("deux"), at: 2))).utf8).write(to: url)
        let follower = try JournalFollower(path: url.path)
        _ = follower.read()
        try Data((header + line(Event(.note("trois"), at: 1))).utf8).write(to: url)
        guard case .restarted(let events) = follower.read() else { Issue.record("not restarted"); return }
        #expect(events.map(\.kind) == [.note("trois")])
    }
}

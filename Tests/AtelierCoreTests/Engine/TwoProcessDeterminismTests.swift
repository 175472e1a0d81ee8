import AtelierExport
import Foundation
import PropertyBased
import Testing
@testable import AtelierCore

/// The determinism property across two processes: a session played live in this process, written
/// as a journal, and replayed by the real `atelier` binary in another process — with its own hash
/// seed, so any dependence on dictionary or set order shows — exports the same charter, byte for byte.
@Suite struct TwoProcessDeterminismTests {
    static let today = Day(year: 2026, month: 11, day: 24)

    /// The journal of a live session: a header carrying the script, then one event a line.
    static func journal(_ events: [Event], workshop: Workshop) throws -> (text: String, header: JournalHeader) {
        var header = JournalHeader(sessionID: "s-determinism", workshop: workshop, scriptBytes: Array(MiniScript.yaml.utf8),
                                   client: "Acme", startedAt: "2026-11-24T09:00:00Z", startDay: today, atelierVersion: "test")
        header.scriptSource = MiniScript.yaml
        header.scriptPath = "mini.yaml"
        let lines = try [JournalCodec.encodeHeader(header)] + events.map { try JournalCodec.encode($0) }
        return (lines.joined(separator: "\n") + "\n", header)
    }

    /// `atelier export JOURNAL --format json --facilitator --force -o -`, in a process of its own (`--force`:
    /// a generated session may answer items its script does not have; both sides ignore them alike).
    static func exportInAnotherProcess(_ journal: URL) throws -> (output: Data, status: Int32, errors: String) {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("atelier")
        process.arguments = ["export", journal.path, "--format", "json", "--facilitator", "--force", "-o", "-"]
        process.environment = ["PATH": "/usr/bin:/bin"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (data, process.terminationStatus, message)
    }

    @Test func aLiveSessionAndItsReplayInAnotherProcessExportTheSameCharter() async throws {
        let workshop = try MiniScript.workshop()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-determinism-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = ExportOptions()
        options.facilitator = true
        await propertyCheck(count: 25, input: Gen.int(in: 0...10_000).array(of: 0...60)) { choices in
            let (live, events) = EngineDeterminismTests.session(choices, workshop: workshop)
            let (text, header) = try Self.journal(events, workshop: workshop)
            let journal = folder.appendingPathComponent("s-\(choices.hashValue).jsonl")
            try text.write(to: journal, atomically: true, encoding: .utf8)
            let liveCharter = try Exporter.render(live.document(sessionID: header.sessionID, client: header.client, date: Self.today),
                                                  as: .json, options: options)
            let replayed = try Self.exportInAnotherProcess(journal)
            #expect(replayed.status == 0, "\(replayed.errors)")
            #expect(String(decoding: replayed.output, as: UTF8.self) == String(decoding: liveCharter, as: UTF8.self))
        }
    }
}

import AtelierCore
import Foundation
import Testing
@testable import AtelierExport

/// The shipped example session (workshops/examples/cadrage-acme.jsonl) replayed through the engine,
/// then rendered in each format and compared with Golden/example/, recorded by `ATELIER_RECORD=1`.
@Suite struct ExampleGoldenTests {
    @Test(arguments: [ExportFormat.md, .html, .json, .eml])
    func clientCopy(format: ExportFormat) throws {
        let doc = try ExampleSession.document()
        Golden.check(try Exporter.render(doc, as: format, options: emailOptions),
                     ExampleSession.golden("cadrage-acme.\(format.rawValue)"))
    }

    @Test func wordDocumentXML() throws {
        let doc = try ExampleSession.document()
        Golden.check(documentXML(doc), ExampleSession.golden("cadrage-acme.docx.document.xml"))
    }

    @Test(arguments: [ExportFormat.md, .json])
    func facilitatorCopy(format: ExportFormat) throws {
        var options = emailOptions
        options.facilitator = true
        let doc = try ExampleSession.document()
        Golden.check(try Exporter.render(doc, as: format, options: options),
                     ExampleSession.golden("cadrage-acme.facilitator.\(format.rawValue)"))
    }

    @Test func replayFitsTheRecordedScriptAndFillsTheCharter() throws {
        let (_, _, notices) = try ExampleSession.replay()
        #expect(notices.isEmpty, "events that no longer fit: \(notices)")
        let doc = try ExampleSession.document()
        #expect(doc.client == "Acme Industrie")
        #expect(doc.readiness.overall > 0.9)
        let docx = try Exporter.render(doc, as: .docx, options: emailOptions)
        #expect(docx.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}

/// Reads the example journal the way `atelier export` does, from the script copy in its header.
enum ExampleSession {
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static let journalURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("workshops/examples/cadrage-acme.jsonl")

    /// The golden file name under Golden/example/.
    static func golden(_ name: String) -> String {
        "example/" + name
    }

    static func replay() throws -> (engine: Engine, header: JournalHeader, notices: [EngineNotice]) {
        let bytes = try [UInt8](Data(contentsOf: journalURL))
        let journal = JournalCodec.decode(bytes, file: journalURL.path)
        if let error = journal.error { throw Problem(description: "\(error)") }
        guard let header = journal.header else { throw Problem(description: "the example journal has no header") }
        guard let source = header.scriptSource else { throw Problem(description: "the example journal carries no script") }
        let loaded = WorkshopLoader.load(source: source, file: header.scriptPath ?? header.workshopID)
        guard let workshop = loaded.workshop else {
            throw Problem(description: "the example's script no longer loads: \(loaded.diagnostics)")
        }
        let (engine, notices) = Engine.replaying(journal.events, workshop: workshop, today: header.startDay)
        return (engine, header, notices)
    }

    static func document() throws -> CharterDocument {
        let (engine, header, _) = try replay()
        return engine.document(sessionID: header.sessionID, client: header.client, date: header.startDay,
                               startedAt: header.startedAt)
    }
}

import AtelierCore
import Testing
@testable import AtelierExport

/// Each format on the fixtures, compared with files recorded by `ATELIER_RECORD=1`.
@Suite struct GoldenTests {
    @Test(arguments: [ExportFormat.md, .html, .json, .eml])
    func frenchClientCopy(format: ExportFormat) throws {
        Golden.check(try Exporter.render(Fixtures.french, as: format, options: emailOptions), "cadrage.fr.\(format.rawValue)")
    }

    @Test func frenchDocumentXML() {
        Golden.check(documentXML(Fixtures.french), "cadrage.fr.docx.document.xml")
    }

    @Test(arguments: [ExportFormat.md, .json])
    func frenchFacilitatorCopy(format: ExportFormat) throws {
        var options = emailOptions
        options.facilitator = true
        Golden.check(try Exporter.render(Fixtures.french, as: format, options: options),
                     "cadrage.fr.facilitator.\(format.rawValue)")
    }

    @Test(arguments: [ExportFormat.md, .html, .eml])
    func english(format: ExportFormat) throws {
        Golden.check(try Exporter.render(Fixtures.english, as: format, options: emailOptions), "scoping.en.\(format.rawValue)")
    }

    @Test func docxIsDeterministic() throws {
        let first = try Exporter.render(Fixtures.french, as: .docx, options: emailOptions)
        let second = try Exporter.render(Fixtures.french, as: .docx, options: emailOptions)
        #expect(first == second)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}

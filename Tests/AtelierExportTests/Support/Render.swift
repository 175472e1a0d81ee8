import AtelierCore
@testable import AtelierExport

/// The options the golden files are recorded with: a fixed sender and a fixed Date header.
let emailOptions = ExportOptions(from: "Camille Lefèvre <camille.lefevre@cabinet.example>",
                                 now: "Mon, 15 Mar 2027 17:30:00 +0100")

func render(_ doc: CharterDocument, _ format: ExportFormat, _ options: ExportOptions = emailOptions) throws -> String {
    String(decoding: try Exporter.render(doc, as: format, options: options), as: UTF8.self)
}

func documentXML(_ doc: CharterDocument, facilitator: Bool = false) -> String {
    DOCXExporter.documentXML(CharterView(doc, options: ExportOptions(facilitator: facilitator)))
}

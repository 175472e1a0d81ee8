import AtelierCore
import Foundation
import Testing
@testable import AtelierExport

/// A charter as the client would print it: the HTML printed to PDF by headless Chromium, the DOCX
/// converted to PDF by headless LibreOffice, both read back with pdftotext. Each conversion runs in
/// a folder of its own with a private browser or office profile, so tests can run side by side.
/// The readers are installed by scripts/ensure-test-tools (called by scripts/test).
struct PrintedDocument: Sendable {
    struct PDF: Sendable {
        var path: String
        var pages: Int
        /// The text of each page, in order (pdftotext's reading order).
        var pageTexts: [String]
        /// The whole text laid out as printed (`pdftotext -layout`): a table's row stays on its lines.
        var layout: String

        var text: String { pageTexts.joined(separator: "\n") }
    }

    var html: PDF
    var docx: PDF

    /// Prints `doc` (client's copy unless `options` say otherwise) both ways.
    static func print(_ doc: CharterDocument, name: String, options: ExportOptions = ExportOptions()) throws -> PrintedDocument {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-print-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let html = folder.appendingPathComponent("\(name).html")
        let docx = folder.appendingPathComponent("\(name).docx")
        try Data(try Exporter.render(doc, as: .html, options: options)).write(to: html)
        try Data(try Exporter.render(doc, as: .docx, options: options)).write(to: docx)
        // The PDFs stay for a look when ATELIER_KEEP_PRINTS=1; the profiles never do.
        defer {
            if ProcessInfo.processInfo.environment["ATELIER_KEEP_PRINTS"] == "1" {
                for profile in ["chromium-profile", "office-profile"] {
                    try? FileManager.default.removeItem(at: folder.appendingPathComponent(profile))
                }
            } else {
                try? FileManager.default.removeItem(at: folder)
            }
        }
        return PrintedDocument(html: try chromium(html, in: folder), docx: try libreOffice(docx, in: folder))
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private static func chromium(_ html: URL, in folder: URL) throws -> PDF {
        let pdf = folder.appendingPathComponent("html.pdf")
        let run = Python.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                              "--user-data-dir=\(folder.appendingPathComponent("chromium-profile").path)",
                              "--print-to-pdf=\(pdf.path)", html.absoluteString], timeout: 120)
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw Failure(description: "Chromium printed nothing (status \(run.status)): \(run.error.suffix(600))")
        }
        return try read(pdf)
    }

    private static func libreOffice(_ docx: URL, in folder: URL) throws -> PDF {
        let run = Python.run(["soffice", "-env:UserInstallation=\(folder.appendingPathComponent("office-profile").absoluteString)",
                              "--headless", "--convert-to", "pdf", "--outdir", folder.path, docx.path], timeout: 180)
        let pdf = docx.deletingPathExtension().appendingPathExtension("pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw Failure(description: "LibreOffice converted nothing (status \(run.status)): \(run.error.suffix(600))\(run.output.suffix(300))")
        }
        return try read(pdf)
    }

    private static func read(_ pdf: URL) throws -> PDF {
        let info = Python.run(["pdfinfo", pdf.path], timeout: 30)
        guard let line = info.output.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
              let pages = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) else {
            throw Failure(description: "pdfinfo could not read \(pdf.path): \(info.error)")
        }
        let texts = try (1...max(1, pages)).map { page -> String in
            let run = Python.run(["pdftotext", "-f", "\(page)", "-l", "\(page)", "-enc", "UTF-8", pdf.path, "-"], timeout: 30)
            guard run.status == 0 else { throw Failure(description: "pdftotext failed on \(pdf.path): \(run.error)") }
            return run.output
        }
        let layout = Python.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf.path, "-"], timeout: 30)
        guard layout.status == 0 else { throw Failure(description: "pdftotext -layout failed on \(pdf.path): \(layout.error)") }
        return PDF(path: pdf.path, pages: pages, pageTexts: texts, layout: layout.output)
    }

    /// True when the readers are there (after scripts/ensure-test-tools); records why not otherwise.
    static func readersReady(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard Python.ready(sourceLocation: sourceLocation) else { return false }
        for tool in ["/usr/bin/chromium", "soffice", "pdftotext", "pdfinfo"]
        where Python.run(["sh", "-c", "command -v \(tool)"], timeout: 10).status != 0 {
            Issue.record("\(tool) is missing: run scripts/ensure-test-tools", sourceLocation: sourceLocation)
            return false
        }
        return true
    }
}

extension String {
    /// The text without any white space, to find words a reader broke across lines or cells.
    var squeezed: String { String(unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
}

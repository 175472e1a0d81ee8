import AtelierCore
import Foundation
import ZIPFoundation

/// The charter as a DOCX package, assembled in memory with ZIPFoundation. Every entry carries the
/// workshop's day as its date, so the same charter always gives the same bytes.
enum DOCXExporter {
    static func render(_ view: CharterView, logo: Logo?) throws(ExportError) -> [UInt8] {
        let document = DOCXDocument.xml(view)
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", DOCXPackage.contentTypes),
            ("_rels/.rels", DOCXPackage.rootRelationships),
            ("docProps/core.xml", DOCXPackage.core(view)),
            ("word/_rels/document.xml.rels", DOCXPackage.documentRelationships),
            ("word/styles.xml", DOCXPackage.styles(view.language)),
            ("word/numbering.xml", DOCXPackage.numbering(numberedLists: document.numberedLists)),
            ("word/settings.xml", DOCXPackage.settings),
            ("word/header1.xml", DOCXPageFrame.header(view, logo: logo)),
            ("word/_rels/header1.xml.rels", DOCXPageFrame.headerRelationships(logo)),
            ("word/footer1.xml", DOCXPageFrame.footer(view)),
            ("word/document.xml", document.xml),
        ].map { ($0.0, Array($0.1.utf8)) }
        if let logo { parts.append((DOCXPageFrame.logoPart(logo), logo.bytes)) }
        let stamp = entryDate(view.isoDate)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, bytes) in parts {
                let data = Data(bytes)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: stamp, permissions: 0o644, compressionMethod: .deflate,
                                     provider: { position, size in
                                         let start = Int(position)
                                         return data.subdata(in: start..<min(data.count, start + size))
                                     })
            }
            guard let bytes = archive.data else { throw ExportError.archiveFailed(detail: "empty archive") }
            return [UInt8](bytes)
        } catch let error as ExportError {
            throw error
        } catch {
            throw .archiveFailed(detail: String(describing: error))
        }
    }

    /// Noon UTC on the workshop's day (ZIP stores local-less DOS dates from 1980 to 2099).
    static func entryDate(_ iso: String) -> Date {
        let day = Day(iso: iso) ?? Day(year: 1980, month: 1, day: 1)
        return Date(timeIntervalSince1970: Double(day.ordinal) * 86_400 + 43_200)
    }

    /// `word/document.xml` alone, for golden files and tests.
    static func documentXML(_ view: CharterView) -> String { DOCXDocument.xml(view).xml }
}

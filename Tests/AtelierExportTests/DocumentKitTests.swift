import AtelierCore
import Foundation
import Testing
@testable import AtelierExport

/// The parts every format shares: the labels and their typography, the names templates may use,
/// Markdown's escaping of entities, the consultant's logo.
@Suite struct DocumentKitTests {
    @Test func bothLanguagesHaveEveryLabel() {
        #expect(ExportMessage.inconsistencies == [])
    }

    /// French: a narrow no-break space before ; : ! ? % and inside « »; never an ordinary space there.
    /// English: no space before them.
    @Test func labelsFollowTheirLanguagesTypography() {
        for key in Labels.Key.allCases {
            let french = Labels.of(.fr)[key], english = Labels.of(.en)[key]
            for mark in [";", ":", "!", "?", "%", "»"] {
                #expect(!french.contains(" \(mark)") && !french.contains("\u{00A0}\(mark)"), "\(key): \(french)")
                #expect(!english.contains("\u{202F}\(mark)") && !english.contains(" \(mark)") || mark == "»", "\(key): \(english)")
            }
            #expect(!french.contains("« "), "\(key): \(french)")
        }
        #expect(Labels.of(.fr)[.confirmReceipt].hasSuffix("rendu\u{202F}?"))
        #expect(Labels.of(.fr).percent(96) == "96\u{202F}%" && Labels.of(.en).percent(96) == "96%")
        #expect(Labels.of(.fr).labelled("Budget", "x") == "Budget\u{202F}: x" && Labels.of(.en).labelled("Budget", "x") == "Budget: x")
        #expect(Typography.french("Oui ? Non ! 5 % « citation »") == "Oui\u{202F}? Non\u{202F}! 5\u{202F}% «\u{202F}citation\u{202F}»")
    }

    /// Every key of the context a template receives is known to the checker, and nothing more: a
    /// full context (facilitator's copy, logo, every list filled) has exactly the schema's keys.
    @Test func theTemplateSchemaListsExactlyTheContextsKeys() throws {
        let doc = try Scenarios.hostile()
        let view = CharterView(doc, options: ExportOptions(facilitator: true))
        let logo = try #require(Logo(bytes: Self.png))
        let context = TemplateContext.build(view, escaper: HTMLEscaper(), extras: TemplateExtras(logo: logo, senderName: "C"))
        let schema = TemplateSchema.context(charter: doc.sections.flatMap { $0.fields.map(\.model) })
        var mismatches: [String] = []
        Self.compare(context, schema, at: "", into: &mismatches)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    static func compare(_ value: Any, _ shape: TemplateChecker.Shape, at path: String, into mismatches: inout [String]) {
        switch shape {
        case .object(let keys):
            guard let dictionary = value as? [String: Any] else {
                if !(value is Bool) { mismatches.append("\(path) is not a dictionary") }
                return
            }
            let extra = Set(dictionary.keys).subtracting(keys.keys), missing = Set(keys.keys).subtracting(dictionary.keys)
            for key in extra { mismatches.append("\(path).\(key) is not in the schema") }
            for key in missing where !path.hasPrefix(".charter") { mismatches.append("\(path).\(key) is not in the context") }
            for (key, inner) in dictionary { if let sub = keys[key] { compare(inner, sub, at: "\(path).\(key)", into: &mismatches) } }
        case .list(let item):
            // A records value that was never answered is "" in `charter.<field>`: an empty section.
            if let text = value as? String, text.isEmpty { return }
            guard let items = value as? [Any] else { return mismatches.append("\(path) is not a list") }
            for element in items { compare(element, item, at: "\(path)[]", into: &mismatches) }
        case .scalar, .unknown:
            break
        }
    }

    @Test func theShippedTemplatesUseNoUnknownVariable() throws {
        for doc in [try ExampleSession.document(), Fixtures.french, Fixtures.english] {
            for format in ExportFormat.allCases {
                #expect(Exporter.templateWarnings(doc, as: format, options: emailOptions).isEmpty, "\(format)")
            }
        }
    }

    /// CommonMark turns `&amp;` into `&`: the client's literal text is kept as typed.
    @Test func markdownKeepsTheClientsEntitiesAsTyped() throws {
        var doc = Fixtures.french
        doc.sections[0].fields[0].value = .text("R&D, Dupont &amp; Fils, &#38; et &copy;")
        let md = try render(doc, .md)
        #expect(md.contains("R&D, Dupont \\&amp; Fils, \\&#38; et \\&copy;"))
    }

    /// A 1×1 PNG.
    static let png: [UInt8] = Array(Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==") ?? Data())

    /// A logo beside the templates goes in the HTML title block and the DOCX page header.
    @Test func aLogoInTheTemplateFolderFillsItsSlot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-logo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.png).write(to: folder.appendingPathComponent("logo.png"))
        let options = ExportOptions(templateDirectory: folder.path)
        let html = try render(Fixtures.french, .html, options)
        #expect(html.contains("<img class=\"logo\" src=\"data:image/png;base64,iVBORw0KGgo"))
        #expect(!(try render(Fixtures.french, .html)).contains("<img"))
        guard Python.ready() else { return }
        let docx = try Python.temporaryFile(try Exporter.render(Fixtures.french, as: .docx, options: options), name: "logo.docx")
        let check = Python.script("""
            import sys, docx
            d = docx.Document(sys.argv[1])
            header = d.sections[0].header
            images = [p for p in header.part.related_parts.values() if p.content_type == "image/png"]
            assert len(images) == 1 and images[0].blob[:4] == b"\\x89PNG", images
            assert header._element.xml.count("<pic:pic") == 1
            """, arguments: [docx])
        #expect(check.status == 0, "\(check.error)")
        #expect(Logo(bytes: Array("not a picture".utf8)) == nil)
    }
}

import AtelierCore
import Foundation
import Testing
@testable import AtelierExport

/// Hostile answers must come out inert in every format.
@Suite struct EscapingTests {
    static let hostile = "<script>alert(1)</script> | # titre {{client}} \u{1B}[2J \u{202E}evil\u{2066}"

    static let document: CharterDocument = {
        var doc = Fixtures.french
        doc.client = "ACME <b>{{workshop.title}}</b>"
        doc.sections[0].fields[0].value = .text("# titre\n" + hostile)
        doc.sections[0].fields[1].value = .list([.text(hostile), .text("- pas une liste\n1. pas un numéro")])
        if case .records(var records)? = doc.sections[4].fields[0].value {
            records[0].fields["risque"] = .text(hostile)
            records[0].fields["mitigation"] = .text("ligne 1 | colonne\nligne 2")
            doc.sections[4].fields[0].value = .records(records)
        }
        doc.openQuestions[0].question = hostile
        doc.openQuestions[0].owner = "Eve\r\nX-Injected: 1"
        doc.decisions[0].text = hostile
        doc.people.append(.init(name: "Mallory", email: "m@evil.example>\r\nBcc: x@evil.example", role: nil))
        return doc
    }()

    func output(_ format: ExportFormat) throws -> String {
        var options = emailOptions
        options.facilitator = true
        options.internalRecipients = true
        return String(decoding: try Exporter.render(Self.document, as: format, options: options), as: UTF8.self)
    }

    func expectNoControlOrBidi(_ text: String, _ format: ExportFormat) {
        let bad = text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\r") || (0x202A...0x202E).contains($0.value)
                || (0x2066...0x2069).contains($0.value) || $0.value == 0x7F
        }
        #expect(bad.isEmpty, "\(format) keeps \(bad.map { String($0.value, radix: 16) })")
    }

    @Test func markdown() throws {
        let md = try output(.md)
        expectNoControlOrBidi(md, .md)
        #expect(!md.contains("<script>"))
        #expect(md.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(md.contains("\\# titre\n"))
        #expect(!md.contains("\n# titre"))
        #expect(md.contains(" \\| "))
        #expect(md.contains("{{client}}"))
        #expect(md.contains("ACME \\<b\\>{{workshop.title}}\\</b\\>"))
        #expect(md.contains("- \\- pas une liste<br>1\\. pas un numéro"))
        #expect(md.contains("| ligne 1 \\| colonne<br>ligne 2 |"))
        // Every table row still has the number of cells of its header.
        let riskRows = md.split(separator: "\n").filter { $0.hasPrefix("| \\<script") && $0.contains("Julien Robert") }
        #expect(riskRows.count == 1)
        for line in riskRows {
            #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 4)
        }
    }

    @Test func html() throws {
        let html = try output(.html)
        expectNoControlOrBidi(html, .html)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("{{client}}"))
        #expect(html.contains("ACME &lt;b&gt;{{workshop.title}}&lt;/b&gt;"))
    }

    @Test func json() throws {
        let json = try output(.json)
        expectNoControlOrBidi(json, .json)
        #expect(!json.contains("<script>"))
        #expect(json.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e | # titre {{client}} [2J evil"))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["client"] as? String == "ACME <b>{{workshop.title}}</b>")
    }

    @Test func docx() throws {
        var options = emailOptions
        options.facilitator = true
        let xml = DOCXExporter.documentXML(CharterView(Self.document, options: options))
        expectNoControlOrBidi(xml, .docx)
        #expect(!xml.contains("<script>"))
        #expect(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt; | # titre {{client}} [2J evil"))
        #expect(try Exporter.render(Self.document, as: .docx, options: options).count > 1000)
    }

    @Test func eml() throws {
        let eml = try output(.eml)
        expectNoControlOrBidi(eml, .eml)
        #expect(!eml.contains("\r\nBcc") && !eml.contains("\nBcc"))
        #expect(!eml.contains("\nX-Injected"))
        // text/plain may show the words; the HTML part and the attachment must not carry a tag.
        let htmlPart = eml.components(separatedBy: "Content-Type: text/html; charset=utf-8\r\n")[1]
            .components(separatedBy: "--=_atelier")[0].replacingOccurrences(of: "=\r\n", with: "")
        #expect(htmlPart.contains("&lt;script&gt;"))
        #expect(!htmlPart.contains("<script>"))
        let headers = eml.components(separatedBy: "\r\n\r\n")[0]
        #expect(!headers.contains("evil.example"))
        #expect(!headers.contains("<b>"))
    }

    @Test func mustacheDoesNotRenderClientText() throws {
        var doc = Fixtures.french
        doc.sections[0].fields[0].value = .text("{{#sections}}{{title}}{{/sections}} {{{client}}} {{> partial}}")
        let md = try render(doc, .md)
        #expect(md.contains("{{#sections}}{{title}}{{/sections}} {{{client}}} {{\\> partial}}"))
        let html = try render(doc, .html)
        #expect(html.contains("{{#sections}}{{title}}{{/sections}} {{{client}}} {{&gt; partial}}"))
    }
}

import AtelierCore
import Foundation
import Testing
@testable import AtelierExport

/// Each format read back by a real reader: jsonschema, html5lib (strict), python-docx, Python's
/// `email` package. Needs python3; the packages are installed by scripts/ensure-test-tools.
@Suite(.enabled(if: Python.available, "python3 is not installed: the export read-back tests are skipped"))
struct ReaderTests {
    func check(_ code: String, _ bytes: [UInt8], name: String, extra: [String] = [],
               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        guard Python.ready(sourceLocation: sourceLocation) else { return }
        let path = try Python.temporaryFile(bytes, name: name)
        let result = Python.script(code, arguments: [path] + extra)
        #expect(result.status == 0, "\(name): \(result.error)\(result.output)", sourceLocation: sourceLocation)
    }

    static let schema = Python.repository.appendingPathComponent("docs/charter.schema.json").path

    static let validateJSON = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[2]))
        Draft202012Validator.check_schema(schema)
        doc = json.load(open(sys.argv[1], encoding="utf-8"))
        errors = sorted(Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
        for e in errors: print(list(e.path), e.message)
        sys.exit(1 if errors else 0)
        """

    @Test(arguments: [false, true])
    func jsonValidatesAgainstTheSchema(facilitator: Bool) throws {
        var options = emailOptions
        options.facilitator = facilitator
        // A month and a choice in the client's words (issue 10) validate too.
        var other = ClientWordsExportTests.document
        other.sections[0].fields[other.sections[0].fields.count - 1].value = .wordedChoice(WordedChoice(option: nil, words: "autre chose"))
        for doc in [Fixtures.french, Fixtures.english, EscapingTests.document, ClientWordsExportTests.document, other] {
            try check(Self.validateJSON, Exporter.render(doc, as: .json, options: options), name: "charter.json",
                      extra: [Self.schema])
        }
    }

    @Test func theSchemaRejectsACharterWithoutSections() throws {
        guard Python.ready() else { return }
        var json = try render(Fixtures.french, .json)
        json = json.replacingOccurrences(of: "\"sections\":", with: "\"chapters\":")
        let path = try Python.temporaryFile(Array(json.utf8), name: "broken.json")
        #expect(Python.script(Self.validateJSON, arguments: [path, Self.schema]).status == 1)
    }

    static let parseHTML = """
        import sys, html5lib
        parser = html5lib.HTMLParser(strict=True)
        try:
            parser.parse(open(sys.argv[1], "rb"))
        except Exception as e:
            print("parse error:", e, parser.errors); sys.exit(1)
        """

    @Test func htmlParsesWithoutErrors() throws {
        var facilitator = emailOptions
        facilitator.facilitator = true
        for doc in [Fixtures.french, Fixtures.english, EscapingTests.document] {
            try check(Self.parseHTML, Exporter.render(doc, as: .html, options: emailOptions), name: "charter.html")
            try check(Self.parseHTML, Exporter.render(doc, as: .html, options: facilitator), name: "charter.html")
        }
    }

    @Test func docxOpensWithHeadingsAndTablesFromTheCharter() throws {
        let code = """
            import sys, docx
            from docx.oxml.ns import qn
            d = docx.Document(sys.argv[1])
            assert d.core_properties.title == "Charte de mission — Réseau Horizon", d.core_properties.title
            assert d.core_properties.version == "1.0" and d.core_properties.content_status == "projet à valider"
            paragraphs = [(p.style.name, p.text) for p in d.paragraphs]
            assert ("Title", "Charte de mission — Réseau Horizon") in paragraphs, paragraphs[:3]
            assert ("Subtitle", "Atelier de cadrage") in paragraphs
            h1 = [t for s, t in paragraphs if s == "Heading 1"]
            assert h1[:3] == ["Synthèse", "Contexte et enjeux (validée)", "Objectifs"], h1
            assert "Questions ouvertes" in h1 and "Validation" not in h1, h1
            assert "Décisions" not in h1, "the only decision is shown in place"
            assert "Annexe du facilitateur" not in h1 and "Complétude" not in "\\n".join(t for _, t in paragraphs)
            h2 = [t for s, t in paragraphs if s == "Heading 2"]
            assert "Enjeux" in h2 and "Risques" in h2 and "Prochaines étapes" in h1 and "Prochaines étapes" not in h2, (h1, h2)
            assert "Indicateurs de réussite" in h2, "the nested records sit beside their parent field"
            tables = [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]
            indicators = next(t for t in tables if t[0][:2] == ["Objectif", "Indicateur"])
            assert indicators[0] == ["Objectif", "Indicateur", "Référence", "Cible", "Fréquence", "Responsable"], indicators[0]
            assert indicators[1] == ["Réduire les délais de recrutement des coordinateurs", "Délai moyen de recrutement",
                                     "62 jours", "40 jours", "mensuelle", "Claire Martin"], indicators[1]
            steps = next(t for t in tables if t[0] == ["Action", "Responsable", "Date"])
            assert steps[1] == ["Envoyer la fiche de poste validée", "Claire Martin", "22 mars 2027"], steps[1]
            risks = next(t for t in tables if t[0][0] == "Risque")
            assert risks[1][1] == "Bloquer les créneaux dès septembre.\\nPrévoir un suppléant par site.", risks[1]
            questions = next(t for t in tables if t[0] == ["Sujet", "Question", "Qui répondra", "Pour quand"])
            assert questions[1] == ["Périmètre", "Quel budget pour l'intérim en 2027 ? (ne sait pas encore)", "Claire Martin", "à fixer"], questions[1]
            for t in d.tables:
                header = t.rows[0]._tr
                assert header.trPr.find(qn("w:tblHeader")) is not None
                for cell in t.rows[0].cells:
                    assert cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "DCE4F2", "shaded header row"
            # Columns sized to what they hold: the date column is narrower than the action column.
            widths = [c.width for c in d.tables[[t[0] for t in tables].index(["Action", "Responsable", "Date"])].columns]
            assert widths[2] < widths[0], widths
            # Real lists: the bullets and numbers come from the numbering part.
            numbering = d.part.numbering_part.element
            formats = [f.get(qn("w:val")) for f in numbering.iter(qn("w:numFmt"))]
            assert "bullet" in formats and "decimal" in formats, formats
            bullets = [p for p in d.paragraphs if p.style.name == "List Bullet"]
            assert bullets and all(p._p.pPr.numPr is not None for p in bullets)
            # Every page: the title in the header, the version and "Page X sur Y" in the footer.
            section = d.sections[0]
            assert "Charte de mission — Réseau Horizon" in section.header.paragraphs[0].text
            footer = section.footer.paragraphs[0]._p.xml
            assert "Version 1.0 — projet à valider" in section.footer.paragraphs[0].text
            assert " PAGE " in footer and " NUMPAGES " in footer, footer
            # The contents link each part to its page.
            body = d.element.body.xml
            assert "PAGEREF _Toc1" in body and 'w:name="_Toc1"' in body
            """
        try check(code, Exporter.render(Fixtures.french, as: .docx, options: emailOptions), name: "charte.docx")
    }

    @Test func hostileDocxStillOpens() throws {
        let code = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            text = "\\n".join(p.text for p in d.paragraphs)
            assert "<script>alert(1)</script>" in text
            assert "\\x1b" not in text and "\\u202e" not in text
            """
        try check(code, Exporter.render(EscapingTests.document, as: .docx, options: emailOptions), name: "hostile.docx")
    }

    static let parseEmail = """
        import sys, email
        from email import policy
        msg = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
        expected_subject, attachment_type, attachment_name = sys.argv[2], sys.argv[3], sys.argv[4]
        assert msg["Subject"] == expected_subject, msg["Subject"]
        from email.utils import parseaddr
        notify = parseaddr(str(msg["Disposition-Notification-To"]))
        assert notify == ("Camille Lefèvre", "camille.lefevre@cabinet.example"), notify
        assert msg["From"].addresses[0].display_name == "Camille Lefèvre", msg["From"]
        assert msg.get_content_type() == "multipart/mixed"
        assert msg["X-Unsent"] == "1", "a draft the mail program opens for sending"
        parts = list(msg.iter_parts())
        alternative = parts[0]
        assert alternative.get_content_type() == "multipart/alternative"
        kinds = [p.get_content_type() for p in alternative.iter_parts()]
        assert kinds == ["text/plain", "text/html"], kinds
        plain = msg.get_body(preferencelist=("plain",)).get_content()
        html = msg.get_body(preferencelist=("html",)).get_content()
        for needle in sys.argv[5:]:
            assert needle in plain, (needle, plain)
        attachments = list(msg.iter_attachments())
        assert len(attachments) == 1
        assert attachments[0].get_content_type() == attachment_type, attachments[0].get_content_type()
        assert attachments[0].get_filename() == attachment_name, attachments[0].get_filename()
        payload = attachments[0].get_payload(decode=True)
        assert len(payload) > 500
        assert "<html" in html
        """

    @Test func emlParsesWithBothAlternativesAndTheAttachment() throws {
        try check(Self.parseEmail, Exporter.render(Fixtures.french, as: .eml, options: emailOptions), name: "cr.eml",
                  extra: ["Compte rendu — Atelier de cadrage — Réseau Horizon", "text/html",
                          "Charte de mission - Réseau Horizon.html",
                          "Réduire les délais de recrutement des coordinateurs",
                          "    · Délai moyen de recrutement",
                          "- Envoyer la fiche de poste validée",
                          "Périmètre\u{202F}: Quel budget pour l'intérim en 2027 ? — Qui répondra\u{202F}: Claire Martin",
                          "Pourriez-vous nous confirmer la bonne réception de ce compte rendu\u{202F}?",
                          "Bien cordialement,\nCamille Lefèvre"])
    }

    @Test func emlCanCarryTheDocx() throws {
        var options = emailOptions
        options.attachment = .docx
        try check(Self.parseEmail, Exporter.render(Fixtures.english, as: .eml, options: options), name: "cr.eml",
                  extra: ["Summary — Scoping workshop — Northwind",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          "Mission charter - Northwind.docx",
                          "Could you please confirm that you have received this summary?"])
    }

    /// The Markdown read by a CommonMark reader (markdown-it-py, tables on): the headings follow the
    /// charter's structure (the indicators beside the objectives, under their section), the
    /// client's `&amp;` is printed as typed, markup stays text, every table keeps its columns.
    @Test func markdownReadsAsTheCharterInACommonMarkReader() throws {
        var doc = try Scenarios.hostile()
        for s in doc.sections.indices {
            for f in doc.sections[s].fields.indices where doc.sections[s].fields[f].model.id == "enjeux" {
                doc.sections[s].fields[f].value = .text("Dupont &amp; Fils, R&D, &#38;")
            }
        }
        let code = """
            import sys, html
            from markdown_it import MarkdownIt
            md = MarkdownIt("commonmark").enable("table")
            tokens = md.parse(open(sys.argv[1], encoding="utf-8").read())
            headings = []
            for i, t in enumerate(tokens):
                if t.type == "heading_open":
                    headings.append((t.tag, tokens[i + 1].content))
            h = dict((text, tag) for tag, text in headings)
            assert h["Objectifs et indicateurs de succès"] == "h2", headings
            assert h["Indicateurs de succès"] == "h3" and h["Objectifs"] == "h3", headings
            section = [text for tag, text in headings if tag == "h2"]
            assert section.index("Objectifs et indicateurs de succès") < section.index("Nous serons fiers si…"), section
            rendered = md.render(open(sys.argv[1], encoding="utf-8").read())
            assert "Dupont &amp;amp; Fils, R&amp;D, &amp;#38;" in rendered, "the client's entities are printed as typed"
            assert "<script>" not in rendered and "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
            # Every table row has as many cells as its header.
            rows, cells, widths = 0, 0, []
            for t in tokens:
                if t.type == "tr_open": cells = 0
                if t.type in ("th_open", "td_open"): cells += 1
                if t.type == "tr_close": widths.append(cells)
                if t.type == "table_close":
                    assert len(set(widths)) == 1, widths
                    widths = []
            """
        try check(code, Exporter.render(doc, as: .md, options: emailOptions), name: "charte.md")
    }
}

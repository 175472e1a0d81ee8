import AtelierCore
import Foundation
import Testing
@testable import AtelierExport

/// The client's copy as a client would print it: the HTML through Chromium, the DOCX through
/// LibreOffice, read back with pdftotext. The example session, and the same after a hostile session
/// (a 300-character word, a long URL, markup, right-to-left text, a hedged change after a lock).
@Suite struct PrintTests {
    enum Sample: String, CaseIterable, Sendable {
        case example, hostile

        func document() throws -> CharterDocument {
            switch self {
            case .example: try ExampleSession.document()
            case .hostile: try Scenarios.hostile()
            }
        }

        /// Printed once, shared by the tests below.
        var printed: Result<PrintedDocument, PrintedDocument.Failure> {
            switch self {
            case .example: PrintTests.example
            case .hostile: PrintTests.hostile
            }
        }
    }

    static let example = printing(.example)
    static let hostile = printing(.hostile)

    private static func printing(_ sample: Sample) -> Result<PrintedDocument, PrintedDocument.Failure> {
        do {
            return .success(try PrintedDocument.print(try sample.document(), name: sample.rawValue))
        } catch let failure as PrintedDocument.Failure {
            return .failure(failure)
        } catch {
            return .failure(PrintedDocument.Failure(description: "\(error)"))
        }
    }

    func printed(_ sample: Sample, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> PrintedDocument? {
        guard PrintedDocument.readersReady(sourceLocation: sourceLocation) else { return nil }
        switch sample.printed {
        case .success(let printed): return printed
        case .failure(let failure):
            Issue.record(Comment(rawValue: failure.description), sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Every column header of every table of the client's copy, as the view lays them out.
    static func columnHeaders(_ doc: CharterDocument) -> [String] {
        let view = CharterView(doc, options: ExportOptions())
        var headers: [String] = []
        for field in view.sections.flatMap(\.fields) {
            guard case .table(let table) = field.content else { continue }
            if table.columns.count > 1 { headers += table.columns }
            for sub in table.subtables where !sub.rows.isEmpty { headers += sub.columns }
        }
        headers += view.openQuestionTable.columns
        let labels = view.labels
        headers += [labels[.role], labels[.name], labels[.date], labels[.sign]]
        return headers
    }

    @Test(arguments: Sample.allCases)
    func everyColumnHeaderIsPrintedByBothReaders(_ sample: Sample) throws {
        guard let printed = printed(sample) else { return }
        let doc = try sample.document()
        for header in Self.columnHeaders(doc) {
            #expect(printed.html.text.squeezed.contains(header.squeezed), "HTML print lost the column “\(header)”")
            #expect(printed.docx.text.squeezed.contains(header.squeezed), "DOCX print lost the column “\(header)”")
        }
    }

    @Test(arguments: Sample.allCases)
    func theHTMLPrintTakesAtMostOnePageMoreThanTheDOCX(_ sample: Sample) {
        guard let printed = printed(sample) else { return }
        #expect(printed.html.pages <= printed.docx.pages + 1, "HTML \(printed.html.pages) pages, DOCX \(printed.docx.pages)")
        #expect(printed.html.pages >= 3, "a title page, the body, the approval")
    }

    @Test(arguments: Sample.allCases)
    func everyPageIsNumbered(_ sample: Sample) {
        guard let printed = printed(sample) else { return }
        for (format, pdf) in [("HTML", printed.html), ("DOCX", printed.docx)] {
            for (index, text) in pdf.pageTexts.enumerated() {
                #expect(text.squeezed.contains("Page\(index + 1)sur\(pdf.pages)"), "\(format) page \(index + 1) has no number")
                #expect(text.squeezed.contains("Version1.0—projetàvalider"), "\(format) page \(index + 1) has no version")
            }
        }
    }

    /// Nothing is cut: the 300-character word and the long URL come out whole in both prints.
    @Test func theLongWordAndTheURLArePrintedWhole() {
        guard let printed = printed(.hostile) else { return }
        for (format, pdf) in [("HTML", printed.html), ("DOCX", printed.docx)] {
            #expect(pdf.text.squeezed.contains(Scenarios.longWord), "\(format) cut the long word")
            // pdftotext joins a word broken at a hyphen and drops the hyphen: compare without them.
            let unhyphenated = pdf.text.squeezed.replacingOccurrences(of: "-", with: "")
            #expect(unhyphenated.contains(Scenarios.longURL.replacingOccurrences(of: "-", with: "")), "\(format) cut the long URL")
        }
    }

    @Test func markupAndRightToLeftTextArePrintedAsText() {
        guard let printed = printed(.hostile) else { return }
        for (format, pdf) in [("HTML", printed.html), ("DOCX", printed.docx)] {
            let text = pdf.text.precomposedStringWithCompatibilityMapping
            #expect(text.squeezed.contains("<b>gras</b>&<script>alert(1)</script>{{client}}"), "\(format) did not print the markup as text")
            for word in [Scenarios.arabic, Scenarios.hebrew] {
                let letters = Set(word.unicodeScalars.filter { $0.properties.isAlphabetic })
                #expect(letters.isSubset(of: Set(text.unicodeScalars)), "\(format) lost right-to-left letters of \(word)")
            }
        }
    }

    /// What the room heard stays in the room: the client's copy speaks to the client.
    @Test(arguments: Sample.allCases)
    func theClientsCopyHasNoSentenceFromTheRoom(_ sample: Sample) {
        guard let printed = printed(sample) else { return }
        for (format, pdf) in [("HTML", printed.html), ("DOCX", printed.docx)] {
            for phrase in ["vous avez dit", "Point à éclaircir", "laisse une porte ouverte", "Complétude", "bloquant",
                           "Annexe", "Observations du facilitateur", "Points de contrôle"] {
                #expect(!pdf.text.contains(phrase), "\(format) print of \(sample) says “\(phrase)”")
            }
        }
    }

    /// The hedged budget changed after the lock reads as such, and its question is the client's.
    @Test func aHedgedChangeAfterALockReadsAsOneToConfirm() {
        guard let printed = printed(.hostile) else { return }
        for (format, pdf) in [("HTML", printed.html), ("DOCX", printed.docx)] {
            let text = pdf.text.squeezed
            #expect(text.contains("Onverrapourlebudget(àconfirmer)"), "\(format)")
            #expect(text.contains("Modifiéaprèsvalidation"), "\(format)")
            #expect(text.contains("Pouvons-nousconfirmer«Onverrapourlebudget»?".squeezed), "\(format)")
            // Who answers, and by when: on the question's row, as printed.
            let row = pdf.layout.split(separator: "\n").first { $0.contains("Pouvons-nous confirmer « On") } ?? ""
            #expect(row.contains("Isabelle Marchand") && row.contains("8 décembre 2026"), "\(format): \(row)")
        }
    }
}

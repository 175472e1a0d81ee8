import AtelierCore
import Foundation
import Testing
@testable import AtelierExport

/// The consultant's side: copying the default templates, overriding one, and clear errors.
@Suite struct TemplateTests {
    func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("atelier-templates-\(UUID().uuidString)").path
    }

    @Test func writesTheDefaultTemplatesAndRefusesToOverwriteThem() throws {
        let directory = temporaryDirectory()
        let written = try Exporter.writeDefaultTemplates(to: directory)
        #expect(written.map { ($0 as NSString).lastPathComponent }.sorted() == Exporter.templateNames.sorted())
        let md = try #require(FileManager.default.contents(atPath: directory + "/charter.md.mustache"))
        #expect(String(decoding: md, as: UTF8.self).contains("{{#sections}}"))
        #expect(throws: ExportError.templateExists(path: directory + "/charter.md.mustache")) {
            try Exporter.writeDefaultTemplates(to: directory)
        }
        #expect(try Exporter.writeDefaultTemplates(to: directory, overwrite: true).count == TemplateName.allCases.count)
    }

    @Test func aTemplateInTheConsultantsFolderReplacesTheDefault() throws {
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data("Charte pour {{client}} : {{#charter.objectifs}}[{{titre}}]{{/charter.objectifs}}\n".utf8)
            .write(to: URL(fileURLWithPath: directory + "/charter.md.mustache"))
        let options = ExportOptions(templateDirectory: directory)
        let md = try render(Fixtures.french, .md, options)
        #expect(md == "Charte pour Réseau Horizon : [Réduire les délais de recrutement des coordinateurs][Fiabiliser l'accueil des nouveaux arrivants]\n")
        // The other formats still use the defaults.
        #expect(try render(Fixtures.french, .html, options).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func charterKeyAddressesNestedRecordsByFieldID() throws {
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data("{{#charter.objectifs}}{{#indicateurs}}{{nom}}={{cible}};{{/indicateurs}}{{/charter.objectifs}}".utf8)
            .write(to: URL(fileURLWithPath: directory + "/charter.html.mustache"))
        let html = try render(Fixtures.french, .html, ExportOptions(templateDirectory: directory))
        #expect(html == "Délai moyen de recrutement=40 jours;Postes ouverts depuis plus de 90 jours=0;Satisfaction à 3 mois=≥ 8/10;")
    }

    @Test func aBrokenTemplateIsReportedWithLineAndColumn() throws {
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/charter.md.mustache"
        try Data("# {{workshop.title}}\n{{#sections}}\n## {{title}}\n{{/fields}}\n".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try Exporter.render(Fixtures.french, as: .md, options: ExportOptions(templateDirectory: directory))
            Issue.record("expected a parse error")
        } catch {
            guard case .templateParse(let file, let line, let column, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == path)
            #expect(line == 4)
            #expect(column == 4)
            #expect(error.diagnostic(.fr).location == SourceLocation(file: path, line: 4, column: 4))
        }
    }

    @Test func aParseErrorOnTheFirstLineHasTheRightColumn() {
        #expect(throws: ExportError.templateParse(file: "t", line: 1, column: 23,
                                                  problem: .closedWithWrongName(closing: "a", open: "c", openLine: 1))) {
            try Templates.parse("Hello {{#a}}{{#c}}x{{/a}}", file: "t")
        }
        #expect(throws: ExportError.templateParse(file: "t", line: 1, column: 17,
                                                  problem: .closedWithWrongName(closing: "b", open: "a", openLine: 1))) {
            try Templates.parse("Hello {{#a}}x{{/b}}", file: "t")
        }
        #expect(throws: ExportError.templateParse(file: "t", line: 1, column: 10, problem: .closedButNotOpen("b"))) {
            try Templates.parse("Hello {{/b}}", file: "t")
        }
        #expect(throws: ExportError.templateParse(file: "t", line: 2, column: 1, problem: .unterminatedTag)) {
            try Templates.parse("Hello\n{{name", file: "t")
        }
    }

    /// An unclosed section is reported where it opens, by name, in the message's language only.
    @Test func anUnclosedSectionIsReportedAtItsOpeningTag() throws {
        let template = "# {{workshop.title}}\n\n{{#sections}}\n## {{title}}\n\n{{#fields}}\n- {{label}}\n{{/sections}}\n"
        #expect(throws: ExportError.templateParse(file: "t", line: 8, column: 4,
                                                  problem: .closedWithWrongName(closing: "sections", open: "fields", openLine: 6))) {
            try Templates.parse(template, file: "t")
        }
        let unclosed = "# Titre\n\n\n\n\n{{#sections}}\n## {{title}}\n\nfin\n"
        do {
            _ = try Templates.parse(unclosed, file: "t")
            Issue.record("expected an error")
        } catch {
            #expect(error == .templateParse(file: "t", line: 6, column: 4, problem: .sectionNotClosed("sections")))
            #expect(error.diagnostic(.fr) == .error("la section «\u{202F}sections\u{202F}» ouverte ici n'est jamais fermée (il manque {{/sections}})",
                                                    at: SourceLocation(file: "t", line: 6, column: 4)))
            #expect(error.message(in: .en) == "the section “sections” opened here is never closed (missing {{/sections}})")
        }
    }

    /// A tag left open is said to be one, where it opens, not a section "opened inside itself".
    @Test func anUnterminatedTagIsNamedAsSuch() {
        #expect(throws: ExportError.templateParse(file: "t", line: 2, column: 1, problem: .unterminatedTag)) {
            try Templates.parse("{{#sections}}\n{{#fields\n- {{label}}\n{{/fields}}\n{{/sections}}\n", file: "t")
        }
        #expect(throws: Never.self) { try Templates.parse("{{! a comment quoting {{title}} }}ok", file: "t") }
    }

    @Test func aMissingExplicitTemplateIsNamed() {
        let options = ExportOptions(templateFiles: ["charter.md.mustache": "/nonexistent/charte.mustache"])
        #expect(throws: ExportError.templateNotFound(path: "/nonexistent/charte.mustache")) {
            try Exporter.render(Fixtures.french, as: .md, options: options)
        }
    }

    @Test func everyErrorHasAFrenchAndAnEnglishSentence() {
        let errors: [ExportError] = [
            .templateNotFound(path: "a"), .templateParse(file: "a", line: 1, column: 2, problem: .sectionNotClosed("x")),
            .templateParse(file: "a", line: 1, column: 2, problem: .unterminatedTag),
            .invalidAddress("x", isSender: true), .invalidAddress("x", isSender: false), .facilitatorCopyToOthers(["a@b.fr"]),
            .defaultTemplatesMissing(searched: ["a"]), .writeFailed(path: "a", errno: 28),
            .templateExists(path: "a"), .notAFolder(path: "a"), .missingSender, .noRecipient, .archiveFailed(detail: "r"),
        ]
        for error in errors {
            #expect(error.message(in: .fr) != error.message(in: .en))
            // Diagnostics: lower case, no full stop (the printer puts the place in front).
            for language in Language.allCases {
                let message = error.message(in: language)
                #expect(message.first.map { $0.isLowercase || "«“{".contains($0) } == true, "\(message)")
                #expect(!message.hasSuffix("."), "\(message)")
            }
        }
    }

    @Test func writingTheTemplatesIntoAFileSaysItIsNotAFolder() throws {
        let file = temporaryDirectory()
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: ExportError.notAFolder(path: file)) { try Exporter.writeDefaultTemplates(to: file) }
        #expect(ExportError.notAFolder(path: file).message(in: .en) == "this is a file, not a folder: name a folder (it is created when it does not exist)")
    }
}

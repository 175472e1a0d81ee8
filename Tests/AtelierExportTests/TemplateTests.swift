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
            #expect(error.diagnostic(.fr) == .error("ce modèle Mustache est invalide : section refermée sous un autre nom",
                                                    at: SourceLocation(file: path, line: 4, column: 4)))
        }
    }

    @Test func aParseErrorOnTheFirstLineHasTheRightColumn() {
        #expect(throws: ExportError.templateParse(file: "t", line: 1, column: 17, problem: .wrongClosingName)) {
            try Templates.parse("Hello {{#a}}x{{/b}}", file: "t")
        }
        #expect(throws: ExportError.templateParse(file: "t", line: 2, column: 7, problem: .endsInsideTag)) {
            try Templates.parse("Hello\n{{name", file: "t")
        }
    }

    @Test func aMissingExplicitTemplateIsNamed() {
        let options = ExportOptions(templateFiles: ["charter.md.mustache": "/nonexistent/charte.mustache"])
        #expect(throws: ExportError.templateNotFound(path: "/nonexistent/charte.mustache")) {
            try Exporter.render(Fixtures.french, as: .md, options: options)
        }
    }

    @Test func everyErrorHasAFrenchAndAnEnglishSentenceInTheDiagnosticsVoice() {
        let errors: [ExportError] = [
            .templateNotFound(path: "a"), .templateParse(file: "a", line: 1, column: 2, problem: .unfinishedTag),
            .defaultTemplatesMissing(searched: ["a"]), .writeFailed(path: "a", errno: 28),
            .templateExists(path: "a"), .notAFolder(path: "a"), .missingSender, .noRecipient, .archiveFailed(detail: "r"),
        ]
        for error in errors {
            #expect(error.message(in: .fr) != error.message(in: .en))
            for language in Language.allCases {
                let message = error.message(in: language)
                #expect(message.first?.isLowercase == true && !message.hasSuffix("."), "\(message)")
            }
        }
    }

    @Test func writingTheTemplatesIntoAFileSaysItIsNotAFolder() throws {
        let file = temporaryDirectory()
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: ExportError.notAFolder(path: file)) { try Exporter.writeDefaultTemplates(to: file) }
        #expect(ExportError.notAFolder(path: file).message(in: .fr) == "c'est un fichier, pas un dossier : indiquez un dossier (il est créé s'il n'existe pas)")
    }
}

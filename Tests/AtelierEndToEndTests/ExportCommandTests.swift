import Foundation
import Testing

/// `atelier export` through the real binary: where the charter goes and who may read it.
@Suite struct ExportCommandTests {
    @Test(arguments: ["md", "html", "json", "docx"])
    func theCharterIsWrittenBesideTheSessionForItsOwnerOnly(format: String) throws {
        let folder = try makeTemporaryFolder("atelier-export")
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = folder.appendingPathComponent("acme.jsonl").path
        try FileManager.default.copyItem(atPath: DemoTests.example.path, toPath: session)
        let run = try DemoTests().atelier(["export", session, "--format", format])
        #expect(run.exitStatus == 0, "\(run.standardError)")
        let written = folder.appendingPathComponent("acme.\(format)").path
        #expect(run.standardOutput == "Charte écrite dans \(written)\n")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: written)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
    }

    @Test func theFollowUpEmailNeedsItsSender() throws {
        let run = try DemoTests().atelier(["export", DemoTests.example.path, "--format", "eml", "-o", "-"])
        #expect(run.exitStatus == 2, "a missing option is a usage error")
        #expect(run.standardError == "atelier: error: indiquez l'expéditeur du compte rendu avec --from (ou ATELIER_FROM) : c'est à lui que le client confirmera la réception\n")
        let sent = try DemoTests().atelier(["export", DemoTests.example.path, "--format", "eml", "-o", "-"],
                                           extra: ["ATELIER_FROM": "camille.lefevre@cabinet.example"])
        #expect(sent.exitStatus == 0, "\(sent.standardError)")
        #expect(sent.standardOutput.contains("Disposition-Notification-To: camille.lefevre@cabinet.example"))
        #expect(!sent.standardOutput.contains("To: \"Camille"))
    }

    /// `atelier templates --check DIR`: a broken template is an error where it was made, by name; a
    /// misspelt variable is a warning, at `--check` and at every export that uses the template.
    @Test func templatesCheckReportsStructureErrorsAndUnknownVariables() throws {
        let folder = try makeTemporaryFolder("atelier-templates-check")
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("charter.md.mustache")
        try Data("# {{document.title}}\n{{#sections}}\n## {{title}}\n".utf8).write(to: template)
        let french = ["LANG": "fr_FR.UTF-8"]
        let broken = try DemoTests().atelier(["templates", "--check", folder.path], extra: french)
        #expect(broken.exitStatus == 1)
        #expect(broken.standardError == "\(template.path):2:4: error: la section «\u{202F}sections\u{202F}» ouverte ici n'est jamais fermée (il manque {{/sections}})\n{{#sections}}\n   ^\n")

        try Data("# {{document.titel}}\n{{#sections}}\n## {{titel}}\n{{/sections}}\n{{#charter.objectifs}}{{intitule}}{{/charter.objectifs}}\n".utf8)
            .write(to: template)
        let misspelt = try DemoTests().atelier(["templates", "--check", folder.path,
                                                "--workshop", DemoTests.flagship.path])
        #expect(misspelt.exitStatus == 0, "\(misspelt.standardError)")
        let warnings = misspelt.standardError.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.count == 2, "\(misspelt.standardError)")
        #expect(warnings.first == "\(template.path):1:5: warning: la variable «\u{202F}document.titel\u{202F}» n'existe pas, elle s'afficherait vide\u{202F}; vouliez-vous dire «\u{202F}document.title\u{202F}»\u{202F}?")
        #expect(warnings.last?.hasPrefix("\(template.path):3:6: warning: ") == true)

        let exported = try DemoTests().atelier(["export", DemoTests.example.path, "--template", folder.path, "-o", "-"])
        #expect(exported.exitStatus == 0)
        #expect(exported.standardError.contains("document.titel"), "every export warns too")

        try Data("# {{document.title}}\n".utf8).write(to: template)
        let clean = try DemoTests().atelier(["templates", "--check", folder.path], extra: french)
        #expect(clean.exitStatus == 0 && clean.standardError.isEmpty)
        #expect(clean.standardOutput == "Les modèles de \(folder.path) sont prêts.\n")
    }

    /// The document's version and status, from the command line, in the title block and the footer.
    @Test func versionAndStatusAreTheConsultants() throws {
        let run = try DemoTests().atelier(["export", DemoTests.example.path, "--doc-version", "2.1", "--status", "validated", "-o", "-"])
        #expect(run.exitStatus == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("- **Version**\u{202F}: 2.1 — validée\n"))
    }
}

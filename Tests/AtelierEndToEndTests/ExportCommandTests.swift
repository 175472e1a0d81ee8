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
}

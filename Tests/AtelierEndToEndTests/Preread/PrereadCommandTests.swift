import Foundation
import Testing

/// `atelier preread` and `atelier run --preread` through the real binary: the questionnaire is a
/// private file; a returned file that does not fit (another workshop, cut short, edited by hand, 50
/// MB) is refused in one sentence with a non-zero status, before any session file exists.
@Suite struct PrereadCommandTests {
    static let kickoff = repositoryRoot().appendingPathComponent("workshops/kickoff-recrutement.fr.yaml").path
    static let corpus = repositoryRoot().appendingPathComponent("Tests/AtelierCorpusTests/Corpus/preread")

    @Test func theQuestionnaireIsAPrivateSelfContainedPage() throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.folder) }
        let page = space.path("q.html")
        let run = try space.atelier(["preread", Self.kickoff, "--client", "Acme <Industrie>", "--workshop-date", "2026-11-24", "-o", page])
        #expect(run.exitStatus == 0, "\(run.standardError)")
        let mode = try FileManager.default.attributesOfItem(atPath: page)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("Pour Acme &lt;Industrie&gt;"))
        #expect(html.contains("lundi 23 novembre 2026"), "24 h before a workshop on the 24th")
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src=\""), "the page fetches nothing")
        #expect(!html.contains("Observations du consultant"), "facilitator material in the client's questionnaire")
    }

    @Test func aDueDateLaterThanTheScriptAllowsIsRefused() throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.folder) }
        let run = try space.atelier(["preread", Self.kickoff, "--workshop-date", "2026-11-24", "--due", "2026-11-24", "-o", space.path("q.html")])
        #expect(run.exitStatus == 2, "an option the script's rule refuses is a usage error")
        #expect(run.standardError.contains("au plus tard le 2026-11-23"), "\(run.standardError)")
    }

    @Test func theInvitationCarriesTheQuestionnaireTheDueDateAndAsksForReceipt() throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.folder) }
        let run = try space.atelier(["export", Self.kickoff, "--format", "eml", "--preread", "--client", "Acme", "--due", "2026-11-20",
                                     "--from", "Camille Lefèvre <camille@cabinet.example>", "--to", "drh@acme.example", "-o", "-"])
        #expect(run.exitStatus == 0, "\(run.standardError)")
        let eml = run.standardOutput
        #expect(eml.contains("X-Unsent: 1\r\n"))
        #expect(eml.contains("Disposition-Notification-To: =?UTF-8?"))
        #expect(eml.contains("To: drh@acme.example\r\n"))
        #expect(eml.contains("Content-Disposition: attachment;"))
        #expect(eml.contains(".html"))
        let text = eml.replacingOccurrences(of: "=\r\n", with: "")
        #expect(text.contains("vendredi 20 novembre 2026"))
        #expect(text.contains("confirmer la bonne r=C3=A9ception"))
    }

    /// The plain-text part names its attachment with each language's own colon.
    @Test(arguments: [("fr", "Pi=C3=A8ce jointe=E2=80=AF: Questionnaire pr=C3=A9alable"), ("en", "Attachment: Pre-read questionnaire")])
    func theInvitationNamesItsAttachmentInItsLanguage(language: String, line: String) throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.folder) }
        let run = try space.atelier(["export", Self.kickoff, "--format", "eml", "--preread", "--lang", language, "--client", "Acme",
                                     "--from", "Camille Lefèvre <camille@cabinet.example>", "--to", "drh@acme.example", "-o", "-"])
        #expect(run.exitStatus == 0, "\(run.standardError)")
        let text = run.standardOutput.replacingOccurrences(of: "=\r\n", with: "")
        #expect(text.contains(line), "\(text)")
        #expect(!text.contains("Attachment :"))
    }

    /// Each bad file: status 1, one error sentence, no session file, the file untouched.
    @Test(arguments: ["wrong-workshop.json", "truncated.json", "edited-into-an-impossible-date.json", "generated-50mb"])
    func aBadReturnedFileIsRefusedAndNothingIsCreated(name: String) throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.folder) }
        let file = space.path(name)
        let bytes = name.hasPrefix("generated") ? Data(count: 50 * 1024 * 1024)
            : try Data(contentsOf: Self.corpus.appendingPathComponent(name))
        try bytes.write(to: URL(fileURLWithPath: file))
        let session = space.path("s.jsonl")
        let run = try space.atelier(["run", Self.kickoff, "--preread", file, "--client", "Acme Industrie", "--session", session])
        #expect(run.exitStatus == 1)
        #expect(run.standardError.components(separatedBy: "error").count == 2 || run.standardError.hasPrefix("atelier: "), "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count <= 3, "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: session), "a session was started")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == bytes)
    }

    @Test func aScriptWithoutAQuestionnaireSaysSo() throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.folder) }
        let run = try space.atelier(["preread", flagshipScript, "-o", space.path("q.html")])
        #expect(run.exitStatus == 1)
        #expect(run.standardError.contains("n'a pas de questionnaire préalable"))
    }
}

import Foundation
import Testing

/// `atelier export --format eml` through the real binary: the e-mail is a draft with a Message-ID of
/// its own, every address is checked, and the facilitator's copy does not reach the client.
@Suite struct EmailExportTests {
    static let sender = "Camille Lefèvre <camille.lefevre@cabinet.example>"

    func export(_ extra: [String]) throws -> PipedRun {
        try DemoTests().atelier(["export", DemoTests.example.path, "--format", "eml", "-o", "-"] + extra)
    }

    /// The headers of an e-mail, unfolded.
    static func headers(_ eml: String) -> String {
        (eml.components(separatedBy: "\r\n\r\n").first ?? "").replacingOccurrences(of: "\r\n ", with: " ")
    }

    @Test func anInvalidRecipientIsNamedAndNothingIsWritten() throws {
        let run = try export(["--from", Self.sender, "--to", "isabelle.marchand@acme-industrie.fr; pas une adresse"])
        #expect(run.exitStatus == 2, "a value of the command line that does not fit")
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains("«\u{202F}pas une adresse\u{202F}» n'est pas une adresse e-mail"), "\(run.standardError)")
    }

    @Test func addressesSeparatedBySemicolonsAreEachARecipient() throws {
        let run = try export(["--from", Self.sender, "--to", "isabelle.marchand@acme-industrie.fr; thomas.girard@acme-industrie.fr",
                              "--to", "\"Dupuis, Michel\" <michel.dupuis@acme-industrie.fr>"])
        #expect(run.exitStatus == 0, "\(run.standardError)")
        #expect(Self.headers(run.standardOutput).contains(
            "To: isabelle.marchand@acme-industrie.fr, thomas.girard@acme-industrie.fr, \"Dupuis, Michel\" <michel.dupuis@acme-industrie.fr>\r\n"))
    }

    @Test func aSenderThatIsNotAnAddressIsSaidSo() throws {
        let run = try export(["--from", "not an address"])
        #expect(run.exitStatus == 2, "a value of the command line that does not fit")
        #expect(run.standardError.contains("«\u{202F}not an address\u{202F}» n'est pas une adresse e-mail"), "\(run.standardError)")
        #expect(!run.standardError.contains("--from (ou ATELIER_FROM)"), "the sender is given, not missing")
    }

    @Test func twoExportsAreTwoMessagesAndEachIsADraft() throws {
        let first = try export(["--from", Self.sender])
        let second = try export(["--from", Self.sender])
        #expect(first.exitStatus == 0 && second.exitStatus == 0, "\(first.standardError)\(second.standardError)")
        func messageID(_ eml: String) -> String? {
            Self.headers(eml).components(separatedBy: "\r\n").first { $0.hasPrefix("Message-ID: <") }
        }
        let a = try #require(messageID(first.standardOutput)), b = try #require(messageID(second.standardOutput))
        #expect(a != b)
        #expect(a.hasSuffix("@cabinet.example>"))
        for run in [first, second] { #expect(Self.headers(run.standardOutput).contains("\r\nX-Unsent: 1\r\n")) }
    }

    @Test func theSignOffCarriesTheSendersName() throws {
        let run = try export(["--from", Self.sender])
        #expect(run.exitStatus == 0, "\(run.standardError)")
        let plain = run.standardOutput.components(separatedBy: "Content-Type: text/plain; charset=utf-8\r\n")[1]
            .components(separatedBy: "--=_atelier")[0].replacingOccurrences(of: "=\r\n", with: "")
        #expect(plain.contains("Bien cordialement,\r\nCamille Lef=C3=A8vre"), "\(plain.suffix(200))")
    }

    /// The facilitator's notes about named people never go to the client without a word.
    @Test func theFacilitatorsCopyGoesOnlyToItsSenderUnlessInternal() throws {
        let toClient = try export(["--from", Self.sender, "--facilitator"])
        #expect(toClient.exitStatus == 2, "the command line must say --to or --internal")
        #expect(toClient.standardOutput.isEmpty)
        #expect(toClient.standardError.contains("isabelle.marchand@acme-industrie.fr"), "\(toClient.standardError)")
        #expect(toClient.standardError.contains("--internal"))
        let named = try export(["--from", Self.sender, "--facilitator", "--to", "isabelle.marchand@acme-industrie.fr"])
        #expect(named.exitStatus == 2)
        let toSelf = try export(["--from", Self.sender, "--facilitator", "--to", "camille.lefevre@cabinet.example"])
        #expect(toSelf.exitStatus == 0, "\(toSelf.standardError)")
        let toTeam = try export(["--from", Self.sender, "--facilitator", "--internal", "--to", "equipe@cabinet.example"])
        #expect(toTeam.exitStatus == 0, "\(toTeam.standardError)")
    }
}

import AtelierCore
import Foundation
import Testing

/// The session library through the real binary: sessions started in three folders are listed
/// with their client, readiness and path, found by reference, and deleted after confirmation.
@Suite struct SessionLibraryTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace("atelier-library")
    }

    /// The first turns of the flagship's answers, so each session has some readiness of its own.
    static func answers(_ count: Int) -> String {
        FlagshipAnswers.turns[0..<count].flatMap(\.lines).map { $0 + "\n" }.joined()
    }

    /// Three sessions in three folders, each with its own client and progress.
    func threeSessions() throws -> [(client: String, path: String)] {
        let sessions = [("Acme Industrie", "clients/acme", 4), ("Bravo Énergie", "ailleurs/bravo", 8), ("Charlie SA", "tmp/charlie", 12)]
        var out: [(client: String, path: String)] = []
        for (n, (client, folder, turns)) in sessions.enumerated() {
            try FileManager.default.createDirectory(atPath: workspace.path(folder), withIntermediateDirectories: true)
            let path = workspace.path("\(folder)/s.jsonl")
            let run = try workspace.atelier(["run", flagshipScript, "--client", client, "--session", path],
                                            input: Self.answers(turns) + "/quitter\n", environment: ["ATELIER_TODAY": "2026-11-2\(n + 1)"])
            #expect(run.exitStatus == 0, "stderr: \(run.standardError)")
            out.append((client, path))
        }
        return out
    }

    /// Readiness as the export computes it, for the same session.
    func readiness(_ path: String) throws -> Double {
        let run = try workspace.atelier(["export", path, "--format", "json", "--facilitator", "-o", "-"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let readiness = try #require(object["readiness"] as? [String: Any])
        return try #require(readiness["overall"] as? Double)
    }

    @Test func threeSessionsInThreeFoldersAreListedWithClientReadinessAndPath() throws {
        let sessions = try threeSessions()
        let list = try workspace.atelier(["sessions", "--json"])
        #expect(list.exitStatus == 0, "stderr: \(list.standardError)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
        #expect(entries.count == 3)
        // Newest first.
        #expect(entries.compactMap { $0["client"] as? String } == ["Charlie SA", "Bravo Énergie", "Acme Industrie"])
        for session in sessions {
            let entry = try #require(entries.first { $0["client"] as? String == session.client })
            #expect(entry["path"] as? String == session.path)
            let listed = try #require(entry["readiness"] as? Double)
            #expect(abs(listed - (try readiness(session.path))) < 0.01, "\(session.client)")
            #expect(entry["workshop_id"] as? String == "cadrage-mission")
        }
        #expect(Set(entries.compactMap { $0["readiness"] as? Double }).count > 1, "each session has its own readiness")

        // The table a consultant reads: one line per session, with its path.
        let table = try workspace.atelier(["sessions"])
        #expect(table.standardOutput.hasPrefix("DATE"))
        for session in sessions {
            let line = table.standardOutput.split(separator: "\n").first { $0.contains(session.client) }
            #expect(line?.hasSuffix(session.path) == true, "\(table.standardOutput)")
        }
        // Filters.
        let acme = try workspace.atelier(["sessions", "--client", "acme", "--json"])
        #expect(acme.standardOutput.contains("Acme Industrie") && !acme.standardOutput.contains("Charlie"))
        let bravo = try workspace.atelier(["sessions", "--client", "BRAVO ENERGIE"])
        #expect(bravo.standardOutput.split(separator: "\n").count == 2, "\(bravo.standardOutput)")
        let none = try workspace.atelier(["sessions", "--workshop", "kickoff-recrutement"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(none.standardOutput == "Aucune session ne correspond.\n")
        // Nothing of one client's session is written where another client's is: each link is a file of its own.
        let links = try FileManager.default.contentsOfDirectory(atPath: workspace.path(".local/share/atelier/sessions/links"))
        #expect(links.count == 3)
    }

    @Test func aSessionIsFoundByIdPrefixOrClientAndDate() throws {
        let sessions = try threeSessions()
        let header = try #require(try readJournal(sessions[1].path).header)
        for reference in [String(header.sessionID.prefix(8)), "bravo-energie/2026-11-22", "Bravo Énergie/2026-11"] {
            let run = try workspace.atelier(["export", reference, "-o", "-"])
            #expect(run.exitStatus == 0, "\(reference): \(run.standardError)")
            #expect(run.standardOutput.contains("Bravo Énergie"), "\(reference)")
        }
        let unknown = try workspace.atelier(["replay", "zulu/2026-11-22"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(unknown.exitStatus == 3)
        #expect(unknown.standardError.hasPrefix("atelier: error: aucune session ne répond à « zulu/2026-11-22 »"), "\(unknown.standardError)")
        // A file name three sessions share is ambiguous: the paths are listed.
        let ambiguous = try workspace.atelier(["export", "s", "-o", "-"])
        #expect(ambiguous.exitStatus == 2)
        #expect(ambiguous.standardError.contains(sessions[0].path) && ambiguous.standardError.contains(sessions[2].path))
    }

    @Test func aSessionIsDeletedOnlyAfterConfirmation() throws {
        let sessions = try threeSessions()
        let target = sessions[0].path
        let kept = try workspace.atelier(["sessions", "rm", "acme-industrie/2026-11-21"], input: "n\n")
        #expect(kept.exitStatus == 0)
        #expect(kept.standardOutput.contains("[o/N]") && kept.standardOutput.hasSuffix("Rien n'a été supprimé.\n"))
        #expect(FileManager.default.fileExists(atPath: target))

        let removed = try workspace.atelier(["sessions", "rm", "acme-industrie/2026-11-21"], input: "o\n")
        #expect(removed.exitStatus == 0, "stderr: \(removed.standardError)")
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(removed.standardOutput.contains(target) && removed.standardOutput.contains("links/"))
        let list = try workspace.atelier(["sessions", "--json"])
        #expect(!list.standardOutput.contains("Acme") && list.standardOutput.contains("Bravo"))
        // Nothing typed in that session is left anywhere in Atelier's folders.
        for folder in [".local/share/atelier", ".local/state", "atelier"] {
            let base = workspace.path(folder)
            guard let files = FileManager.default.enumerator(atPath: base) else { continue }
            for case let file as String in files {
                guard let text = try? String(contentsOfFile: base + "/" + file, encoding: .utf8) else { continue }
                #expect(!text.contains("Acme Industrie") && !text.uppercased().contains("ACME INDUSTRIE"), "\(file)")
            }
        }
    }

    @Test func aSessionStartedWithoutAPathGoesToTheLibraryAndOldOnesCanBeAdded() throws {
        let run = try workspace.atelier(["run", flagshipScript, "--client", "Delta"], input: Self.answers(2) + "/quitter\n",
                                        environment: ["ATELIER_TODAY": "2026-11-24"])
        #expect(run.exitStatus == 0, "stderr: \(run.standardError)")
        let home = workspace.path(".local/share/atelier/sessions")
        #expect(FileManager.default.fileExists(atPath: home + "/2026-11-24-delta.jsonl"))
        let mode = try FileManager.default.attributesOfItem(atPath: home)[.posixPermissions] as? Int
        #expect(mode == 0o700)
        // A session copied from elsewhere, added by path.
        let old = workspace.path("old.jsonl")
        try FileManager.default.copyItem(atPath: repositoryRoot().appendingPathComponent("workshops/examples/cadrage-acme.jsonl").path, toPath: old)
        let add = try workspace.atelier(["sessions", "add", old])
        #expect(add.exitStatus == 0, "\(add.standardError)")
        let list = try workspace.atelier(["sessions", "--json"], environment: ["ATELIER_SESSIONS": home])
        #expect(list.standardOutput.contains("Delta") && list.standardOutput.contains("Acme Industrie"))
    }
}

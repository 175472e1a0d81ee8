import Foundation
import Testing

/// The live board in a real browser (headless Chromium through Playwright): a piped session with
/// `--board`, an answer typed and seen on the page within a second, without a reload; what the
/// facilitator alone may see, and a planted `<script>`, never in the DOM nor on the event stream;
/// on the room's network, nothing without the token but a 404; a board that went away and came
/// back is found again by the page itself.
@Suite(.serialized) struct BoardBrowserTests {
    @Test func theRoomSeesTheAnswerWithinASecondAndNothingOfTheFacilitators() throws {
        guard BrowserScript.ready() else { return }
        let work = try makeTemporaryFolder("atelier-board")
        defer { try? FileManager.default.removeItem(at: work) }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("workshops/cadrage-mission.fr.yaml")
        let run = BrowserScript.python(BoardBrowserScript.code, arguments: [atelierExecutableURL().path, script.path, work.path],
                                       timeout: 180)
        #expect(run.status == 0, "\(run.error)")
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(run.error)")

        // Within a second, in place, the new text highlighted.
        let first = try #require(seen["firstAnswerSeconds"] as? Double)
        let second = try #require(seen["secondAnswerSeconds"] as? Double)
        #expect(first < 1 && second < 1, "the page showed the answers after \(first) s and \(second) s")
        #expect(seen["notReloaded"] as? Bool == true)
        #expect((seen["highlighted"] as? [String])?.contains { $0.contains("rentrée de septembre") } == true)
        #expect((seen["errors"] as? [String]) == [])
        #expect((seen["discussion"] as? String)?.contains("Si la mission réussit") == true, "\(seen["discussion"] ?? "")")

        // The planted markup is text, never markup.
        #expect(seen["pwned"] is NSNull)
        #expect(seen["scripts"] as? Int == 2)
        #expect(seen["images"] as? Int == 0)
        #expect(seen["plantedShownAsText"] as? Bool == true)
        let dom = try #require(seen["dom"] as? String)
        let stream = try #require(seen["stream"] as? String)
        #expect(stream.contains("data: {"))
        for (name, text) in [("DOM", dom), ("event stream", stream)] {
            #expect(!text.contains("<script>window"), "the planted script is in the \(name)")
            #expect(!text.contains("<img"), "the planted image is in the \(name)")
            #expect(!text.contains("NOTE-DU-FACILITATEUR"), "the facilitator's note is in the \(name)")
            for checkpoint in ["Un lien s'est créé", "Un lien s&#39;est créé", "Le client a compris pourquoi",
                               "La structure de l'atelier", "La structure de l&#39;atelier"] {
                #expect(!text.contains(checkpoint), "a checkpoint is in the \(name)")
            }
            for rule in ["aucun-objectif", "reponse-hesitante", "objectif-sans-indicateur", "/note"] {
                #expect(!text.contains(rule), "\(rule) is in the \(name)")
            }
        }

        // The session ends: saved, the board says so; its address is in the journal for the annex.
        #expect(seen["runStatus"] as? Int == 1, "the piped answers end before the workshop does (issue 10)")
        #expect((seen["stateAfterQuit"] as? String)?.lowercased().contains("pause") == true)
        #expect((seen["journalBoardEvents"] as? [String])?.first?.hasPrefix("http://127.0.0.1:") == true)

        // On the room's network: the token, printed with the warning; 404 and nothing else without it.
        let printed = try #require(seen["networkPrinted"] as? String)
        #expect(printed.contains("n'est pas chiffré"))
        let denied = try #require(seen["denied"] as? [String: [Any]])
        #expect(denied.count == 6)
        for (request, answer) in denied {
            #expect(answer.first as? Int == 404, "\(request) got \(answer)")
            #expect(answer.last as? String == "", "\(request) got a body: \(answer)")
        }
        #expect((seen["withToken"] as? [Any])?.first as? Int == 200)
        #expect((seen["withToken"] as? [Any])?.last as? Bool == true)
        #expect((seen["savedSessionState"] as? String)?.lowercased().contains("pause") == true)
        #expect(seen["savedSessionShows"] as? Bool == true)
        #expect(seen["boardStatus"] as? Int == 0)

        // A board that went away and came back: the page reconnected by itself.
        #expect(seen["reconnected"] as? Bool == true)
    }
}

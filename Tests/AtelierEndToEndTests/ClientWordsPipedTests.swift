import AtelierCore
import Foundation
import Testing

/// The flagship run through the real binary with answers as clients say them: a date without its
/// year and a month are read back in words after the answer, and a working method that is none of
/// the options is kept in the client's words with the option the consultant picks.
@Suite struct ClientWordsPipedTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace("atelier-client-words")
    }

    static let method = "On avance pas à marche forcée mais avec agilité…"

    /// The flagship answers (without the refused date: a piped run with a refused line exits 1),
    /// with "fin septembre" for the end of the mission, "le 30/04" for a
    /// deliverable's due date, and the client's words (then "2", agile) for the working method.
    static var lines: [String] {
        FlagshipAnswers.turns.flatMap { turn -> [String] in
            turn.lines.filter { $0 != FlagshipAnswers.malformedDate }.flatMap { line -> [String] in
                switch line {
                case "2027-09-30": return ["fin septembre"]
                case "30/04/2027": return ["le 30/04"]
                case "2" where turn.next == "Avec quels outils": return [method, "2"]
                default: return [line]
                }
            }
        }
    }

    @Test func datesAreReadBackAndTheMethodKeepsTheClientsWords() throws {
        let session = workspace.path("s.jsonl")
        let run = try workspace.atelier(["run", flagshipScript, "--session", session], input: Self.lines.map { $0 + "\n" }.joined())
        let out = run.standardOutput
        #expect(run.exitStatus == 0, "stderr: \(run.standardError)")
        #expect(out.contains("  → 15 mars 2027\n"))
        #expect(out.contains("  → fin septembre 2027\n"))
        #expect(out.contains("  → 30 avril 2027\n"))
        #expect(out.contains("« \(Self.method) » n'est pas une des options. La plus proche ? 1. cascade  2. agile  3. scrum  4. autre — les mots du client sont gardés."))
        #expect(out.contains("  → agile (« \(Self.method) »)\n"))

        let kinds = try readJournal(session).events.map(\.kind)
        #expect(kinds.contains(.answer(item: .step(phase: "perimetre", step: "fin_mission"),
                                       value: .month(MonthDate(year: 2027, month: 9, part: .end)!))))
        #expect(kinds.contains(.answer(item: .step(phase: "risques", step: "methode"),
                                       value: .wordedChoice(WordedChoice(option: "agile", words: Self.method)))))
        // The words typed are on disk as typed before the option is asked for.
        #expect(kinds.contains(.input(item: .step(phase: "risques", step: "methode"), text: Self.method)))

        // Every export shows the month as a month and the method in the client's words.
        let markdown = try workspace.atelier(["export", session, "--format", "md", "--output", workspace.path("c.md")])
        #expect(markdown.exitStatus == 0, "stderr: \(markdown.standardError)")
        let md = try String(contentsOfFile: workspace.path("c.md"), encoding: .utf8)
        #expect(md.contains("fin septembre 2027"))
        #expect(md.contains("agile (« \(Self.method) »)") || md.contains("agile («\u{202F}\(Self.method)\u{202F}»)"))
        let json = try workspace.atelier(["export", session, "--format", "json", "--output", workspace.path("c.json")])
        #expect(json.exitStatus == 0, "stderr: \(json.standardError)")
        let data = try String(contentsOfFile: workspace.path("c.json"), encoding: .utf8)
        #expect(data.contains(#""month":"2027-09""#) || data.contains(#""month": "2027-09""#))
        #expect(data.contains(#""part":"end""#) || data.contains(#""part": "end""#))
        #expect(data.contains(#""option":"agile""#) || data.contains(#""option": "agile""#))
    }
}

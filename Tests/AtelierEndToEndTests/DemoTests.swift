import AtelierCore
import Foundation
import Testing

/// `atelier demo` and the shipped example session (workshops/examples/), through the real binary.
@Suite struct DemoTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = root.appendingPathComponent("workshops/examples/cadrage-acme.jsonl")
    static let answers = root.appendingPathComponent("workshops/examples/cadrage-acme.answers.txt")
    static let flagship = root.appendingPathComponent("workshops/cadrage-mission.fr.yaml")
    /// The clock step the example was recorded with (workshops/examples/README.md).
    static let clockStep = "29.5"

    func atelier(_ arguments: [String], input: String = "", extra: [String: String] = [:]) throws -> PipedRun {
        let home = try makeTemporaryFolder("atelier-demo")
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["PATH": "/usr/bin:/bin", "HOME": home.path, "XDG_STATE_HOME": home.path].merging(extra) { $1 }
        return try PipedRun.run(atelierExecutableURL(), arguments: arguments, input: input, environment: environment,
                                timeout: .seconds(60))
    }

    @Test func demoPrintsEveryFlagshipSectionFilled() throws {
        let run = try atelier(["demo"])
        #expect(run.exitStatus == 0, "\(run.standardError)")
        let source = try String(contentsOf: Self.flagship, encoding: .utf8)
        let workshop = try #require(WorkshopLoader.load(source: source, file: Self.flagship.path).workshop)
        let charter = try #require(run.standardOutput.range(of: "\n# ").map { String(run.standardOutput[$0.lowerBound...]) })
        let clientSections = workshop.charter.sections.filter { !$0.facilitatorOnly }
        #expect(clientSections.count >= 13)
        for section in clientSections {
            let body = Self.body(of: section.title, in: charter)
            #expect(body != nil, "no heading for \(section.title)")
            guard let body else { continue }
            #expect(!body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(section.title) is empty")
            #expect(!body.contains("_Non renseigné_"), "\(section.title) has an empty field")
        }
        // The decision is written once, where the indicators would be; the client's copy speaks to
        // the client: no readiness score, no sentence of the room.
        #expect(charter.contains("| _Décision\u{202F}: pas d'indicateur pour celui-ci"))
        #expect(!charter.contains("## Décisions"))
        #expect(!charter.contains("Complétude") && !charter.contains("vous avez dit"))
        #expect(charter.hasPrefix("\n# Charte de mission — Acme Industrie\n"))
        #expect(charter.contains("## Questions ouvertes"))
        #expect(!charter.contains("Observations du facilitateur"), "the demo prints the client's copy")
        // The transcript before it shows the co-construction: a hedge locked, a "don't know" parked.
        #expect(run.standardOutput.contains("Ce « je pense » laisse une porte ouverte"))
        #expect(run.standardOutput.contains("(ne sait pas)"))
    }

    @Test func exampleReplaysWithoutAnEventThatNoLongerFits() throws {
        let run = try atelier(["replay", Self.example.path])
        #expect(run.exitStatus == 0, "\(run.standardError)")
        #expect(run.standardError.isEmpty)
        #expect(!run.standardOutput.contains("\n  ! "))
        #expect(run.standardOutput.contains("Charte prête à 96 %"))
    }

    /// The answers file typed again into a new session, on the example's day and with its clock
    /// step, gives the example's charter.
    @Test func answersFileReproducesTheExampleCharter() throws {
        let folder = try makeTemporaryFolder("atelier-demo-session")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = folder.appendingPathComponent("fresh.jsonl").path
        let typed = try String(contentsOf: Self.answers, encoding: .utf8)
        let header = try String(contentsOf: Self.example, encoding: .utf8).prefix { $0 != "\n" }
        let object = try JSONSerialization.jsonObject(with: Data(header.utf8)) as? [String: Any]
        let day = try #require(object?["start_day"] as? String)
        let run = try atelier(["run", Self.flagship.path, "--client", "Acme Industrie", "--session", fresh],
                              input: typed, extra: ["ATELIER_CLOCK_STEP": Self.clockStep, "ATELIER_TODAY": day])
        #expect(run.exitStatus == 0, "\(run.standardError)")
        #expect(!run.standardOutput.contains("de l'entrée"), "an answer was refused: \(run.standardOutput)")
        #expect(run.standardOutput.contains("L'atelier est terminé"))

        let expected = try atelier(["export", Self.example.path, "--format", "json", "-o", "-"])
        let actual = try atelier(["export", fresh, "--format", "json", "-o", "-"])
        #expect(expected.exitStatus == 0 && actual.exitStatus == 0, "\(expected.standardError)\(actual.standardError)")
        let left = try Self.comparable(expected.standardOutput).components(separatedBy: "\n")
        let right = try Self.comparable(actual.standardOutput).components(separatedBy: "\n")
        let line = (0..<min(left.count, right.count)).first { left[$0] != right[$0] } ?? min(left.count, right.count)
        let was = left.dropFirst(line).first ?? "<end>", now = right.dropFirst(line).first ?? "<end>"
        #expect(left == right, "charters differ at line \(line + 1): example \(was), new session \(now)")
    }

    /// The charter JSON without what differs from one session to the next, keys sorted.
    static func comparable(_ json: String) throws -> String {
        let data = Data(json.utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var trimmed = object
        trimmed["session_id"] = nil
        trimmed["date"] = nil
        let sorted = try JSONSerialization.data(withJSONObject: trimmed, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: sorted, as: UTF8.self)
    }

    /// The text under `## title`, up to the next `## ` heading; nil when there is no such heading.
    static func body(of title: String, in markdown: String) -> String? {
        guard let start = markdown.range(of: "\n## \(title)\n") else { return nil }
        let rest = markdown[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }
}

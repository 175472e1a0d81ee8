import Foundation
import Testing
import AtelierCore
import AtelierStore

@Suite struct SessionPathsTests {
    private let day = Day(year: 2026, month: 11, day: 24)

    @Test func slugs() {
        #expect(SessionPaths.slug("ACME Industrie") == "acme-industrie")
        #expect(SessionPaths.slug("  Société Générale & Fils  ") == "societe-generale-fils")
        #expect(SessionPaths.slug("Œuvres d'Été / Île-de-France") == "oeuvres-d-ete-ile-de-france")
        #expect(SessionPaths.slug("北京 ☃︎") == "")
        #expect(SessionPaths.slug(String(repeating: "ab ", count: 30)).count <= 40)
        #expect(!SessionPaths.slug(String(repeating: "ab ", count: 30)).hasSuffix("-"))
    }

    @Test func namedFromTheDayAndTheClientThenNumbered() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = SessionPaths.defaultPath(directory: folder.path, day: day, client: "ACME Industrie", workshopID: "cadrage")
        #expect(first == folder.path + "/2026-11-24-acme-industrie.jsonl")
        writeFile(first, [])
        let second = SessionPaths.defaultPath(directory: folder.path + "/", day: day, client: "ACME Industrie", workshopID: "cadrage")
        #expect(second == folder.path + "/2026-11-24-acme-industrie-2.jsonl")
        writeFile(second, [])
        #expect(SessionPaths.defaultPath(directory: folder.path, day: day, client: "ACME Industrie", workshopID: "cadrage")
            == folder.path + "/2026-11-24-acme-industrie-3.jsonl")
    }

    @Test func withoutAUsableClientNameTheWorkshopNamesIt() {
        #expect(SessionPaths.defaultPath(directory: "/nonexistent-atelier", day: day, client: nil, workshopID: "cadrage")
            == "/nonexistent-atelier/2026-11-24-cadrage.jsonl")
        #expect(SessionPaths.defaultPath(day: day, client: "☃︎", workshopID: "cadrage-v2")
            .hasSuffix("sessions/2026-11-24-cadrage-v2.jsonl"))
    }

    @Test func stateDirectory() {
        #expect(SessionPaths.stateDirectory(environment: ["XDG_STATE_HOME": "/var/state/", "HOME": "/home/c"]) == "/var/state/atelier")
        #expect(SessionPaths.stateDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/c"]) == "/home/c/.local/state/atelier")
        #expect(SessionPaths.stateDirectory(environment: ["HOME": "/home/c/"]) == "/home/c/.local/state/atelier")
        #expect(SessionPaths.stateDirectory(environment: [:]).hasSuffix("/.local/state/atelier"))
    }

    @Test func headerOfASessionStartingNow() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        let late = Date(timeIntervalSince1970: 1_795_474_800) // 2026-11-23T23:00:00Z, already the 24th in Paris
        #expect(WallClock.iso8601(late, timeZone: paris) == "2026-11-24T00:00:00+01:00")
        #expect(WallClock.day(late, timeZone: paris) == day)
        let workshop = Workshop(id: "cadrage", title: "Atelier de cadrage", language: .fr, duration: 120,
                                charter: CharterModel(sections: []), phases: [], rules: [], file: "w.yaml")
        let header = JournalHeader.starting(workshop: workshop, scriptBytes: Array("abc".utf8), client: "ACME",
                                            atelierVersion: "0.1.0", now: late, timeZone: paris)
        #expect(header.workshopHash == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(header.startDay == day && header.language == .fr && header.client == "ACME")
        #expect(header.sessionID.count == 36)
        #expect(header.matches(scriptBytes: Array("abc".utf8)) && !header.matches(scriptBytes: Array("abd".utf8)))
    }
}

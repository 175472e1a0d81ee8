@testable import AtelierTerminal
import Testing

@Suite struct HistoryFileTests {
    @Test func prefersXDGStateHomeThenHome() {
        #expect(HistoryFile.path(workshopID: "cadrage", environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
                == "/s/atelier/history-cadrage")
        #expect(HistoryFile.path(workshopID: "cadrage", environment: ["XDG_STATE_HOME": "relatif", "HOME": "/h"])
                == "/h/.local/state/atelier/history-cadrage")
        #expect(HistoryFile.path(workshopID: "cadrage", environment: [:]) == nil)
    }

    @Test func workshopIDsBecomeSafeFileNames() {
        #expect(HistoryFile.safeName("cadrage-mission.fr_v2") == "cadrage-mission.fr_v2")
        #expect(HistoryFile.safeName("../../etc/passwd") == ".._.._etc_passwd")
        #expect(HistoryFile.safeName("réunion") == "r_union")
        #expect(HistoryFile.safeName("..") == "workshop")
        #expect(HistoryFile.safeName("") == "workshop")
    }

    @Test func completionMatchesIgnoreCaseAndAccents() {
        let words = ["/help", "/status", "/skip", "hebdomadaire", "Céline Fabre", "/help"]
        #expect(CompletionMatcher.matches(for: "/s", among: words) == ["/status", "/skip"])
        #expect(CompletionMatcher.matches(for: "celine", among: words) == ["Céline Fabre"])
        #expect(CompletionMatcher.matches(for: "HEB", among: words) == ["hebdomadaire"])
        #expect(CompletionMatcher.matches(for: "", among: words).count == 5)
        #expect(CompletionMatcher.matches(for: "zzz", among: words).isEmpty)
    }
}

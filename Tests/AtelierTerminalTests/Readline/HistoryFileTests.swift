import AtelierCore
@testable import AtelierTerminal
import Testing

@Suite struct HistoryFileTests {
    @Test func prefersXDGStateHomeThenHome() {
        #expect(HistoryFile.commandsPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/atelier/history-commands")
        #expect(HistoryFile.commandsPath(environment: ["XDG_STATE_HOME": "relatif", "HOME": "/h"])
                == "/h/.local/state/atelier/history-commands")
        #expect(HistoryFile.commandsPath(environment: [:]) == nil)
    }

    @Test func onlyTheCommandWordIsShared() {
        #expect(HistoryFile.sharedPart(of: "/note Isabelle hésite") == "/note")
        #expect(HistoryFile.sharedPart(of: "  /modifier objectifs[1].intitule") == "/modifier")
        #expect(HistoryFile.sharedPart(of: "/etat") == "/etat")
        #expect(HistoryFile.sharedPart(of: "Réduire les délais") == nil)
        #expect(HistoryFile.sharedPart(of: "//24h sur 24") == nil)
        #expect(HistoryFile.sharedPart(of: "/") == nil)
    }

    @Test func aResumedSessionGetsItsOwnLinesFromItsJournal() {
        let events: [Event] = [
            Event(.answer(item: .step(phase: "p", step: "titre"), value: .text("Réussir")), at: 1),
            Event(.line(item: .step(phase: "p", step: "liste"), DraftLine(value: .text("un"))), at: 2),
            Event(.answer(item: .step(phase: "p", step: "liste"), value: .list([.text("un")])), at: 3),
            Event(.input(item: .step(phase: "p", step: "q"), text: "/pourquoi"), at: 4),
            Event(.note("à creuser"), at: 5),
        ]
        #expect(HistoryFile.sessionLines(events, language: .fr) == ["Réussir", "un", "/pourquoi", "/note à creuser"])
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

/// The lines of a prompt left open by an interruption, read again on resume.
@Suite struct OpenPromptTests {
    @Test func aPromptLeftOpenIsReopenedFromTheCommandThatOpenedIt() {
        let events: [Event] = [
            Event(.answer(item: .step(phase: "p", step: "q"), value: .text("x")), at: 1),
            Event(.input(item: .step(phase: "p", step: "q"), text: "/pourquoi"), at: 2),
            Event(.input(item: .step(phase: "p", step: "q"), text: "/modifier"), at: 3),
            Event(.input(item: .step(phase: "p", step: "q"), text: "2"), at: 4),
            Event(.resume, at: 4),
        ]
        #expect(SessionRunner.openPromptLines(events) == ["/modifier", "2"])
        #expect(SessionRunner.openPromptLines(events + [Event(.quit, at: 5)]).isEmpty, "a quit closed it")
        #expect(SessionRunner.openPromptLines(Array(events.prefix(2))).isEmpty, "a command that only shows opens nothing")
        #expect(SessionRunner.openPromptLines([Event(.input(item: nil, text: "//pas une commande"), at: 1)]).isEmpty)
    }
}

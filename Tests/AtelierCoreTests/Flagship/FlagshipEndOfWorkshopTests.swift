import Testing
@testable import AtelierCore

/// End-of-workshop gaps (`phases: end`) are asked where the script opens its final review, before
/// the closing words and the last checks — never after « Merci à tous ».
@Suite struct FlagshipEndOfWorkshopTests {
    typealias C = CadrageCharter

    /// No out-of-scope item and no sponsor: the two gaps the tester met after the goodbye.
    static var charter: [String: Value] {
        var charter = C.complete
        charter["exclus"] = nil
        charter["sponsor"] = nil
        return charter
    }

    static func isEndGap(_ item: AgendaItem) -> Bool { ["pas-de-hors-perimetre", "pas-de-sponsor"].contains(item.rule ?? "") }

    @Test func theFlagshipAsksThemRightAfterItsReviewStep() throws {
        var walk = FlagshipSessionWalk(try ShippedScript.cadrageFR.workshop())
        walk.play(Self.charter)
        let review = try #require(walk.position(of: "conclusion/revue-finale"))
        let gaps = walk.asked.indices.filter { Self.isEndGap(walk.asked[$0]) }
        #expect(gaps.count == 2)
        let thanks = try #require(walk.position { $0.kind == .say && $0.text.hasPrefix("Merci à tous") })
        for step in ["conclusion/chk-objections", "conclusion/chk-compte-rendu", "conclusion/chk-a-l-heure"] {
            let position = try #require(walk.position(of: step))
            #expect(gaps.allSatisfy { $0 < position }, "\(step) came before an end-of-workshop gap")
        }
        #expect(gaps.allSatisfy { review < $0 && $0 < thanks })
        #expect(walk.asked[review + 1].rule == "pas-de-hors-perimetre")
    }

    @Test func withoutAReviewStepTheyComeAfterTheLastQuestionBeforeTheClosingSteps() throws {
        let workshop = try FlagshipSessionWalk.flagshipWithoutReviewMarker()
        #expect(workshop.phases.last?.steps.contains(where: \.opensReview) == false)
        var walk = FlagshipSessionWalk(workshop)
        walk.play(Self.charter)
        let lastQuestion = try #require(walk.position(of: "conclusion/prochaines_etapes"))
        let gaps = walk.asked.indices.filter { Self.isEndGap(walk.asked[$0]) }
        #expect(gaps.count == 2)
        let firstClosingStep = try #require(walk.position(of: "conclusion/revue-finale"))
        #expect(gaps.allSatisfy { lastQuestion < $0 && $0 < firstClosingStep })
    }

    @Test func theKickOffOpensItsReviewBeforeItsClosingWordsToo() throws {
        let workshop = try WorkshopArchiveTests.load("kickoff-recrutement.fr.yaml")
        let last = try #require(workshop.phases.last)
        let review = try #require(last.steps.firstIndex { $0.opensReview })
        let isThanks: (Step) -> Bool = { if case .say(let text) = $0.kind { text.hasPrefix("Merci") } else { false } }
        let thanks = try #require(last.steps.firstIndex { isThanks($0) })
        #expect(workshop.reviewPoint == review && review < thanks)
    }

    @Test func lintRefusesAReviewOutsideTheLastPhaseOrTwice() throws {
        let url = try #require(ShippedScript.cadrageFR.url)
        let source = try String(contentsOf: url, encoding: .utf8)
        let early = source.replacingOccurrences(
            of: "      - say: \"Bienvenue, et merci",
            with: "      - say: \"Revue\"\n        review: true\n      - say: \"Bienvenue, et merci")
        let twice = source.replacingOccurrences(
            of: "      - say: \"Merci à tous.",
            with: "      - say: \"Encore\"\n        review: true\n      - say: \"Merci à tous.")
        for (edited, message) in [(early, "dernière phase"), (twice, "une seule étape")] {
            #expect(edited != source)
            let diagnostics = WorkshopLoader.load(source: edited, file: "s.yaml").diagnostics
            #expect(diagnostics.hasErrors && diagnostics.contains { $0.message.contains(message) }, "\(diagnostics)")
        }
    }
}

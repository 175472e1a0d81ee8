import Testing
@testable import AtelierCore

struct DurationSyntaxTests {
    @Test(arguments: [("120", 120), ("2h", 120), ("120 min", 120), ("25 min", 25), ("1h30", 90), ("1 h 30 min", 90), ("45mn", 45)])
    func readsDurations(text: String, minutes: Int) {
        #expect(DurationSyntax.minutes(text) == minutes)
    }

    @Test(arguments: ["", "0", "deux heures", "25 minutes environ", "h", "-5", "1.5h"])
    func rejectsWhatIsNotADuration(text: String) {
        #expect(DurationSyntax.minutes(text) == nil)
    }
}

struct SuggestionTests {
    @Test func suggestsTheClosestKnownName() {
        #expect(Suggestion.closest(to: "lable", among: ["id", "label", "type"]) == "label")
        #expect(Suggestion.closest(to: "zzzzzz", among: ["id", "label", "type"]) == nil)
    }
}

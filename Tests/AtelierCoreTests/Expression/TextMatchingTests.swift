import Testing
@testable import AtelierCore

@Suite struct TextMatchingTests {
    @Test func foldingRemovesCaseAccentsAndExtraSpace() {
        #expect(TextFolding.fold("  L’Équipe   Œuvre\tÀ Noël ") == "l'equipe oeuvre a noel")
        #expect(TextFolding.fold("Ça GARÇON Straße") == "ca garcon strasse")
        #expect(TextFolding.fold("e\u{301}te\u{301}") == "ete")
        #expect(TextFolding.fold("") == "")
        #expect(TextFolding.fold("à\u{00A0}voir") == "a voir")
    }

    @Test(arguments: [
        "15/03/2027", "le 15/03", "2027-03-15", "15.03.2027", "15 mars", "1er avril", "March 15", "15th of March",
        "mars 2027", "March 2027", "fin juin", "début mars", "mi-mars", "d'ici septembre", "en 2027",
        "end of June", "by September", "Q3", "T2 2027", "S1 2027", "2e trimestre", "first quarter",
        "semaine 12", "demain", "lundi", "la semaine prochaine", "next month", "dans 3 semaines",
        "sous quinze jours", "within two weeks",
    ])
    func datesAreFound(_ text: String) {
        #expect(DateMention.isPresent(in: "Objectif atteint \(text), normalement"), "\(text)")
    }

    @Test(arguments: ["2000 clients", "réduire de 3.5 points", "mai", "it may work", "1/2 journée", "le plus tôt possible", ""])
    func nonDatesAreNot(_ text: String) {
        #expect(!DateMention.isPresent(in: text), "\(text)")
    }

    @Test func lexiconMatchingUsesWordBoundaries() {
        let phrases = ["a priori", "je pense", "TBD"]
        #expect(LexiconMatcher.quote(in: "C'est À priori bon", lexicon: "t1", phrases: phrases) == "À priori")
        #expect(LexiconMatcher.quote(in: "aprioriste", lexicon: "t1", phrases: phrases) == nil)
        #expect(LexiconMatcher.quote(in: "Cible: tbd.", lexicon: "t1", phrases: phrases) == "tbd")
        #expect(LexiconMatcher.quote(in: "Je  PENSE que oui", lexicon: "t1", phrases: phrases) == "Je  PENSE")
        #expect(LexiconMatcher.quote(in: "je pensais", lexicon: "t1", phrases: phrases) == nil)
        // The same name with other phrases is not served from a stale cache.
        #expect(LexiconMatcher.quote(in: "je pensais", lexicon: "t1", phrases: ["je pensais"]) == "je pensais")
    }

    @Test func suggestionsPickTheClosestName() {
        #expect(Suggestion.closest(to: "indicateur", among: ["intitule", "indicateurs"]) == "indicateurs")
        #expect(Suggestion.closest(to: "xyz", among: ["intitule", "indicateurs"]) == nil)
    }
}

import Testing
@testable import AtelierCore

/// `matches(x, "…")` runs in linear time: the usual syntax, and no pattern can freeze a session.
@Suite struct LinearRegexTests {
    func matches(_ pattern: String, _ text: String) throws -> Bool {
        try LinearRegex(pattern).matches(text)
    }

    @Test func theCommonSyntaxMatchesAsUsual() throws {
        #expect(try matches("^claire\\s", "Claire Martin"))
        #expect(try !matches("^claire\\s", "Marie-Claire Martin"))
        #expect(try matches("(jours|semaines)$", "sous 3 SEMAINES"))
        #expect(try matches("\\d{2}/\\d{2}/\\d{4}", "le 15/03/2027"))
        #expect(try !matches("\\d{2}/\\d{2}/\\d{4}", "le 15/3/2027"))
        #expect(try matches("[A-Z]{3}", "une abc"))  // case ignored, ranges too
        #expect(try matches("^[^0-9]+$", "aucun chiffre"))
        #expect(try !matches("^[^0-9]+$", "1 chiffre"))
        #expect(try matches("\\bpeut-être\\b", "c'est peut-être ça"))
        #expect(try !matches("\\bjour\\b", "toujours"))
        #expect(try matches("a.c", "abc") && !matches("a.c", "a\nc"))
        #expect(try matches("colou?r", "color") && matches("colou?r", "COLOUR"))
        #expect(try matches("(?:ab){2,3}x", "zababx") && !matches("^(?:ab){2,3}x", "abx"))
        #expect(try matches("(?<mot>oui|non)", "Non merci"))
        #expect(try matches("\\.\\*", "a.*b") && !matches("\\.\\*", "ab"))
        #expect(try matches("é", "ÉQUIPE"))
        #expect(try matches("", "anything"))
        #expect(try matches("a+?b", "aaab"))
    }

    @Test func whatCannotRunInLinearTimeIsRefusedWithItsName() {
        #expect(throws: LinearRegex.Problem.unsupported(.backReferences)) { try LinearRegex("(a)\\1") }
        #expect(throws: LinearRegex.Problem.unsupported(.lookArounds)) { try LinearRegex("a(?=b)") }
        #expect(throws: LinearRegex.Problem.unsupported(.lookArounds)) { try LinearRegex("(?<!x)a") }
        #expect(throws: LinearRegex.Problem.unsupported(.possessiveQuantifiers)) { try LinearRegex("a++") }
        #expect(throws: LinearRegex.Problem.self) { try LinearRegex("[A-Z") }
        #expect(throws: LinearRegex.Problem.self) { try LinearRegex("(a") }
        #expect(throws: LinearRegex.Problem.self) { try LinearRegex("a)") }
        #expect(throws: LinearRegex.Problem.self) { try LinearRegex("*a") }
        #expect(throws: LinearRegex.Problem.tooLarge) { try LinearRegex("(a{1000}){1000}") }
    }

    /// Issue 9: `(a+)+$` on a 61-character answer blocked a session for 60 s.
    @Test func catastrophicPatternsStayLinear() throws {
        for pattern in ["(a+)+$", "(a|a)*$", "(a*)*b", "^(\\w+\\s?)*$", "(.*a){12}"] {
            let regex = try LinearRegex(pattern)
            for text in [String(repeating: "a", count: 61) + "!", String(repeating: "a", count: 20_000) + "!"] {
                let clock = ContinuousClock()
                let elapsed = clock.measure { _ = regex.matches(text) }
                #expect(elapsed < .seconds(2), "\(pattern) on \(text.count) characters took \(elapsed)")
            }
        }
        #expect(try !matches("(a+)+$", String(repeating: "a", count: 61) + "!"))
        #expect(try matches("(a+)+$", String(repeating: "a", count: 61)))
    }

    @Test func nestedQuantifiersAreNoticed() {
        #expect(LinearRegex.hasNestedQuantifier("(a+)+$"))
        #expect(LinearRegex.hasNestedQuantifier("(\\w*\\s)*"))
        #expect(LinearRegex.hasNestedQuantifier("((ab)*c){2,}"))
        #expect(!LinearRegex.hasNestedQuantifier("(ab?)+"))
        #expect(!LinearRegex.hasNestedQuantifier("a+b*c{2}"))
        #expect(!LinearRegex.hasNestedQuantifier("[a+]+"))
    }
}

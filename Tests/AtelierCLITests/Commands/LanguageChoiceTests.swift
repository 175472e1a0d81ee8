import AtelierCLI
import AtelierCore
import Testing

/// The language of the messages is chosen in one place: `--lang`, else the script's or the
/// session's, else the locale — French only for `fr…`.
@Suite struct LanguageChoiceTests {
    @Test(arguments: [
        ([:], Language.en), (["LANG": "fr_FR.UTF-8"], .fr), (["LANG": "de_DE.UTF-8"], .en), (["LANG": "C"], .en),
        (["LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_CA.UTF-8"], .fr), (["LANG": "fr_FR.UTF-8", "LC_ALL": "C.UTF-8"], .en),
        (["LC_ALL": "", "LANG": "fr_FR"], .fr), (["LANG": "FR_fr"], .fr),
    ])
    func theLocaleSaysFrenchOnlyForFr(environment: [String: String], language: Language) {
        #expect(Language.chosen(flag: nil, document: nil, environment: environment) == language)
    }

    @Test func theFlagWinsOverTheScriptWhichWinsOverTheLocale() {
        #expect(Language.chosen(flag: .en, document: .fr, environment: ["LANG": "fr_FR"]) == .en)
        #expect(Language.chosen(flag: nil, document: .en, environment: ["LANG": "fr_FR"]) == .en)
        #expect(Language.chosen(flag: nil, document: .fr, environment: [:]) == .fr)
    }

    @Test func messagesBeforeAnyScriptFollowTheLocaleOrTheFlag() {
        #expect(atelier(["lint", "/nulle/part.yaml"]).errors.contains("no such script"))
        #expect(atelier(["lint", "/nulle/part.yaml"], environment: ["LANG": "fr_FR.UTF-8"]).errors.contains("script introuvable"))
        #expect(atelier(["lint", "/nulle/part.yaml", "--lang", "fr"]).errors.contains("script introuvable"))
        #expect(atelier(["lint", "/nulle/part.yaml", "--lang", "en"], environment: ["LANG": "fr_FR"]).errors.contains("no such script"))
    }

    @Test func aScriptsMessagesFollowItsLanguageUnlessTheFlagSaysOtherwise() {
        let english = repositoryFile("Tests/AtelierCLITests/Fixtures/lint/english-messages.yaml")
        #expect(atelier(["lint", english], environment: ["LANG": "fr_FR.UTF-8"]).errors.hasSuffix("2 errors in 1 file\n"))
        #expect(atelier(["lint", english, "--lang", "fr"]).errors.hasSuffix("2 erreurs dans 1 fichier\n"))
    }

    @Test func anUnknownLanguageIsAUsageError() {
        let run = atelier(["lint", "x.yaml", "--lang", "de"])
        #expect(run.status == .usage)
        #expect(run.errors.hasPrefix("atelier: error: The value 'de' is invalid for '--lang <lang>'"))
    }
}

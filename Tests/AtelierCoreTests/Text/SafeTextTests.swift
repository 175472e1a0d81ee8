import AtelierCore
import Testing

/// The one sanitizer for client and script text, wherever it is printed or written.
@Suite struct SafeTextTests {
    @Test("Escape sequences and controls are removed whole", arguments: [
        ("\u{1B}[2Jbonjour", "bonjour"),                          // clear screen
        ("\u{1B}[31;1mrouge\u{1B}[0m", "rouge"),                  // SGR: no "[31m" residue
        ("a\u{1B}[10;20Hb", "ab"),                                // cursor move
        ("\u{1B}]0;titre piégé\u{07}texte", "texte"),             // OSC (window title) ended by BEL
        ("\u{1B}]8;;http://x\u{1B}\\lien\u{1B}]8;;\u{1B}\\", "lien"),  // OSC 8 hyperlink ended by ST
        ("\u{1B}]52;c;cm0gLXJmIH4=\u{07}collé", "collé"),         // OSC 52 (clipboard) ended by BEL
        ("\u{1B}]52;c;cm0gLXJmIH4=\u{1B}\\collé", "collé"),       // OSC 52 ended by ST
        ("\u{1B}Pq#0;2;0;0;0\u{1B}\\après", "après"),             // DCS (sixel)
        ("\u{1B}_apc\u{1B}\\x", "x"),                             // APC
        ("\u{1B}^pm\u{07}y", "y"),                                // PM
        ("\u{1B}Xsos\u{1B}\\z", "z"),                             // SOS
        ("\u{1B}cremis à zéro", "remis à zéro"),                   // RIS
        ("\u{1B}(Bascii", "ascii"),                               // charset designation
        ("\u{9B}2Jc1", "c1"),                                     // 8-bit CSI
        ("\u{9D}0;t\u{9C}fin", "fin"),                            // 8-bit OSC and ST
        ("a\u{85}b\u{80}c", "abc"),                               // other C1 controls
        ("cloche\u{07}\u{08}\u{7F}\u{0}", "cloche"),              // BEL, BS, DEL, NUL
        ("abc\u{202E}def\u{2066}g\u{2069}\u{202A}h\u{200F}i\u{061C}", "abcdefghi"),  // bidi controls
        ("fin\u{1B}", "fin"),                                     // truncated sequences
        ("fin\u{1B}[12", "fin"),
        ("fin\u{1B}]0;jamais terminé", "fin"),
    ])
    func strips(input: String, expected: String) {
        #expect(SafeText.clean(input) == expected)
    }

    @Test func keepsOrdinaryTextNewlinesAndTabs() {
        let text = "L'équipe « projet »\n\tCéline — 15/03/2027 ✓ 日本 👩🏽‍💻"
        #expect(SafeText.clean(text) == text)
    }

    @Test func aCarriageReturnNeverMovesTheCursorBack() {
        #expect(SafeText.clean("un\r\ndeux") == "un\ndeux")
        #expect(SafeText.clean("approuvé\rrefusé") == "approuvé\nrefusé")
        #expect(SafeText.clean("a\u{2028}b\u{2029}c") == "a\nb\nc")
        #expect(!SafeText.clean("x\r").contains("\r"))
    }

    @Test func aBrokenSequenceDoesNotSwallowTheRest() {
        #expect(SafeText.clean("\u{1B}[1;é suite") == "é suite")
    }

    @Test func oneLineTurnsBreaksAndTabsIntoSpaces() {
        #expect(SafeText.line("Titre\u{1B}[31m\r\nsuite\tfin") == "Titre suite fin")
    }
}

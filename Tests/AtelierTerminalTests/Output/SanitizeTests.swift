import AtelierTerminal
import Testing

@Suite struct SanitizeTests {
    @Test("Escape sequences and controls are removed", arguments: [
        ("\u{1B}[2Jbonjour", "bonjour"),                          // clear screen
        ("\u{1B}[31;1mrouge\u{1B}[0m", "rouge"),                  // SGR
        ("a\u{1B}[10;20Hb", "ab"),                                // cursor move
        ("\u{1B}]0;titre piégé\u{07}texte", "texte"),             // OSC ended by BEL
        ("\u{1B}]8;;http://x\u{1B}\\lien\u{1B}]8;;\u{1B}\\", "lien"),  // OSC hyperlink ended by ST
        ("\u{1B}Pq#0;2;0;0;0\u{1B}\\après", "après"),             // DCS (sixel)
        ("\u{1B}_apc\u{1B}\\x", "x"),                             // APC
        ("\u{1B}cremis à zéro", "remis à zéro"),                   // RIS
        ("\u{1B}(Bascii", "ascii"),                               // charset designation
        ("\u{9B}2Jc1", "c1"),                                     // 8-bit CSI
        ("\u{9D}0;t\u{9C}fin", "fin"),                            // 8-bit OSC and ST
        ("a\u{85}b\u{80}c", "abc"),                               // other C1 controls
        ("cloche\u{07}\u{08}\u{7F}\r", "cloche"),                 // BEL, BS, DEL, CR
        ("abc\u{202E}def\u{2066}g\u{2069}\u{202A}h", "abcdefgh"),  // bidi overrides and isolates
        ("fin\u{1B}", "fin"),                                     // truncated sequence
        ("fin\u{1B}[12", "fin"),
    ])
    func strips(input: String, expected: String) {
        #expect(TerminalOutput.sanitize(input) == expected)
    }

    @Test func keepsOrdinaryTextNewlinesAndTabs() {
        let text = "L'équipe « projet »\n\tCéline — 15/03/2027 ✓ 日本 👩🏽‍💻"
        #expect(TerminalOutput.sanitize(text) == text)
    }

    @Test func windowsLineEndsBecomeNewlines() {
        #expect(TerminalOutput.sanitize("un\r\ndeux") == "un\ndeux")
    }

    @Test func aBrokenSequenceDoesNotSwallowTheRest() {
        #expect(TerminalOutput.sanitize("\u{1B}[1;é suite") == "é suite")
    }
}

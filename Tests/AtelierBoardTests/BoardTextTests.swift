import AtelierCore
import Testing
@testable import AtelierBoard

/// The board's words: every entry in both languages.
@Suite struct BoardTextTests {
    @Test func everyEntryIsWrittenInFrenchAndInEnglish() {
        #expect(BoardText.of(.fr).isComplete)
        #expect(BoardText.of(.en).isComplete)
    }
}

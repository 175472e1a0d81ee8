import AtelierCore
@testable import AtelierExport
import Testing

/// The questionnaire page and its e-mail: every sentence exists in both languages, every text from
/// the script or the command line is escaped, and the page names nothing outside itself.
@Suite struct PrereadQuestionnaireTests {
    static let source = """
    atelier: 1
    id: escape
    title: "Atelier <b>gras</b>"
    language: en
    duration: 10
    preread: { intro: "Hello </script><script>alert(1)</script>" }
    charter:
      - section: s
        title: S
        fields:
          - { id: name, label: "Name <i>", type: text }
          - { id: pick, label: Pick, type: choice, options: ["<a>", "b & c"] }
    phases:
      - id: p
        title: P
        timebox: 10
        steps:
          - { ask: name, question: "Your <img src=x> name?", why: "Because </legend>", preread: true }
          - { ask: pick, question: "Pick one", preread: true }
    """

    @Test func everySentenceExistsInBothLanguages() {
        #expect(PrereadMessage.inconsistencies == [])
    }

    @Test func scriptAndClientTextIsEscapedAndNothingIsFetched() throws {
        let workshop = try #require(WorkshopLoader.load(source: Self.source, file: "e.yaml").workshop)
        let html = String(decoding: PrereadQuestionnaire.render(workshop, options: PrereadOptions(client: "\"Acme\" </script>")), as: UTF8.self)
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>gras"))
        #expect(!html.contains("alert(1)</script>"))
        #expect(html.components(separatedBy: "</script>").count == 3, "only the page's two script elements close")
        #expect(html.contains("Your &lt;img src=x&gt; name?"))
        #expect(html.contains("value=\"&lt;a&gt;\""))
        #expect(html.contains("\\u003c/script\\u003e"), "the client's name in the script's data is escaped")
        #expect(html.contains("default-src 'none'"))
        #expect(!html.contains("http:") && !html.contains("https:"))
    }
}

import PropertyBased
import Testing
@testable import AtelierCore

/// Agenda item ids are typed, and their text form is the journal's, unchanged.
@Suite struct ItemIDTests {
    @Test(arguments: [
        ("objectifs/fiertes", ItemID.step(phase: "objectifs", step: "fiertes")),
        ("gap:pas-de-sponsor", .gap(GapID(rule: "pas-de-sponsor"))),
        ("gap:cible[r1,r7]", .gap(GapID(rule: "cible", binding: ["r1", "r7"]))),
        ("gap:reponse-hesitante[objectifs[r3].indicateurs[r7].cible]",
         .gap(GapID(rule: "reponse-hesitante", binding: ["objectifs[r3].indicateurs[r7].cible"]))),
        ("owner:oq12", .ownerFollowUp(openQuestion: "oq12")),
        ("offer:risques", .parkOffer(phase: "risques")),
        ("end", .end),
    ])
    func journalTextFormIsUnchanged(_ text: String, _ id: ItemID) {
        #expect(ItemID(text) == id)
        #expect(id.description == text)
    }

    @Test func textsThatNameNoItemAreRefused() {
        for text in ["", "fiertes", "gap", "owner", "ending"] { #expect(ItemID(text) == nil, "\(text)") }
    }

    /// Whatever a journal holds, a text that reads as an id prints back byte for byte.
    @Test func everyTextItReadsPrintsBackUnchanged() async {
        let alphabet = Array("gap:owner:offer:end/[],r1#.-é")
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...16)) { picks in
            let text = String(picks.map { alphabet[$0] })
            if let id = ItemID(text) { #expect(id.description == text) }
        }
    }

    /// The byte-by-byte path parser (for ASCII paths) reads exactly what the character one reads.
    @Test func asciiPathsParseAsCharacterByCharacter() async {
        let alphabet = Array("ab_-.[]#0r1 9\r\n")
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...14)) { picks in
            let text = String(picks.map { alphabet[$0] })
            #expect(FieldPath.parseASCII(text) == FieldPath.parseCharacters(text), "\(text.debugDescription)")
        }
        for text in ["objectifs[r3].indicateurs[r7].cible", "inclus[#2]", "a[#+1]", "a[#-1]", "a..b", ".a", "a[]", "a[r1][r2]"] {
            #expect(FieldPath.parseASCII(text) == FieldPath.parseCharacters(text), "\(text)")
        }
    }
}

/// French typography for the text Atelier writes itself (never applied to the client's words):
/// a narrow no-break space (U+202F) before ; : ! ? and %, and inside « ». The exports' labels are
/// typeset with it; a French message catalogue can be too.
package enum Typography {
    static let narrowSpace: Character = "\u{202F}"

    package static func french(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let previous = index > 0 ? characters[index - 1] : nil
            if character == " " || character == "\u{00A0}" {
                if let next, ";:!?%»".contains(next) { out.append(narrowSpace); continue }
                if previous == "«" { out.append(narrowSpace); continue }
            }
            out.append(character)
        }
        return out
    }
}

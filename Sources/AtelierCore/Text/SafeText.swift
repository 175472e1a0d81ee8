/// Client and script text made safe to print or write anywhere: a terminal, a replay transcript, a
/// lint snippet, every export. It is the one sanitizer of Atelier; every path that shows text a
/// client typed or a script holds goes through it.
///
/// Removed, whole: escape sequences of every kind — CSI (`ESC [` … final byte, or the 8-bit CSI),
/// OSC, DCS, SOS, PM and APC strings up to their terminator (BEL, `ESC \` or the 8-bit ST), and the
/// short `ESC` sequences (`ESC c`, `ESC ( B`…) — so no `[31m` residue is left behind; the other C0
/// controls (BEL, backspace, NUL…), DEL, the C1 controls (U+0080–U+009F), and the bidirectional
/// marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069), which can make text read differently from what it says.
///
/// Kept: every printable character, tabs and line breaks. A carriage return never moves the cursor
/// back: `CR LF`, a lone `CR`, U+2028 and U+2029 each become one `\n`.
public enum SafeText {
    /// The text without control sequences (see the type's documentation).
    public static func clean(_ text: String) -> String {
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 }) { return text }
        var output = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipControlString(&scalars)
            case 0x0D:
                if scalars.first != "\n" { output.append("\n") }
            case 0x2028, 0x2029:
                output.append("\n")
            case 0x0A, 0x09:
                output.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// One line: cleaned, then line breaks and tabs become spaces (titles, names, headers, prompts).
    public static func line(_ text: String) -> String {
        let cleaned = clean(text)
        guard cleaned.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return cleaned }
        return String(String.UnicodeScalarView(cleaned.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 }))
    }

    /// After ESC: the rest of the sequence, whatever its kind.
    private static func skipEscapeSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let next = scalars.popFirst() else { return }
        switch next {
        case "[": skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_": skipControlString(&scalars)
        default:
            // ESC, intermediates 0x20–0x2F, one final character (e.g. ESC c, ESC ( B, ESC # 8).
            var current = next
            while (0x20...0x2F).contains(current.value), let following = scalars.popFirst() {
                current = following
            }
        }
    }

    /// CSI: parameters and intermediates (0x20–0x3F), then one final character (0x40–0x7E).
    /// Anything else ends it and is kept, so a broken sequence cannot swallow the rest of the text.
    private static func skipControlSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let scalar = scalars.first {
            if (0x20...0x3F).contains(scalar.value) {
                scalars.removeFirst()
            } else {
                if (0x40...0x7E).contains(scalar.value) { scalars.removeFirst() }
                return
            }
        }
    }

    /// OSC, DCS, SOS, PM, APC: everything up to BEL, ESC \ or the 8-bit ST (0x9C). An unterminated
    /// string runs to the end of the text: what it holds was never meant to be shown.
    private static func skipControlString(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x07, 0x9C: return
            case 0x1B:
                if scalars.first == "\\" { scalars.removeFirst() }
                return
            default: continue
            }
        }
    }
}

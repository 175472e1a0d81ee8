extension TerminalOutput {
    /// Client text made safe to print: a pasted escape code must not repaint the screen, move the
    /// cursor, set the window title or reorder the line. Removes ESC sequences (CSI, OSC, DCS,
    /// SOS, PM, APC, and two- or three-character ones), C0 controls except "\n" and "\t", DEL,
    /// C1 controls (U+0080–U+009F, their 8-bit sequences included) and the bidirectional
    /// embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069).
    public static func sanitize(_ clientText: String) -> String {
        var output = String.UnicodeScalarView()
        var scalars = Array(clientText.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipControlString(&scalars)
            case 0x0A, 0x09:
                output.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
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

    /// OSC, DCS, SOS, PM, APC: everything up to BEL, ESC \ or the 8-bit ST (0x9C).
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

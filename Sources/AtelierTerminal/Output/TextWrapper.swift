/// Word wrapping for what the session prints on a terminal: lines break on a space, or after a
/// hyphen, never inside a word, a multi-byte character or an escape sequence (colours cost no
/// column). A continuation line hangs under the text of its line: under a hint's indentation,
/// after a list's bullet ("  • ", "  3. ", "» "), so a wrapped item still reads as one item.
/// A word longer than the whole line is the only thing ever cut (at a character boundary).
public enum TextWrapper {
    /// Wraps every line of `text` to `width` columns (no wrapping below 20: a terminal that narrow
    /// is better served by its own soft wrap).
    public static func wrap(_ text: String, width: Int) -> String {
        guard width >= 20 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(Substring($0), width: width) }
            .joined(separator: "\n")
    }

    /// Wraps one line, its continuation lines indented by `hanging` columns (by default, the
    /// line's own indentation and bullet).
    public static func wrapLine(_ line: Substring, width: Int, hanging: Int? = nil) -> String {
        let pieces = tokens(line)
        guard columns(of: pieces) > width else { return String(line) }
        let indent = min(hanging ?? hangingIndent(line), width / 2)
        var out = ""
        var lineWidth = 0
        var pendingSpace = ""   // spaces between the last word and the next, dropped at a break
        var pendingWidth = 0
        var lineHasWord = false
        for word in words(pieces) {
            if word.isSpace {
                pendingSpace += word.text
                pendingWidth += word.width
                continue
            }
            if lineHasWord, lineWidth + pendingWidth + word.width > width {
                out += "\n" + String(repeating: " ", count: indent)
                lineWidth = indent
            } else {
                out += pendingSpace
                lineWidth += pendingWidth
            }
            pendingSpace = ""
            pendingWidth = 0
            if lineWidth + word.width > width {
                // A word wider than the line: cut it, at character boundaries.
                for piece in word.pieces {
                    if piece.width > 0, lineWidth + piece.width > width, lineWidth > indent {
                        out += "\n" + String(repeating: " ", count: indent)
                        lineWidth = indent
                    }
                    out += piece.text
                    lineWidth += piece.width
                }
            } else {
                out += word.text
                lineWidth += word.width
            }
            lineHasWord = true
        }
        return out + pendingSpace
    }

    /// The columns `text` takes on a terminal (escape sequences take none, wide characters two).
    public static func columns(_ text: String) -> Int {
        columns(of: tokens(Substring(text)))
    }

    /// The columns under which a continuation line starts: the indentation, then a bullet
    /// ("• ", "» ", "→ ", "- ", "✓ ", "⚠ ", "12. ") if the line starts with one.
    static func hangingIndent(_ line: Substring) -> Int {
        let visible = tokens(line).filter { !$0.isEscape }.map(\.text).joined()
        let spaces = visible.prefix { $0 == " " }.count
        let rest = visible.dropFirst(spaces)
        for bullet in ["• ", "» ", "→ ", "- ", "✓ ", "⚠ ", "■ "] where rest.hasPrefix(bullet) {
            return spaces + columns(bullet)
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3, rest.dropFirst(digits.count).hasPrefix(". ") {
            return spaces + digits.count + 2
        }
        return spaces
    }

    // MARK: - Pieces

    /// A character, or a whole escape sequence, with the columns it takes.
    struct Piece {
        var text: String
        var width: Int
        var isEscape: Bool
    }

    /// A word (with the hyphen that ends it, if any), or a run of spaces.
    struct Word {
        var pieces: [Piece] = []
        var isSpace = false
        var text: String { pieces.map(\.text).joined() }
        var width: Int { pieces.reduce(0) { $0 + $1.width } }
    }

    static func tokens(_ line: Substring) -> [Piece] {
        var pieces: [Piece] = []
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "\u{1B}" {
                // CSI (ESC [ … final byte 0x40–0x7E) or a two-character escape: one zero-width piece.
                var end = line.index(after: index)
                if end < line.endIndex, line[end] == "[" {
                    end = line.index(after: end)
                    while end < line.endIndex, let value = line[end].asciiValue, !(0x40...0x7E).contains(value) {
                        end = line.index(after: end)
                    }
                }
                if end < line.endIndex { end = line.index(after: end) }
                pieces.append(Piece(text: String(line[index..<end]), width: 0, isEscape: true))
                index = end
                continue
            }
            pieces.append(Piece(text: String(character), width: width(of: character), isEscape: false))
            index = line.index(after: index)
        }
        return pieces
    }

    /// Words break after spaces and after a hyphen between letters ("porte-parole" may break as
    /// "porte-" / "parole"); escape sequences stick to the word they touch.
    static func words(_ pieces: [Piece]) -> [Word] {
        var words: [Word] = []
        var current = Word()
        for (n, piece) in pieces.enumerated() {
            let isSpace = piece.text == " "
            if piece.isEscape, current.isSpace {
                // A colour change after spaces belongs to the next word: never dropped with the spaces.
                words.append(current)
                current = Word()
            }
            if isSpace != current.isSpace, !current.pieces.isEmpty, !piece.isEscape {
                words.append(current)
                current = Word()
            }
            if current.pieces.isEmpty { current.isSpace = isSpace && !piece.isEscape }
            current.pieces.append(piece)
            if piece.text == "-", !current.isSpace, current.pieces.count > 1,
               n + 1 < pieces.count, pieces[n + 1].text.first?.isLetter == true {
                words.append(current)
                current = Word()
            }
        }
        if !current.pieces.isEmpty { words.append(current) }
        return words
    }

    static func columns(of pieces: [Piece]) -> Int {
        pieces.reduce(0) { $0 + $1.width }
    }

    /// Two columns for East Asian wide characters and emoji, none for a lone combining mark.
    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let v = scalar.value
        if v < 0x300 { return v < 0x20 ? 0 : 1 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }  // emoji presentation
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE,
             0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE,
             0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B,
             0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return scalar.properties.generalCategory == .nonspacingMark ? 0 : 1
        }
    }
}

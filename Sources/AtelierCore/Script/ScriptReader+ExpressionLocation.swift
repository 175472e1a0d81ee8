import Yams

/// Turning a character offset inside a YAML scalar (an expression's source) into a file location.
extension ScriptReader {
    /// Where the character at `offset` of the scalar `node`'s text was written.
    ///
    /// Exact for plain and quoted scalars — escapes (`\"`, `''`, `\u00e9`) and lines folded into
    /// spaces included — and for literal (`|`) block scalars; for folded (`>`) scalars, the best
    /// guess is the line where the text starts.
    func location(in node: Node, offset: Int) -> SourceLocation {
        let fallback = location(node.mark) ?? SourceLocation(file: file, line: 1, column: 1)
        guard case .scalar(let scalar) = node, let mark = scalar.mark else { return fallback }
        switch scalar.style {
        case .literal, .folded:
            return blockLocation(scalar: scalar, mark: mark, offset: scalar.style == .literal ? offset : 0)
        case .singleQuoted, .doubleQuoted, .plain, .any:
            // Offsets count characters; the walk over the source counts Unicode scalars.
            let scalars = scalar.string.prefix(max(0, offset)).unicodeScalars.count
            var walk = FlowScalarWalk(lines: lines, line: mark.line, column: mark.column, style: scalar.style)
            let (line, column) = walk.position(ofScalar: scalars)
            return SourceLocation(file: file, line: line, column: column)
        }
    }

    private func blockLocation(scalar: Node.Scalar, mark: Mark, offset: Int) -> SourceLocation {
        // An error "at the end" points after the last character, not past the block's final newline.
        var text = Substring(scalar.string)
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        let prefix = text.prefix(max(0, offset))
        let lineInText = prefix.filter { $0 == "\n" }.count
        let columnInLine = prefix.count - (prefix.lastIndex(of: "\n").map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0)
        // The block's text starts on the first non-empty line after the indicator.
        var line = mark.line + 1
        while line - 1 < lines.count, lines[line - 1].allSatisfy(\.isWhitespace), line - mark.line < 50 { line += 1 }
        guard line - 1 < lines.count else { return SourceLocation(file: file, line: mark.line + 1, column: 1) }
        let indentation = lines[line - 1].unicodeScalars.prefix { $0 == " " }.count
        line += lineInText
        guard line - 1 < lines.count else { return SourceLocation(file: file, line: mark.line + 1, column: 1) }
        return SourceLocation(file: file, line: line, column: indentation + 1 + columnInLine)
    }
}

/// A walk over the source of a plain or quoted scalar, decoding as YAML does — escapes, `''`, line
/// folding — to find where its n-th decoded Unicode scalar was written.
struct FlowScalarWalk {
    private let lines: [[Unicode.Scalar]]
    private var line: Int
    private var index: Int
    private let style: Node.Scalar.Style

    /// Starts at the scalar's mark (1-based line and column: its opening quote, or its first character).
    init(lines: [Substring], line: Int, column: Int, style: Node.Scalar.Style) {
        self.lines = lines.map { Array($0.unicodeScalars) }
        self.line = line - 1
        self.index = column - 1
        self.style = style
        if style == .singleQuoted || style == .doubleQuoted { index += 1 }
    }

    private func at(_ offset: Int = 0) -> Unicode.Scalar? {
        guard lines.indices.contains(line), lines[line].indices.contains(index + offset) else { return nil }
        return lines[line][index + offset]
    }

    /// The 1-based line and column of the decoded scalar number `target` (0 for the first).
    mutating func position(ofScalar target: Int) -> (line: Int, column: Int) {
        var remaining = target
        while remaining > 0, lines.indices.contains(line) {
            let before = (line, index)
            let decoded = step()
            if decoded > remaining {
                // Inside blank lines folded into newlines: point at the end of the line before them.
                (line, index) = before
                break
            }
            remaining -= decoded
        }
        return (line + 1, index + 1)
    }

    /// Moves over what makes the next decoded scalars; returns how many it made. A line break
    /// folded into a space (or kept as blank lines) lands on the next line's first character.
    private mutating func step() -> Int {
        guard let scalar = at() else {
            // The end of a source line inside the scalar: fold it.
            return fold()
        }
        if scalar == " " || scalar == "\t" {
            var ahead = 0
            while let next = at(ahead), next == " " || next == "\t" { ahead += 1 }
            if at(ahead) == nil {
                index += ahead
                return fold()
            }
            index += 1
            return 1
        }
        switch (style, scalar) {
        case (.singleQuoted, "'") where at(1) == "'":
            index += 2
        case (.doubleQuoted, "\\"):
            switch at(1) {
            case "x": index += 4
            case "u": index += 6
            case "U": index += 10
            case nil:
                line += 1
                index = 0
                while let next = at(), next == " " || next == "\t" { index += 1 }
                return 0
            default: index += 2
            }
        default:
            index += 1
        }
        return 1
    }

    /// After the end of a line: skips blank lines and the next line's indentation. One break makes
    /// one space; n blank lines make n newlines.
    private mutating func fold() -> Int {
        var blank = 0
        line += 1
        index = 0
        while lines.indices.contains(line), lines[line].allSatisfy({ $0 == " " || $0 == "\t" }) {
            blank += 1
            line += 1
        }
        while let next = at(), next == " " || next == "\t" { index += 1 }
        return max(1, blank)
    }
}

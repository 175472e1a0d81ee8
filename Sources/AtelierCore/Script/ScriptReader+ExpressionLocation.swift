import Yams

/// Turning a character offset inside a YAML scalar (an expression's source) into a file location.
extension ScriptReader {
    /// Where the character at `offset` of the scalar `node`'s text was written.
    ///
    /// Exact for plain and quoted single-line scalars and for literal (`|`) block scalars; for
    /// folded (`>`) scalars, the best guess is the line where the text starts.
    func location(in node: Node, offset: Int) -> SourceLocation {
        let fallback = location(node.mark) ?? SourceLocation(file: file, line: 1, column: 1)
        guard case .scalar(let scalar) = node, let mark = scalar.mark else { return fallback }
        switch scalar.style {
        case .literal, .folded:
            return blockLocation(scalar: scalar, mark: mark, offset: scalar.style == .literal ? offset : 0)
        case .singleQuoted, .doubleQuoted:
            return SourceLocation(file: file, line: mark.line, column: mark.column + 1 + offset)
        default:
            return SourceLocation(file: file, line: mark.line, column: mark.column + offset)
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

/// Escapes client text for one output format. `inline` is for one-line places (table cells, list
/// items, headings): line breaks become `<br>`. `block` is for a paragraph.
protocol Escaper: Sendable {
    func inline(_ text: String) -> String
    func block(_ text: String) -> String
}

/// Plain text (the e-mail's text/plain part): nothing to escape once sanitized.
struct PlainEscaper: Escaper {
    func inline(_ text: String) -> String { text.replacingNewlines(with: " ") }
    func block(_ text: String) -> String { text }
}

/// HTML: `& < > " '` always, so text is safe in content and in quoted attributes.
struct HTMLEscaper: Escaper {
    func inline(_ text: String) -> String { block(text) }

    func block(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "<br>\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Markdown (CommonMark/GFM): backslash-escapes the characters that make emphasis, code, links,
/// raw HTML and table cells, and the markers that would start a heading, list, quote or rule at the
/// beginning of a line.
struct MarkdownEscaper: Escaper {
    func inline(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapeLine(Substring($0)) }.joined(separator: "<br>")
    }

    func block(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapeLine(Substring($0)) }.joined(separator: "\n")
    }

    private static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]
    private static let lineStartMarkers: Set<Unicode.Scalar> = ["#", "-", "+", "="]

    private func escapeLine(_ raw: Substring) -> String {
        let scalars = Array(raw.drop { $0 == " " }.unicodeScalars)
        var out = ""
        out.reserveCapacity(scalars.count + 8)
        for (index, scalar) in scalars.enumerated() {
            if Self.alwaysEscaped.contains(scalar) || (index == 0 && Self.lineStartMarkers.contains(scalar))
                || (index > 0 && (scalar == "." || scalar == ")") && startsOrderedList(scalars, markerAt: index)) {
                out += "\\"
            }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// `1.` or `12)` followed by a space or the end of the line would start an ordered list.
    private func startsOrderedList(_ scalars: [Unicode.Scalar], markerAt index: Int) -> Bool {
        guard index <= 9, scalars[..<index].allSatisfy({ ("0"..."9").contains($0) }) else { return false }
        return index + 1 == scalars.count || scalars[index + 1] == " "
    }
}

/// Escapes client text for one output format. `inline` is for one-line places (table cells, list
/// items, headings): line breaks become `<br>` (or the format's equivalent). `block` is for a
/// paragraph: the client's line breaks are kept.
protocol Escaper: Sendable {
    func inline(_ text: String) -> String
    func block(_ text: String) -> String
}

/// Plain text (the e-mail's text/plain part): nothing to escape once sanitized.
struct PlainEscaper: Escaper {
    /// Line breaks are kept, the lines after the first indented so a list item stays one item.
    func inline(_ text: String) -> String { text.replacingNewlines(with: "\n  ") }
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
/// beginning of each line.
struct MarkdownEscaper: Escaper {
    func inline(_ text: String) -> String { escapeLines(text, joinedBy: "<br>") }

    /// Each line of the client's text becomes a paragraph of its own (a single line break would be
    /// read as a space); blank lines are not repeated.
    func block(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return escapeLine(text[...]) }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapeLine($0) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    private func escapeLines(_ text: String, joinedBy separator: String) -> String {
        guard text.utf8.contains(0x0A) else { return escapeLine(text[...]) }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapeLine($0) }.joined(separator: separator)
    }

    /// ASCII bytes escaped anywhere: \\ ` * _ [ ] < > | ~
    private static let alwaysEscaped: [Bool] = table("\\`*_[]<>|~")
    /// ASCII bytes escaped at the start of a line: # - + =
    private static let lineStartMarkers: [Bool] = table("#-+=")

    private static func table(_ characters: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 128)
        for byte in characters.utf8 { table[Int(byte)] = true }
        return table
    }

    private func escapeLine(_ raw: Substring) -> String {
        let bytes = Array(raw.utf8.drop { $0 == 0x20 })
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var digitsOnly = true
        for (position, byte) in bytes.enumerated() {
            let next = position + 1 < bytes.count ? bytes[position + 1] : nil
            if byte < 0x80 {
                let isMarker = byte == 0x2E || byte == 0x29 // . )
                if Self.alwaysEscaped[Int(byte)] || (position == 0 && Self.lineStartMarkers[Int(byte)])
                    || (isMarker && digitsOnly && position > 0 && position <= 9 && (next == nil || next == 0x20))
                    || (byte == 0x26 && Self.startsEntity(bytes, after: position)) {
                    out.append(0x5C)
                }
            }
            digitsOnly = digitsOnly && byte >= 0x30 && byte <= 0x39
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `&amp;`, `&#38;`, `&#x26;`: an `&` that a Markdown reader would turn into another character.
    private static func startsEntity(_ bytes: [UInt8], after index: Int) -> Bool {
        var i = index + 1
        if i < bytes.count, bytes[i] == 0x23 { i += 1 } // #
        let start = i
        while i < bytes.count, i - start <= 32,
              (0x30...0x39).contains(bytes[i]) || (0x41...0x5A).contains(bytes[i]) || (0x61...0x7A).contains(bytes[i]) {
            i += 1
        }
        return i > start && i < bytes.count && bytes[i] == 0x3B // ;
    }
}

/// A CSS string inside an HTML `<style>` element (the print stylesheet's page header and footer):
/// no character can end the string or the element; entities are not decoded there, so `&` stays.
enum CSSString {
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "<": out += "\\3C "
            case ">": out += "\\3E "
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

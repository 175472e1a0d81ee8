/// Finds the tags of a Mustache template, with where each name is written. Only what the checkers
/// need: variables, sections, inverted sections and their ends; comments and partials are skipped.
/// A tag that never closes (`{{#items` with no `}}` before the next `{{`) ends the scan as
/// `.unterminated`, placed at its `{{`.
public enum MustacheScanner {
    public struct Tag: Equatable, Sendable {
        public enum Kind: Equatable, Sendable { case variable, section, inverted, end, unterminated }
        public var kind: Kind
        public var name: String
        /// 1-based line and column (in Unicode scalars) of the name (of the `{{` for `.unterminated`).
        public var line: Int
        public var column: Int
    }

    public static func tags(in template: String) -> [Tag] {
        let text = Array(template.unicodeScalars)
        var tags: [Tag] = []
        var index = 0
        var line = 1
        var lineStart = 0
        func advance(to end: Int) {
            while index < end {
                if text[index] == "\n" {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }
        while let open = find("{{", in: text, from: index) {
            advance(to: open)
            let triple = open + 2 < text.count && text[open + 2] == "{"
            let closer = triple ? "}}}" : "}}"
            let close = find(closer, in: text, from: open + (triple ? 3 : 2))
            // A name never holds "{{": one before the closer means this tag was left open (a
            // comment may quote tags, and ends at its first "}}").
            let isComment = !triple && open + 2 < text.count && text[open + 2] == "!"
            let nextOpen = isComment ? nil : find("{{", in: text, from: open + 2)
            guard let close, nextOpen.map({ close < $0 }) ?? true else {
                tags.append(Tag(kind: .unterminated, name: "", line: line, column: open - lineStart + 1))
                break
            }
            var body = (triple ? open + 3 : open + 2)..<close
            var kind = Tag.Kind.variable
            body = trimmed(body, in: text)
            if !triple, let first = body.first {
                let sigil = text[first]
                if ["!", ">", "<", "$"].contains(sigil) {  // comment, partial, inheritance: no variable
                    advance(to: close + closer.unicodeScalars.count)
                    continue
                }
                if sigil == "=" { return tags }  // custom delimiters: stop rather than misread the rest
                switch sigil {
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .end
                default: break
                }
                if ["#", "^", "/", "&"].contains(sigil) { body = trimmed(body.dropFirst(), in: text) }
            }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: text[body])
            let nameStart = body.startIndex
            advance(to: nameStart)
            tags.append(Tag(kind: kind, name: String(name), line: line, column: nameStart - lineStart + 1))
            advance(to: close + closer.unicodeScalars.count)
        }
        return tags
    }

    private static func find(_ needle: String, in text: [Unicode.Scalar], from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard start <= text.count - pattern.count else { return nil }
        for i in start...(text.count - pattern.count) where text[i..<i + pattern.count].elementsEqual(pattern) {
            return i
        }
        return nil
    }

    private static func trimmed(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, text[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower..<upper
    }
}

private extension Range<Int> {
    func dropFirst() -> Range<Int> { Swift.min(lowerBound + 1, upperBound)..<upperBound }
}

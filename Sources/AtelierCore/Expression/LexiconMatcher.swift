/// Finds a lexicon phrase in a client's text, ignoring case, accents and hyphens-versus-spaces,
/// as whole words ("a priori" is not found in "apriorisme"), and gives it back as the client wrote it.
enum LexiconMatcher {
    /// The first phrase found (earliest in the text, the longest there), in the text's own spelling.
    static func quote(in text: String, lexicon name: String, phrases: [String]) -> String? {
        let needles = FoldedLexicons.shared.folded(name, phrases)
        guard !needles.isEmpty, !text.isEmpty else { return nil }
        let (folded, origins) = TextFolding.foldWithOrigins(text)
        let haystack = folded.map(canonical)
        guard let (start, end) = firstMatch(of: needles, in: haystack) else { return nil }
        let view = text.unicodeScalars
        var upper = view.index(after: origins[end - 1])
        while upper < view.endIndex, view[upper].properties.generalCategory == .nonspacingMark {
            upper = view.index(after: upper)
        }
        return String(view[origins[start]..<upper])
    }

    /// `-` counts as a space, so "peut-être" and "peut être" match each other.
    static func canonical(_ scalar: Unicode.Scalar) -> Unicode.Scalar { scalar == "-" ? " " : scalar }

    static func isWordPart(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            return ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "_"
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    private static func firstMatch(of needles: [[Unicode.Scalar]], in haystack: [Unicode.Scalar]) -> (Int, Int)? {
        let n = haystack.count
        for start in 0..<n {
            var best: Int?
            for needle in needles where needle.count <= n - start && needle[0] == haystack[start] {
                guard best.map({ needle.count > $0 }) ?? true else { continue }
                if isMatch(needle, haystack, at: start) { best = needle.count }
            }
            if let best { return (start, start + best) }
        }
        return nil
    }

    private static func isMatch(_ needle: [Unicode.Scalar], _ haystack: [Unicode.Scalar], at start: Int) -> Bool {
        for k in 1..<max(1, needle.count) where needle[k] != haystack[start + k] { return false }
        let end = start + needle.count
        if let first = needle.first, isWordPart(first), start > 0, isWordPart(haystack[start - 1]) { return false }
        if let last = needle.last, isWordPart(last), end < haystack.count, isWordPart(haystack[end]) { return false }
        return true
    }
}

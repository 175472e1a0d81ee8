/// Makes client text safe to print anywhere: no terminal control characters, no bidirectional
/// override or isolate marks (which can make text read differently from what it says), one kind of
/// line break. Applied to every string before any format-specific escaping.
package enum Sanitizer {
    package static func clean(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            defer { previousWasCR = v == 0x0D }
            switch v {
            case 0x0A:
                if !previousWasCR { out.append("\n") }
            case 0x0D, 0x2028, 0x2029:
                out.append("\n")
            case 0x09:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// One line: line breaks become spaces (for headers, file names, table titles).
    package static func line(_ text: String) -> String {
        clean(text).replacingNewlines(with: " ")
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        guard utf8.contains(0x0A) else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

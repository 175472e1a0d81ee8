import Foundation

/// The form in which texts are compared: lower case, no accents (é -> e, ç -> c, œ -> oe),
/// typographic apostrophes as `'`, whitespace runs as one space, no leading or trailing space.
/// Text comparisons, `contains` and lexicon matching all go through it.
public enum TextFolding {
    /// `"  L’Équipe   Œuvre "` -> `"l'equipe oeuvre"`.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        forEachFolded(text) { scalar, _ in out.append(scalar) }
        return String(out)
    }

    /// The folded scalars, each with the index of the original scalar it comes from (to quote the
    /// client's own words back).
    static func foldWithOrigins(_ text: String) -> (scalars: [Unicode.Scalar], origins: [String.UnicodeScalarView.Index]) {
        var scalars: [Unicode.Scalar] = []
        var origins: [String.UnicodeScalarView.Index] = []
        scalars.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        forEachFolded(text) { scalar, origin in
            scalars.append(scalar)
            origins.append(origin)
        }
        return (scalars, origins)
    }

    private static func forEachFolded(_ text: String, _ body: (Unicode.Scalar, String.UnicodeScalarView.Index) -> Void) {
        let view = text.unicodeScalars
        var pendingSpace: String.UnicodeScalarView.Index?
        var emitted = false
        var i = view.startIndex
        while i < view.endIndex {
            let scalar = view[i]
            let v = scalar.value
            var replacement: Replacement
            if v < 0x80 {
                if v == 0x20 || (0x09...0x0D).contains(v) {
                    replacement = .space
                } else if (0x41...0x5A).contains(v) {
                    replacement = .one(Unicode.Scalar(UInt8(v + 32)))
                } else {
                    replacement = .one(scalar)
                }
            } else if v < 0x250 {
                replacement = latinTable[Int(v) - 0x80]
            } else {
                replacement = compute(scalar)
            }
            switch replacement {
            case .space:
                if pendingSpace == nil { pendingSpace = i }
            case .drop:
                break
            case .one(let s):
                flush(&pendingSpace, emitted, body)
                emitted = true
                body(s, i)
            case .many(let list):
                flush(&pendingSpace, emitted, body)
                emitted = true
                for s in list { body(s, i) }
            }
            i = view.index(after: i)
        }
    }

    private static func flush(_ pending: inout String.UnicodeScalarView.Index?, _ emitted: Bool,
                              _ body: (Unicode.Scalar, String.UnicodeScalarView.Index) -> Void) {
        if let p = pending, emitted { body(" ", p) }
        pending = nil
    }

    private enum Replacement: Sendable {
        case space, drop
        case one(Unicode.Scalar)
        case many([Unicode.Scalar])
    }

    /// Latin-1 and Latin Extended-A/B, computed once.
    private static let latinTable: [Replacement] = (0x80..<0x250).map { v in
        Unicode.Scalar(UInt32(v)).map(compute) ?? .drop
    }

    private static func compute(_ scalar: Unicode.Scalar) -> Replacement {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x00B4, 0x2032: return .one("'")
        case 0x0152, 0x0153: return .many(["o", "e"])
        case 0x00C6, 0x00E6: return .many(["a", "e"])
        case 0x00DF: return .many(["s", "s"])
        case 0x00D8, 0x00F8: return .one("o")
        case 0x0141, 0x0142: return .one("l")
        case 0x0110, 0x0111: return .one("d")
        case 0x2010, 0x2011: return .one("-")
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        if properties.generalCategory == .nonspacingMark { return .drop }
        var out: [Unicode.Scalar] = []
        for d in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
            for l in d.properties.lowercaseMapping.unicodeScalars where l.properties.generalCategory != .nonspacingMark {
                out.append(l)
            }
        }
        if out.count == 1, let only = out.first { return .one(only) }
        return out.isEmpty ? .drop : .many(out)
    }
}

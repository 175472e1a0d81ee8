/// What YAML 1.1 makes of a plain (unquoted) scalar, decided without regular expressions.
///
/// Scripts are composed with Yams' `basic` resolver, which leaves every plain scalar a string:
/// its default resolver runs up to seven `NSRegularExpression`s on every scalar, which was half
/// the time of loading a script (and so of starting a session). This gives the same answer as
/// Yams' default rules for the kinds the loader asks about (checked against them in the tests).
enum PlainScalarKind: Equatable {
    case bool, int, float, null, other

    init(_ s: String) {
        if PlainScalarKind.bools.contains(s) { self = .bool; return }
        let u = Array(s.utf8)
        if PlainScalarKind.isInt(u[...]) { self = .int; return }
        if PlainScalarKind.isFloat(u[...]) { self = .float; return }
        self = s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL" ? .null : .other
    }

    /// The value of a YAML 1.1 boolean (`yes`, `On`, `FALSE`…).
    static func boolValue(_ s: String) -> Bool? {
        guard bools.contains(s) else { return nil }
        return ["yes", "true", "on"].contains(s.lowercased())
    }

    private static let bools: Set<String> = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
                                             "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"]

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func all(_ s: ArraySlice<UInt8>, _ allowed: (UInt8) -> Bool) -> Bool { !s.isEmpty && s.allSatisfy(allowed) }
    private static func unsigned(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        s.first == UInt8(ascii: "-") || s.first == UInt8(ascii: "+") ? s.dropFirst() : s
    }
    private static func digitOrUnderscore(_ b: UInt8) -> Bool { isDigit(b) || b == UInt8(ascii: "_") }

    /// `(?::[0-5]?[0-9])+`
    private static func isSexagesimalTail(_ s: ArraySlice<UInt8>) -> Bool {
        guard !s.isEmpty else { return false }
        for part in s.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false).dropFirst() {
            switch part.count {
            case 1: guard isDigit(part[part.startIndex]) else { return false }
            case 2: guard part[part.startIndex] >= 0x30 && part[part.startIndex] <= 0x35, isDigit(part[part.startIndex + 1]) else { return false }
            default: return false
            }
        }
        return s.first == UInt8(ascii: ":")
    }

    static func isInt(_ signed: ArraySlice<UInt8>) -> Bool {
        let s = unsigned(signed)
        guard let first = s.first else { return false }
        if s.starts(with: Array("0b".utf8)) { return all(s.dropFirst(2)) { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F } }
        if s.starts(with: Array("0x".utf8)) {
            return all(s.dropFirst(2)) { isDigit($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0) || $0 == 0x5F }
        }
        if first == 0x30 {
            if s.count == 1 { return true }
            let rest = s.dropFirst().first == UInt8(ascii: "o") ? s.dropFirst(2) : s.dropFirst()
            return all(rest) { (0x30...0x37).contains($0) || $0 == 0x5F }
        }
        guard (0x31...0x39).contains(first) else { return false }
        if let colon = s.firstIndex(of: UInt8(ascii: ":")) {
            return s[s.startIndex..<colon].allSatisfy(digitOrUnderscore) && isSexagesimalTail(s[colon...])
        }
        return s.allSatisfy(digitOrUnderscore)
    }

    static func isFloat(_ whole: ArraySlice<UInt8>) -> Bool {
        let s = unsigned(whole)
        let signed = s.count != whole.count
        guard let first = s.first else { return false }
        if first == UInt8(ascii: ".") {
            let rest = String(decoding: s.dropFirst(), as: UTF8.self)
            if ["inf", "Inf", "INF"].contains(rest) { return true }
            if ["nan", "NaN", "NAN"].contains(rest) { return !signed }
            guard !signed else { return false }
            // \.[0-9_]+(?:[eE][-+][0-9]+)?
            let body = s.dropFirst()
            let e = body.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
            let mantissa = body[body.startIndex..<(e ?? body.endIndex)]
            guard all(mantissa, digitOrUnderscore) else { return false }
            guard let e else { return true }
            let exponent = body[(e + 1)...]
            guard let sign = exponent.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") else { return false }
            return all(exponent.dropFirst(), isDigit)
        }
        guard isDigit(first) else { return false }
        if let colon = s.firstIndex(of: UInt8(ascii: ":")) {
            // [0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
            guard s[s.startIndex..<colon].allSatisfy(digitOrUnderscore), let dot = s.lastIndex(of: UInt8(ascii: ".")), dot > colon
            else { return false }
            return isSexagesimalTail(s[colon..<dot]) && s[(dot + 1)...].allSatisfy(digitOrUnderscore)
        }
        // [0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?
        var i = s.startIndex
        while i < s.endIndex, digitOrUnderscore(s[i]) { i += 1 }
        if i < s.endIndex, s[i] == UInt8(ascii: ".") {
            i += 1
            while i < s.endIndex, digitOrUnderscore(s[i]) { i += 1 }
        }
        if i == s.endIndex { return true }
        guard s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") else { return false }
        i += 1
        if i < s.endIndex, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
        return all(s[i...], isDigit)
    }
}

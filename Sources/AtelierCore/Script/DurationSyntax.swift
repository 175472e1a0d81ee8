/// Durations as scripts write them: `120`, `"120"`, `"25 min"`, `"2h"`, `"1h30"`, `"1 h 30 min"`.
enum DurationSyntax {
    /// Minutes, or nil when the text is not a positive duration.
    static func minutes(_ text: String) -> Int? {
        var rest = Substring(text.lowercased()).filter { $0 != " " }[...]
        guard !rest.isEmpty else { return nil }
        func number() -> Int? {
            let digits = rest.prefix(while: \.isASCIIDigitCharacter)
            guard !digits.isEmpty, digits.count <= 6, let value = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            return value
        }
        func unit(_ names: [String]) -> Bool {
            for name in names.sorted(by: { $0.count > $1.count }) where rest.hasPrefix(name) {
                rest = rest.dropFirst(name.count)
                return true
            }
            return false
        }
        guard let first = number() else { return nil }
        var total: Int
        if unit(["h", "hours", "hour", "heures", "heure"]) {
            total = first * 60
            if let more = number() {
                _ = unit(["min", "minutes", "minute", "mn", "m"])
                total += more
            }
        } else {
            _ = unit(["min", "minutes", "minute", "mn", "m"])
            total = first
        }
        guard rest.isEmpty, total > 0 else { return nil }
        return total
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

import Foundation

/// Moves the dates of a text by whole years: `15/03/2027` in typed answers, `2027-03-15` in JSON.
/// Shifts are multiples of four years, so no day of the year is lost (the example has no 29 February).
enum DateShift {
    /// The smallest multiple of four years that puts every `dd/mm/yyyy` date of `typed` after today.
    static func years(toBringAfterToday typed: String, today: Date = Date()) -> Int {
        let calendar = Calendar(identifier: .gregorian)
        let now = calendar.dateComponents(in: .current, from: today)
        let todayKey = (now.year ?? 0) * 10_000 + (now.month ?? 0) * 100 + (now.day ?? 0)
        let earliest = matches(of: typedPattern, in: typed).map { $0.year * 10_000 + $0.month * 100 + $0.day }.min()
        guard let earliest else { return 0 }
        var years = 0
        while earliest + years * 10_000 <= todayKey { years += 4 }
        return years
    }

    static func typed(_ text: String, years: Int) -> String {
        replace(typedPattern, in: text) { String(format: "%02d/%02d/%04d", $0.day, $0.month, $0.year + years) }
    }

    static func iso(_ text: String, years: Int) -> String {
        replace(isoPattern, in: text) { String(format: "%04d-%02d-%02d", $0.year + years, $0.month, $0.day) }
    }

    private struct Found {
        var range: Range<String.Index>
        var year: Int, month: Int, day: Int
    }

    // Groups in the order day, month, year for typed dates, year, month, day for ISO ones.
    private static let typedPattern = (#"\b(\d{2})/(\d{2})/(\d{4})\b"#, [3, 2, 1])
    private static let isoPattern = (#"\b(\d{4})-(\d{2})-(\d{2})\b"#, [1, 2, 3])

    private static func matches(of pattern: (String, [Int]), in text: String) -> [Found] {
        guard let regex = try? NSRegularExpression(pattern: pattern.0) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            func group(_ i: Int) -> Int? { Range(match.range(at: i), in: text).flatMap { Int(text[$0]) } }
            guard let range = Range(match.range, in: text), let y = group(pattern.1[0]), let m = group(pattern.1[1]),
                  let d = group(pattern.1[2]) else { return nil }
            return Found(range: range, year: y, month: m, day: d)
        }
    }

    private static func replace(_ pattern: (String, [Int]), in text: String, with make: (Found) -> String) -> String {
        var result = text
        for found in matches(of: pattern, in: text).reversed() { result.replaceSubrange(found.range, with: make(found)) }
        return result
    }
}

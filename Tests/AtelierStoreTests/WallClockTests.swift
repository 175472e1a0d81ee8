import Foundation
import Testing
@testable import AtelierStore

/// WallClock formats by arithmetic; Foundation's formatter is the reference it must agree with.
@Suite struct WallClockTests {
    @Test(arguments: ["UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns"])
    func agreesWithFoundationsFormatter(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        // Every 37 hours and 13 seconds over ten years, across daylight-saving changes and leap days.
        var t = 1_600_000_000.0
        while t < 1_915_000_000 {
            let date = Date(timeIntervalSince1970: t)
            #expect(WallClock.iso8601(date, timeZone: timeZone) == formatter.string(from: date))
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            #expect(WallClock.day(date, timeZone: timeZone).iso == String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0))
            t += 37 * 3600 + 13
        }
    }
}

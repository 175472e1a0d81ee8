import Foundation
import AtelierCore

extension JournalHeader {
    /// The header of a session starting now: a fresh random session id, the wall-clock start time
    /// (ISO 8601 with the UTC offset of `timeZone`) and the local calendar day for `today()`.
    public static func starting(workshop: Workshop, scriptBytes: [UInt8], client: String?,
                                atelierVersion: String, now: Date = Date(),
                                timeZone: TimeZone = .current) -> JournalHeader {
        JournalHeader(sessionID: UUID().uuidString.lowercased(), workshop: workshop, scriptBytes: scriptBytes,
                      client: client, startedAt: WallClock.iso8601(now, timeZone: timeZone),
                      startDay: WallClock.day(now, timeZone: timeZone), atelierVersion: atelierVersion)
    }
}

/// Wall-clock formatting for journals (the `at` of events, the header's start time).
public enum WallClock {
    /// `2026-11-24T09:02:11+01:00`.
    public static func iso8601(_ date: Date, timeZone: TimeZone = .current) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The calendar day `date` falls on in `timeZone`.
    public static func day(_ date: Date, timeZone: TimeZone = .current) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}

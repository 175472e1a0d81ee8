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

/// Wall-clock formatting for journals (the `at` of events, the header's start time). Plain
/// arithmetic rather than a date formatter: one is written for every event, and creating a
/// Foundation formatter costs milliseconds.
public enum WallClock {
    /// `2026-11-24T09:02:11+01:00` (`Z` for UTC).
    public static func iso8601(_ date: Date, timeZone: TimeZone = .current) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let local = Int((date.timeIntervalSince1970).rounded(.down)) + offset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        let day = Day(ordinal: days)
        let zone: String
        if offset == 0 {
            zone = "Z"
        } else {
            let minutes = abs(offset) / 60
            zone = (offset < 0 ? "-" : "+") + two(minutes / 60) + ":" + two(minutes % 60)
        }
        return "\(day.iso)T\(two(seconds / 3600)):\(two(seconds % 3600 / 60)):\(two(seconds % 60))\(zone)"
    }

    /// The calendar day `date` falls on in `timeZone`.
    public static func day(_ date: Date, timeZone: TimeZone = .current) -> Day {
        let local = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        return Day(ordinal: Int((local / 86_400).rounded(.down)))
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

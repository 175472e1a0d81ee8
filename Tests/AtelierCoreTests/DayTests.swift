import Testing
@testable import AtelierCore
@Test func valueRoundTrips() throws {
    #expect(Day(iso: "2027-02-29") == nil)
    #expect(Day(ordinal: Day(year: 2027, month: 3, day: 15).ordinal) == Day(year: 2027, month: 3, day: 15))
}

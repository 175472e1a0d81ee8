import PropertyBased
import Testing
@testable import AtelierCore

/// Dates as clients say them: with or without the year, in French and English, at day or month
/// precision; a date read back in words reads again as the same date.
@Suite struct DateParserTests {
    /// The flagship's test sessions start on the 24th of November 2026.
    static let session = DateContext(today: Day(year: 2026, month: 11, day: 24))

    static func day(_ iso: String) -> Value? { Day(iso: iso).map(Value.date) }
    static func month(_ year: Int, _ month: Int, _ part: MonthDate.Part? = nil) -> Value? {
        MonthDate(year: year, month: month, part: part).map(Value.month)
    }

    @Test(arguments: [
        ("le 13/10", "2027-10-13"), ("13/10", "2027-10-13"), ("10 octobre", "2027-10-10"), ("October 10", "2027-10-10"),
        ("le 1er décembre", "2026-12-01"), ("December 1st", "2026-12-01"), ("24/11", "2026-11-24"), ("23/11", "2027-11-23"),
        ("lundi 14 décembre", "2026-12-14"), ("13 oct. 2027", "2027-10-13"), ("October 13, 2027", "2027-10-13"),
        ("the 13th of October", "2027-10-13"), ("15/03/2027", "2027-03-15"), ("2027-03-15", "2027-03-15"), ("15.03.27", "2027-03-15"),
        ("29/02", "2028-02-29"),
    ])
    func daysWithAndWithoutTheirYear(_ said: String, _ iso: String) {
        #expect(DateParser.parse(said, context: Self.session) == Self.day(iso), "\(said)")
    }

    @Test func monthsStayMonths() {
        #expect(DateParser.parse("fin mars", context: Self.session) == Self.month(2027, 3, .end))
        #expect(DateParser.parse("début avril", context: Self.session) == Self.month(2027, 4, .start))
        #expect(DateParser.parse("mi-juin", context: Self.session) == Self.month(2027, 6, .middle))
        #expect(DateParser.parse("mi juin", context: Self.session) == Self.month(2027, 6, .middle))
        #expect(DateParser.parse("juin 2027", context: Self.session) == Self.month(2027, 6))
        #expect(DateParser.parse("March 2027", context: Self.session) == Self.month(2027, 3))
        #expect(DateParser.parse("end of March", context: Self.session) == Self.month(2027, 3, .end))
        #expect(DateParser.parse("early April 2028", context: Self.session) == Self.month(2028, 4, .start))
        #expect(DateParser.parse("fin d'avril", context: Self.session) == Self.month(2027, 4, .end))
        #expect(DateParser.parse("fin novembre", context: Self.session) == Self.month(2026, 11, .end))  // the 21st-30th: not over yet
        #expect(DateParser.parse("début novembre", context: Self.session) == Self.month(2027, 11, .start))  // already over this year
        #expect(DateParser.parse("03/2027", context: Self.session) == Self.month(2027, 3))
        #expect(DateParser.parse("2027-03", context: Self.session) == Self.month(2027, 3))
    }

    @Test func withinTheMissionWhenItsDatesAreKnown() {
        // A mission from September 2026 to June 2027, the workshop in November: "13/10" is last October.
        let mission = DateContext(today: Self.session.today, missionStart: Day(year: 2026, month: 9, day: 1)...Day(year: 2026, month: 9, day: 1),
                                  missionEnd: MonthDate(year: 2027, month: 6)?.days)
        #expect(DateParser.parse("13/10", context: mission) == Self.day("2026-10-13"))
        #expect(DateParser.parse("fin septembre", context: mission) == Self.month(2026, 9, .end))
        #expect(DateParser.parse("mi-mai", context: mission) == Self.month(2027, 5, .middle))
        // Outside the mission: the next occurrence from the session's day.
        #expect(DateParser.parse("13 août", context: mission) == Self.day("2027-08-13"))
    }

    @Test func whatIsNotADateIsRefused() {
        for said in ["demain", "13", "fin", "32/10", "13/13", "31/02/2027", "fin 13 mars", "mars mars", "2027", "on verra", "",
                     "13/10/20270", "le 13/10 ou le 14/10"] {
            #expect(DateParser.parse(said, context: Self.session) == nil, "\(said)")
        }
        // Without a session day, a date without its year cannot be placed.
        #expect(DateParser.parse("13/10", context: nil) == nil)
        #expect(DateParser.parse("fin mars", context: nil) == nil)
        #expect(DateParser.parse("fin mars 2027", context: nil) == Self.month(2027, 3, .end))
    }

    @Test func theAnswerParserReadsThemForADateField() {
        #expect(AnswerParser.parse("fin mars", as: .date, dates: Self.session) == .success(.month(MonthDate(year: 2027, month: 3, part: .end)!)))
        #expect(AnswerParser.parse("le 13/10", as: .list(.date), dates: Self.session) == .success(.list([.date(Day(year: 2027, month: 10, day: 13))])))
        #expect(AnswerParser.parse("bientôt", as: .date, dates: Self.session) == .failure(.notADate("bientôt")))
    }

    @Test func wordsInBothLanguages() {
        let october = Day(year: 2026, month: 10, day: 13)
        #expect(DateWords.day(october, .fr) == "13 octobre 2026")
        #expect(DateWords.day(october, .en) == "October 13, 2026")
        #expect(DateWords.day(Day(year: 2027, month: 3, day: 1), .fr) == "1er mars 2027")
        #expect(DateWords.month(MonthDate(year: 2027, month: 3, part: .end)!, .fr) == "fin mars 2027")
        #expect(DateWords.month(MonthDate(year: 2027, month: 6, part: .middle)!, .fr) == "mi-juin 2027")
        #expect(DateWords.month(MonthDate(year: 2027, month: 4, part: .start)!, .en) == "early April 2027")
        #expect(DateWords.month(MonthDate(year: 2027, month: 6)!, .en) == "June 2027")
    }

    // MARK: - Properties

    /// Any day, said with its year in either language's words or in digits, reads as that day.
    @Test func everyDayReadBackReadsAgainAsItself() async {
        await propertyCheck(count: 1_000, input: Gen.int(in: 1...4000), Gen.int(in: 1...12), Gen.int(in: 1...31)) { year, month, day in
            guard Day.isValid(year: year + 1000, month: month, day: day) else { return }
            let date = Day(year: year + 1000, month: month, day: day)
            for language in Language.allCases {
                #expect(DateParser.parse(DateWords.day(date, language), context: nil) == .date(date))
                #expect(DateParser.parse(ValueText.plain(.date(date), language), context: nil) == .date(date))
            }
        }
    }

    /// Any month or part of a month, read back in words, reads again as itself.
    @Test func everyMonthReadBackReadsAgainAsItself() async {
        await propertyCheck(count: 1_000, input: Gen.int(in: 1000...9999), Gen.int(in: 1...12), Gen.int(in: 0...3)) { year, month, part in
            let parts: [MonthDate.Part?] = [nil, .start, .middle, .end]
            guard let value = MonthDate(year: year, month: month, part: parts[part]) else { return }
            for language in Language.allCases {
                #expect(DateParser.parse(DateWords.month(value, language), context: nil) == .month(value))
            }
        }
    }

    /// After 2096 the next 29th of February is in 2104: 2100 is not a leap year.
    @Test func theTwentyNinthOfFebruaryAcrossACenturyThatIsNoLeapYear() {
        let context = DateContext(today: Day(year: 2096, month: 3, day: 1))
        #expect(DateParser.parse("29/02", context: context) == .date(Day(year: 2104, month: 2, day: 29)))
    }

    /// A day and month said without a year is that day and month, on or after the session's day,
    /// and no later than needed (within a year, or the next 29th of February).
    @Test func aDayWithoutItsYearIsItsNextOccurrence() async {
        await propertyCheck(count: 1_000, input: Gen.int(in: 0...40_000), Gen.int(in: 1...12), Gen.int(in: 1...31)) { offset, month, day in
            let today = Day(ordinal: Day(year: 2000, month: 1, day: 1).ordinal + offset)
            let said = "\(day)/\(month)"
            guard case .date(let found)? = DateParser.parse(said, context: DateContext(today: today)) else {
                #expect(!(2000...2200).contains { Day.isValid(year: $0, month: month, day: day) }, "\(said) refused")
                return
            }
            #expect(found.month == month && found.day == day)
            #expect(found >= today)
            let limit = month == 2 && day == 29 ? 366 * 8 : 366
            #expect(found.ordinal - today.ordinal < limit)
        }
    }

    /// A month said without its year has not ended on the session's day, and comes within a year.
    @Test func aMonthWithoutItsYearHasNotEndedYet() async {
        await propertyCheck(count: 1_000, input: Gen.int(in: 0...40_000), Gen.int(in: 1...12), Gen.int(in: 0...2)) { offset, month, part in
            let today = Day(ordinal: Day(year: 2000, month: 1, day: 1).ordinal + offset)
            let words = ["début", "mi-", "fin"][part] + (part == 1 ? "" : " ") + DateWords.monthName(month, .fr)
            guard case .month(let found)? = DateParser.parse(words, context: DateContext(today: today)) else {
                Issue.record("\(words) refused")
                return
            }
            #expect(found.month == month && found.part == [MonthDate.Part.start, .middle, .end][part])
            #expect(found.days.upperBound >= today)
            #expect(found.days.lowerBound.ordinal - today.ordinal < 366)
        }
    }

    /// Whatever is typed, the parser answers (a date or nothing) without crashing or hanging.
    @Test func anyTextIsReadOrRefusedNeverACrash() async {
        let pieces = ["13", "/", "10", " ", "fin", "mi-", "mars", "2027", "le", "of", "-", ".", "1er", "October", "é", "🙂", ",", "début"]
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...8)) { choices in
            let text = choices.map { pieces[$0] }.joined()
            if let value = DateParser.parse(text, context: Self.session) {
                switch value {
                case .date, .month: break
                default: Issue.record("\(text) gave \(value)")
                }
            }
        }
    }
}

import Testing
import Yams
@testable import AtelierCore

/// Scripts are composed without Yams' regular-expression resolver; `PlainScalarKind` must classify
/// plain scalars exactly as that resolver would (for null, booleans, integers and decimals).
@Suite struct PlainScalarKindTests {
    static func yams(_ s: String) -> PlainScalarKind {
        switch Node(s, Tag(.implicit), .plain).tag.rawValue {
        case Tag.Name.bool.rawValue: .bool
        case Tag.Name.int.rawValue: .int
        case Tag.Name.float.rawValue: .float
        case Tag.Name.null.rawValue: .null
        default: .other
        }
    }

    static let samples = [
        "", "~", "null", "Null", "NULL", "nul", "yes", "Yes", "YES", "yEs", "on", "Off", "y", "n", "true", "False",
        "0", "00", "07", "08", "0o17", "0o8", "0b101", "0b", "0b2", "0x1F", "0xg", "0x", "-0", "+12", "1_000", "12:30",
        "1:2:3", "1:60", "190:20:30", "12:3a", "1.5", ".5", "-.5", ".5e+3", ".5e3", "1e5", "1E-5", "1.", "1._5", "-1.5e",
        ".inf", "-.inf", "+.Inf", ".NaN", "-.nan", ".nan", "1:30.5", "1:30.", "2027-03-15", "30min", "2h", "1h30",
        "3,5", "12 mois", "0x_", "_1", "+", "-", ".", "e5", "1e", "0o", "0_7", "9:", ":5", "1__2", "0.0.0",
    ]

    @Test(arguments: samples)
    func classifiesLikeYamsDefaultResolver(sample: String) {
        #expect(PlainScalarKind(sample) == Self.yams(sample), "\(sample)")
    }

    @Test func classifiesLikeYamsOnGeneratedScalars() {
        let alphabet = Array("0125789_.:+-eEbxoaAfinNl~y")
        var state: UInt64 = 42
        for _ in 0..<3_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60) % 7
            var s = ""
            for k in 0..<length { s.append(alphabet[Int((state >> UInt64(8 + 7 * k)) & 0x7F) % alphabet.count]) }
            #expect(PlainScalarKind(s) == Self.yams(s), "\(s)")
        }
    }
}

import Testing
import Yams
@testable import AtelierCore

typealias SourceLocation = AtelierCore.SourceLocation

/// Expression errors are reported where the faulty character is written in the file.
struct ExpressionLocationTests {
    static func place(_ yaml: String, key: String, offset: Int) throws -> SourceLocation {
        let root = try #require(try Yams.compose(yaml: yaml))
        let node = try #require(root.mapping?[key])
        return ScriptReader(file: "s.yaml", source: yaml, language: .fr).location(in: node, offset: offset)
    }

    @Test func plainScalarColumnsAddTheOffset() throws {
        #expect(try Self.place("when: empty(x\n", key: "when", offset: 6) == SourceLocation(file: "s.yaml", line: 1, column: 13))
    }

    @Test func quotedScalarsSkipTheOpeningQuote() throws {
        #expect(try Self.place("ask: \"Pour {o.x} ?\"\n", key: "ask", offset: 6) == SourceLocation(file: "s.yaml", line: 1, column: 13))
        #expect(try Self.place("ask: 'Pour {o.x} ?'\n", key: "ask", offset: 6) == SourceLocation(file: "s.yaml", line: 1, column: 13))
    }

    @Test func literalBlockScalarsFindTheLineAndColumn() throws {
        let yaml = "rule:\n  x: 1\nwhen: |\n  not empty(a)\n    and empty(b\n"
        // "not empty(a)\n  and empty(b\n": offset 13 is the first space before `and` on line 5.
        #expect(try Self.place(yaml, key: "when", offset: 15) == SourceLocation(file: "s.yaml", line: 5, column: 5))
    }
}

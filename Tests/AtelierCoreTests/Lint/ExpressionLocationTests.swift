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

    @Test func escapesAndDoubledQuotesAreCountedAsTheyAreWritten() throws {
        // Decoded "l'objectif {o.x}": the `o` after the brace is character 12, written at column 20.
        #expect(try Self.place("ask: 'l''objectif {o.x}'\n", key: "ask", offset: 12) == SourceLocation(file: "s.yaml", line: 1, column: 20))
        // Decoded "é \"{o.x}": `\u00e9` takes six columns, `\"` two.
        #expect(try Self.place("ask: \"\\u00e9 \\\"{o.x}\"\n", key: "ask", offset: 4) == SourceLocation(file: "s.yaml", line: 1, column: 17))
    }

    @Test func aQuotedTextOnSeveralLinesFindsTheLine() throws {
        // Decoded "aaa bbb {x}": the line break is one space; `x` is on line 2, column 8.
        #expect(try Self.place("ask: \"aaa\n  bbb {x}\"\n", key: "ask", offset: 9) == SourceLocation(file: "s.yaml", line: 2, column: 8))
        #expect(try Self.place("when: empty(a) and\n  empty(b\n", key: "when", offset: 25) == SourceLocation(file: "s.yaml", line: 2, column: 10))
    }
}

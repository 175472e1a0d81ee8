/// A parsed pattern of `LinearRegex`.
indirect enum RegexNode: Sendable {
    case empty
    case scalar(Unicode.Scalar)
    case any
    case set(RegexSet)
    case assert(RegexAssertion)
    case concat([RegexNode])
    case alternation([RegexNode])
    case repetition(RegexNode, min: Int, max: Int?)

    /// A repetition of more than one time inside another one.
    func hasNestedRepeat(inside: Bool) -> Bool {
        switch self {
        case .empty, .scalar, .any, .set, .assert: return false
        case .concat(let nodes), .alternation(let nodes): return nodes.contains { $0.hasNestedRepeat(inside: inside) }
        case let .repetition(node, _, max):
            let repeats = max != 1
            if repeats && inside { return true }
            return node.hasNestedRepeat(inside: inside || repeats)
        }
    }
}

/// The parser of `LinearRegex` patterns (recursive descent over Unicode scalars).
struct RegexSyntax {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Case folding for matching: the lower-case form when it is one scalar.
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first ?? scalar : scalar
    }

    mutating func parseWhole() throws(LinearRegex.Problem) -> RegexNode {
        let node = try parseAlternation(depth: 0)
        guard index == scalars.count else { throw .syntax("unbalanced )") }
        return node
    }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func parseAlternation(depth: Int) throws(LinearRegex.Problem) -> RegexNode {
        guard depth < 100 else { throw .tooLarge }
        var branches = [try parseConcat(depth: depth)]
        while peek == "|" {
            index += 1
            branches.append(try parseConcat(depth: depth))
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseConcat(depth: Int) throws(LinearRegex.Problem) -> RegexNode {
        var nodes: [RegexNode] = []
        while let next = peek, next != "|", next != ")" {
            nodes.append(try parseRepetition(depth: depth))
        }
        return nodes.isEmpty ? .empty : nodes.count == 1 ? nodes[0] : .concat(nodes)
    }

    private mutating func parseRepetition(depth: Int) throws(LinearRegex.Problem) -> RegexNode {
        var node = try parseAtom(depth: depth)
        var quantified = false
        while let next = peek {
            let bounds: (Int, Int?)
            switch next {
            case "*": bounds = (0, nil); index += 1
            case "+": bounds = (1, nil); index += 1
            case "?": bounds = (0, 1); index += 1
            case "{":
                guard let counted = countedBounds() else { return node }
                bounds = counted
            default:
                return node
            }
            if quantified { throw .syntax("a quantifier follows another one") }
            quantified = true
            if case .assert = node { throw .syntax("nothing to repeat") }
            node = .repetition(node, min: bounds.0, max: bounds.1)
            if peek == "?" { index += 1 }  // lazy: the same texts match
            if peek == "+" { throw .unsupported(.possessiveQuantifiers) }
        }
        return node
    }

    /// `{n}`, `{n,}`, `{n,m}` at the current position (consumed), or nil (then `{` is a literal).
    private mutating func countedBounds() -> (Int, Int?)? {
        var cursor = index + 1
        func number() -> Int? {
            var digits = ""
            while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) { digits.unicodeScalars.append(scalars[cursor]); cursor += 1 }
            return digits.isEmpty ? nil : Int(digits.prefix(6))
        }
        guard let low = number() else { return nil }
        var high: Int? = low
        if cursor < scalars.count, scalars[cursor] == "," {
            cursor += 1
            high = number()
        }
        guard cursor < scalars.count, scalars[cursor] == "}" else { return nil }
        if let high, high < low { return nil }
        index = cursor + 1
        return (low, high)
    }

    private mutating func parseAtom(depth: Int) throws(LinearRegex.Problem) -> RegexNode {
        guard let next = peek else { throw .syntax("unexpected end") }
        index += 1
        switch next {
        case "(":
            if peek == "?" {
                index += 1
                switch peek {
                case ":": index += 1
                case "<" where index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic:
                    while let c = peek, c != ">" { index += 1 }
                    guard peek == ">" else { throw .syntax("unterminated group name") }
                    index += 1
                case "=", "!", "<": throw .unsupported(.lookArounds)
                case ">": throw .unsupported(.atomicGroups)
                default: throw .unsupported(.inlineOptions)
                }
            }
            let inner = try parseAlternation(depth: depth + 1)
            guard peek == ")" else { throw .syntax("missing )") }
            index += 1
            return inner
        case "[": return .set(try parseClass())
        case ".": return .any
        case "^": return .assert(.start)
        case "$": return .assert(.end)
        case "*", "+", "?": throw .syntax("nothing to repeat")
        case "\\": return try parseEscape()
        default: return .scalar(Self.folded(next))
        }
    }

    private mutating func parseEscape() throws(LinearRegex.Problem) -> RegexNode {
        guard let next = peek else { throw .syntax("trailing backslash") }
        index += 1
        switch next {
        case "d", "D", "w", "W", "s", "S":
            var set = RegexSet()
            set.named = [(Self.named(next), next.properties.isUppercase)]
            return .set(set)
        case "b": return .assert(.wordBoundary)
        case "B": return .assert(.notWordBoundary)
        case "A": return .assert(.start)
        case "z", "Z": return .assert(.end)
        case "1"..."9", "k": throw .unsupported(.backReferences)
        default: return .scalar(Self.folded(try literalEscape(next)))
        }
    }

    private static func named(_ letter: Unicode.Scalar) -> RegexSet.Named {
        switch letter {
        case "d", "D": .digit
        case "w", "W": .word
        default: .space
        }
    }

    /// The scalar an escape stands for (`\n`, `\u00E9`, `\.`); letters with no meaning are refused.
    private mutating func literalEscape(_ letter: Unicode.Scalar) throws(LinearRegex.Problem) -> Unicode.Scalar {
        switch letter {
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "f": return "\u{0C}"
        case "v": return "\u{0B}"
        case "e": return "\u{1B}"
        case "0": return "\u{0}"
        case "u", "x":
            let width = letter == "u" ? 4 : 2
            guard index + width <= scalars.count,
                  let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + width])), radix: 16),
                  let scalar = Unicode.Scalar(value) else { throw .syntax("bad \\\(letter) escape") }
            index += width
            return scalar
        default:
            if letter.properties.isAlphabetic || ("0"..."9").contains(letter) {
                throw .unsupported(.escape(letter))
            }
            return letter
        }
    }

    private mutating func parseClass() throws(LinearRegex.Problem) -> RegexSet {
        var set = RegexSet()
        if peek == "^" { set.negated = true; index += 1 }
        var first = true
        while true {
            guard let next = peek else { throw .syntax("missing ]") }
            if next == "]" && !first { index += 1; return set }
            first = false
            index += 1
            var low: Unicode.Scalar = next
            if next == "\\" {
                guard let letter = peek else { throw .syntax("trailing backslash") }
                index += 1
                if "dDwWsS".unicodeScalars.contains(letter) {
                    set.named.append((Self.named(letter), letter.properties.isUppercase))
                    continue
                }
                low = try literalEscape(letter)
            }
            var high = low
            if peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                index += 1
                guard var end = peek else { throw .syntax("missing ]") }
                index += 1
                if end == "\\" {
                    guard let letter = peek else { throw .syntax("trailing backslash") }
                    index += 1
                    end = try literalEscape(letter)
                }
                guard end.value >= low.value else { throw .syntax("range out of order") }
                high = end
            }
            set.ranges.append(low.value...high.value)
            if low == high { set.ranges.append(Self.folded(low).value...Self.folded(low).value) }
        }
    }
}

/// Turns a parsed pattern into the program `LinearRegex` runs.
struct RegexCompiler {
    var program: [RegexInstruction] = []

    private mutating func append(_ instruction: RegexInstruction) throws(LinearRegex.Problem) {
        guard program.count < LinearRegex.maximumSize else { throw .tooLarge }
        program.append(instruction)
    }

    mutating func emit(_ node: RegexNode) throws(LinearRegex.Problem) {
        switch node {
        case .empty: break
        case .scalar(let s): try append(.scalar(s))
        case .any: try append(.any)
        case .set(let s): try append(.set(s))
        case .assert(let a): try append(.assert(a))
        case .concat(let nodes): for n in nodes { try emit(n) }
        case .alternation(let branches):
            var exits: [Int] = []
            for (n, branch) in branches.enumerated() {
                guard n < branches.count - 1 else { try emit(branch); break }
                let split = program.count
                try append(.split(split + 1, -1))
                try emit(branch)
                exits.append(program.count)
                try append(.jump(-1))
                program[split] = .split(split + 1, program.count)
            }
            for exit in exits { program[exit] = .jump(program.count) }
        case let .repetition(inner, min, max):
            for _ in 0..<min { try emit(inner) }
            if let max {
                for _ in min..<Swift.max(min, max) {
                    let split = program.count
                    try append(.split(split + 1, -1))
                    try emit(inner)
                    program[split] = .split(split + 1, program.count)
                }
            } else {
                let split = program.count
                try append(.split(split + 1, -1))
                try emit(inner)
                try append(.jump(split))
                program[split] = .split(split + 1, program.count)
            }
        }
    }
}

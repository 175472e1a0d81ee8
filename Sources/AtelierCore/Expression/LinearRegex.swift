/// The regular expressions of `matches(x, "…")`, run in time linear in the text: a Thompson NFA
/// followed state set by state set (a Pike VM without captures), so no pattern — not even
/// `(a+)+$` on a 10 MB answer — can freeze a session. Matching ignores case, finds the pattern
/// anywhere in the text, and gives a yes or a no.
///
/// The syntax is the common core of regular expressions: literals, `.`, classes `[a-z]` `[^…]`,
/// `\d \w \s \D \W \S`, `\b \B`, anchors `^ $`, groups `( )` `(?: )` `(?<name> )`, alternation `|`,
/// quantifiers `* + ? {n} {n,} {n,m}` (lazy forms accepted: they match the same texts), escapes
/// `\n \t \r \uXXXX \xHH` and `\` before any other symbol. Back-references and look-arounds
/// cannot run in linear time: they are refused with a sentence, at lint.
struct LinearRegex: Sendable {
    /// Why a pattern is refused.
    public enum Problem: Error, Sendable, Hashable {
        case syntax(String)
        case unsupported(Feature)
        case tooLarge
    }

    /// What a pattern may not use: none of it runs in linear time, or it means nothing here.
    enum Feature: Sendable, Hashable {
        case backReferences, lookArounds, possessiveQuantifiers, atomicGroups, inlineOptions
        /// A backslash before a letter or digit with no meaning (`\q`).
        case escape(Unicode.Scalar)
    }

    let program: [Instruction]

    /// The largest compiled program accepted (counted repetitions unroll).
    static let maximumSize = 20_000

    init(_ pattern: String) throws(Problem) {
        var parser = RegexSyntax(Array(pattern.unicodeScalars))
        let tree = try parser.parseWhole()
        var compiler = RegexCompiler()
        try compiler.emit(tree)
        compiler.program.append(.match)
        program = compiler.program
    }

    /// True when the pattern matches somewhere in `text` (ignoring case).
    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars).map(RegexSyntax.folded)
        var current = StateSet(size: program.count)
        var next = StateSet(size: program.count)
        var stack: [Int] = []
        stack.reserveCapacity(program.count)
        for position in 0...scalars.count {
            // A new attempt starts at every position (the pattern is found anywhere).
            if add(0, at: position, scalars, to: &current, stack: &stack) { return true }
            guard position < scalars.count else { break }
            next.clear()
            let scalar = scalars[position]
            for pc in current.members {
                switch program[pc] {
                case .any where scalar != "\n", .scalar(scalar):
                    if add(pc + 1, at: position + 1, scalars, to: &next, stack: &stack) { return true }
                case .set(let set) where set.contains(scalar):
                    if add(pc + 1, at: position + 1, scalars, to: &next, stack: &stack) { return true }
                default:
                    break
                }
            }
            swap(&current, &next)
        }
        return false
    }

    /// Adds `pc` and everything reachable from it without reading (splits, jumps, assertions that
    /// hold at `position`); true when that reaches the end of the pattern.
    private func add(_ pc: Int, at position: Int, _ scalars: [Unicode.Scalar], to set: inout StateSet,
                     stack: inout [Int]) -> Bool {
        stack.removeAll(keepingCapacity: true)
        stack.append(pc)
        while let pc = stack.popLast() {
            guard set.insert(pc) else { continue }
            switch program[pc] {
            case .match: return true
            case .jump(let target): stack.append(target)
            case .split(let a, let b): stack.append(b); stack.append(a)
            case .assert(let assertion):
                if assertion.holds(at: position, in: scalars) { stack.append(pc + 1) }
            case .any, .scalar, .set: break
            }
        }
        return false
    }

    /// True when the pattern repeats something that itself repeats (`(a+)+`, `(\w*)*`): harmless
    /// here, but such a pattern freezes other regular-expression engines; lint says so.
    static func hasNestedQuantifier(_ pattern: String) -> Bool {
        var parser = RegexSyntax(Array(pattern.unicodeScalars))
        guard let tree = try? parser.parseWhole() else { return false }
        return tree.hasNestedRepeat(inside: false)
    }
}

enum RegexInstruction: Sendable, Hashable {
    case scalar(Unicode.Scalar)
    case any
    case set(RegexSet)
    case split(Int, Int)
    case jump(Int)
    case assert(RegexAssertion)
    case match
}

extension LinearRegex { typealias Instruction = RegexInstruction }

enum RegexAssertion: Sendable, Hashable {
    case start, end, wordBoundary, notWordBoundary

    func holds(at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        switch self {
        case .start: return position == 0
        case .end: return position == scalars.count || (position == scalars.count - 1 && scalars[position] == "\n")
        case .wordBoundary, .notWordBoundary:
            let before = position > 0 && RegexSet.isWord(scalars[position - 1])
            let after = position < scalars.count && RegexSet.isWord(scalars[position])
            return (before != after) == (self == .wordBoundary)
        }
    }
}

/// The states reached, in the order they were added, each at most once.
struct StateSet {
    private var present: [Bool]
    private(set) var members: [Int] = []

    init(size: Int) { present = Array(repeating: false, count: size) }

    mutating func insert(_ pc: Int) -> Bool {
        guard !present[pc] else { return false }
        present[pc] = true
        members.append(pc)
        return true
    }

    mutating func clear() {
        for pc in members { present[pc] = false }
        members.removeAll(keepingCapacity: true)
    }
}

/// A character class: ranges and named classes, possibly negated. Scalars are compared folded.
struct RegexSet: Sendable, Hashable {
    enum Named: Sendable, Hashable { case digit, word, space }
    var ranges: [ClosedRange<UInt32>] = []
    var named: [(Named, Bool)] = []
    var negated = false

    static func == (a: RegexSet, b: RegexSet) -> Bool {
        a.ranges == b.ranges && a.negated == b.negated && a.named.map(\.0) == b.named.map(\.0) && a.named.map(\.1) == b.named.map(\.1)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(ranges); hasher.combine(negated) }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        var found = ranges.contains { $0.contains(scalar.value) }
        if !found {
            // The text is folded to lower case; a range written in capitals still matches it.
            let upper = scalar.properties.uppercaseMapping.unicodeScalars
            if upper.count == 1, let u = upper.first { found = ranges.contains { $0.contains(u.value) } }
        }
        if !found {
            found = named.contains { kind, inverted in Self.isNamed(kind, scalar) != inverted }
        }
        return found != negated
    }

    static func isNamed(_ kind: Named, _ scalar: Unicode.Scalar) -> Bool {
        switch kind {
        case .digit: return scalar.properties.numericType == .decimal
        case .word: return isWord(scalar)
        case .space: return scalar.properties.isWhitespace
        }
    }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
            || scalar.properties.generalCategory == .nonspacingMark
    }
}

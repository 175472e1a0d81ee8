import Yams

/// Walks the YAML nodes of one workshop script, builds the model and collects every problem.
final class ScriptReader {
    let file: String
    /// The script's lines, to place errors inside block scalars.
    let lines: [Substring]
    var language: Language
    /// False when `charter:` is missing or unreadable: references to fields are then not checked,
    /// rather than reported one by one.
    var charterLoaded = true
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, source: String, language: Language) {
        self.file = file
        self.lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        self.language = language
    }

    var hasErrors: Bool { diagnostics.hasErrors }

    func location(_ mark: Mark?) -> SourceLocation? {
        mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    func report(_ problem: ScriptProblem, at mark: Mark?, severity: Diagnostic.Severity = .error) {
        report(problem, at: location(mark) ?? SourceLocation(file: file, line: 1, column: 1), severity: severity)
    }

    func report(_ problem: ScriptProblem, at location: SourceLocation, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(severity, problem.message(language), at: location))
    }

    func add(_ diagnostics: [Diagnostic]) {
        self.diagnostics += diagnostics
    }
}

/// The entries of one YAML mapping, by key, with their places.
struct Entries {
    let mark: Mark?
    private let pairs: [(key: String, keyNode: Node, value: Node)]

    init(mark: Mark?, pairs: [(key: String, keyNode: Node, value: Node)]) {
        self.mark = mark
        self.pairs = pairs
    }

    subscript(key: String) -> Node? { pairs.first { $0.key == key }?.value }
    func keyMark(_ key: String) -> Mark? { pairs.first { $0.key == key }?.keyNode.mark }
    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }
    var keys: [String] { pairs.map(\.key) }
    var all: [(key: String, keyNode: Node, value: Node)] { pairs }
}

/// Keys the loader renamed to survive a duplicate-key error; they are skipped.
let duplicateKeyPlaceholder = "__atelier_duplicate_"

extension ScriptReader {
    /// The kind of value a node holds, for "expected …, not …".
    func kind(of node: Node) -> ValueKind {
        switch node {
        case .mapping: return .mapping
        case .sequence: return .list
        case .alias: return .text
        case .scalar(let scalar):
            if scalar.style == .plain {
                let tag = node.tag.rawValue
                if tag == Tag.Name.str.rawValue {
                    switch PlainScalarKind(scalar.string) {
                    case .null: return .nothing
                    case .int, .float: return .number
                    case .bool: return .yesNo
                    case .other: return .text
                    }
                }
                if tag == Tag.Name.null.rawValue { return .nothing }
                if tag == Tag.Name.int.rawValue || tag == Tag.Name.float.rawValue { return .number }
                if tag == Tag.Name.bool.rawValue { return .yesNo }
            }
            return .text
        }
    }

    /// The mapping's entries, reporting unknown keys (with a "did you mean" among `allowed`).
    /// Nil, with an error, when the node is not a mapping.
    func entries(of node: Node, key: String, place: ScriptPlace, allowed: [String]) -> Entries? {
        guard case .mapping(let mapping) = node else {
            report(.wrongType(key: key, expected: .mapping, found: kind(of: node)), at: node.mark)
            return nil
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                report(.wrongType(key: key, expected: .text, found: kind(of: keyNode)), at: keyNode.mark)
                continue
            }
            let name = scalar.string
            if name.hasPrefix(duplicateKeyPlaceholder) { continue }
            if !allowed.isEmpty, !allowed.contains(name) {
                report(.unknownKey(name, in: place, suggestion: Suggestion.closest(to: name, among: allowed)), at: keyNode.mark)
                continue
            }
            pairs.append((name, keyNode, value))
        }
        return Entries(mark: mapping.mark, pairs: pairs)
    }

    /// The value of a required key, or nil with a "missing key" error at the mapping.
    func required(_ key: String, in entries: Entries, place: ScriptPlace) -> Node? {
        guard let node = entries[key], kind(of: node) != .nothing else {
            report(.missingKey(key, in: place), at: entries.keyMark(key) ?? entries.mark)
            return nil
        }
        return node
    }

    /// A scalar as text; nil (with an error) for a list or a mapping, nil silently for `null`.
    func text(_ node: Node?, key: String) -> String? {
        guard let node else { return nil }
        switch kind(of: node) {
        case .nothing: return nil
        case .list, .mapping:
            report(.wrongType(key: key, expected: .text, found: kind(of: node)), at: node.mark)
            return nil
        default:
            return node.scalar?.string
        }
    }

    /// A required, non-empty text.
    func requiredText(_ key: String, in entries: Entries, place: ScriptPlace) -> String? {
        guard let node = required(key, in: entries, place: place), let value = text(node, key: key) else { return nil }
        if value.allSatisfy(\.isWhitespace) {
            report(.emptyValue(key: key), at: node.mark)
            return nil
        }
        return value
    }

    func bool(_ node: Node?, key: String) -> Bool? {
        guard let node else { return nil }
        if kind(of: node) == .yesNo, let value = node.bool ?? node.scalar.flatMap({ PlainScalarKind.boolValue($0.string) }) { return value }
        report(.wrongType(key: key, expected: .yesNo, found: kind(of: node)), at: node.mark)
        return nil
    }

    /// The items of a list; nil (with an error) for anything else.
    func sequence(_ node: Node?, key: String) -> [Node]? {
        guard let node else { return nil }
        guard case .sequence(let items) = node else {
            report(.wrongType(key: key, expected: .list, found: kind(of: node)), at: node.mark)
            return nil
        }
        return Array(items)
    }

    /// A list of texts (a single text counts as a list of one when `acceptSingle`).
    func textList(_ node: Node?, key: String, acceptSingle: Bool = false) -> [(text: String, node: Node)]? {
        guard let node else { return nil }
        if acceptSingle, case .scalar = node, let value = text(node, key: key) { return [(value, node)] }
        guard case .sequence(let items) = node else {
            report(.wrongType(key: key, expected: .textList, found: kind(of: node)), at: node.mark)
            return nil
        }
        var result: [(text: String, node: Node)] = []
        for item in items {
            guard case .scalar = item, let value = item.scalar?.string, kind(of: item) != .nothing else {
                report(.wrongType(key: key, expected: .textList, found: kind(of: item)), at: item.mark)
                continue
            }
            result.append((value, item))
        }
        return result
    }

    /// A duration in minutes (`120`, `"2h"`, `"25 min"`).
    func duration(_ node: Node?, key: String) -> Int? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            report(.wrongType(key: key, expected: .number, found: kind(of: node)), at: node.mark)
            return nil
        }
        guard let minutes = DurationSyntax.minutes(scalar.string) else {
            report(.invalidDuration(scalar.string), at: node.mark)
            return nil
        }
        return minutes
    }

    /// Checks an id's spelling; field ids must also be usable in expressions.
    func checkID(_ id: String, at node: Node?, isField: Bool = false) {
        if isField {
            let valid = id.first?.isLetter == true && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            if !valid { report(.invalidFieldID(id), at: node?.mark) }
        } else if !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) {
            report(.invalidID(id), at: node?.mark)
        }
    }
}

/// The ids already declared in one scope, with their lines, to report duplicates.
struct IDRegistry {
    private var lines: [String: Int] = [:]

    /// Records `id`; returns the line of the earlier declaration when it is a duplicate.
    mutating func register(_ id: String, line: Int) -> Int? {
        if let first = lines[id] { return first }
        lines[id] = line
        return nil
    }
}

extension ScriptReader {
    /// Registers an id and reports a duplicate.
    func register(_ id: String, kind: IDKind, at node: Node?, in registry: inout IDRegistry) {
        if let first = registry.register(id, line: node?.mark?.line ?? 0) {
            report(.duplicateID(kind, id, firstLine: first), at: node?.mark)
        }
    }
}

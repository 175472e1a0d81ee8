/// Checks that a charter template only uses variables the exporters provide.
///
/// The context mirrors what the exporters render: top-level keys (`workshop`, `sections`,
/// `charter`…), each section's keys, each field's keys, and under `charter` one key per top-level
/// field (records as lists of their fields). Where the shape is not known for sure, nothing is flagged.
public enum TemplateChecker {
    public indirect enum Shape: Sendable {
        case object([String: Shape])
        case list(Shape)
        case scalar
        case unknown
    }

    static func context(for charter: CharterModel) -> Shape {
        let field = Shape.object(Dictionary(uniqueKeysWithValues: ["id", "label", "value", "items", "rows", "columns", "empty"]
            .map { ($0, Shape.unknown) }))
        let section = Shape.object(["id": .scalar, "title": .scalar, "fields": .list(field), "readiness": .unknown,
                                    "locked": .scalar])
        var top: [String: Shape] = [:]
        for key in ["workshop", "client", "date", "readiness", "decisions", "open_questions", "open_gaps", "annex", "people"] {
            top[key] = .unknown
        }
        top["sections"] = .list(section)
        top["charter"] = .object(Dictionary(charter.allFields.map { ($0.id, shape(of: $0.type)) }, uniquingKeysWith: { a, _ in a }))
        return .object(top)
    }

    private static func shape(of type: FieldType) -> Shape {
        switch type {
        case .records(let record):
            .list(.object(Dictionary(record.fields.map { ($0.id, shape(of: $0.type)) }, uniquingKeysWith: { a, _ in a })))
        case .list: .list(.scalar)
        default: .scalar
        }
    }

    /// The unknown names of `template`, with their place in it and a suggestion.
    public static func unknownNames(in template: String, context: Shape) -> [(name: String, line: Int, column: Int, suggestion: String?)] {
        var stack: [(name: String, shape: Shape)] = [("", context)]
        var problems: [(name: String, line: Int, column: Int, suggestion: String?)] = []
        for tag in MustacheScanner.tags(in: template) {
            switch tag.kind {
            case .end:
                if stack.count > 1, stack.last?.name == tag.name { stack.removeLast() }
                continue
            case .unterminated:
                continue
            case .variable, .section, .inverted:
                break
            }
            let resolved = resolve(tag.name, in: stack)
            if case .unknownName(let suggestion) = resolved {
                problems.append((tag.name, tag.line, tag.column, suggestion))
            }
            switch (tag.kind, resolved) {
            case (.section, .found(let shape)):
                if case .list(let item) = shape { stack.append((tag.name, item)) } else { stack.append((tag.name, shape)) }
            case (.section, _), (.inverted, _):
                stack.append((tag.name, tag.kind == .inverted ? .scalar : .unknown))
            default:
                break
            }
        }
        return problems
    }

    private enum Resolution {
        case found(Shape)
        case unsure
        case unknownName(suggestion: String?)
    }

    /// Looks a dotted name up the context stack, as Mustache does.
    private static func resolve(_ name: String, in stack: [(name: String, shape: Shape)]) -> Resolution {
        if name == "." { return .unsure }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let head = parts.first else { return .unsure }
        var current: Shape?
        var candidates: [String] = []
        for frame in stack.reversed() {
            switch frame.shape {
            case .object(let keys):
                if let shape = keys[head] { current = shape } else { candidates += keys.keys }
            case .unknown:
                return .unsure
            case .list, .scalar:
                continue
            }
            if current != nil { break }
        }
        guard var shape = current else {
            return .unknownName(suggestion: Suggestion.closest(to: head, among: candidates.sorted()))
        }
        for (index, part) in parts.enumerated().dropFirst() {
            switch shape {
            case .object(let keys):
                guard let next = keys[part] else {
                    let prefix = parts[..<index].joined(separator: ".")
                    return .unknownName(suggestion: Suggestion.closest(to: part, among: keys.keys.sorted()).map { "\(prefix).\($0)" })
                }
                shape = next
            case .scalar:
                return .unknownName(suggestion: nil)
            case .list, .unknown:
                return .unsure
            }
        }
        return .found(shape)
    }
}

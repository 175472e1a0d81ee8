import Yams

/// Composes a script's YAML into nodes, turning libYAML errors into diagnostics.
///
/// Yams rejects a mapping with a duplicate key as a whole; to keep reporting the other problems,
/// the composer renames the repeated key in its copy of the text and composes again.
enum ScriptComposer {
    /// A line and column, 1-based (Yams' `Mark` cannot be built outside Yams).
    struct Position: Hashable {
        var line: Int
        var column: Int

        init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        init(_ mark: Mark) {
            self.init(line: mark.line, column: mark.column)
        }
    }

    struct Result {
        var root: Node?
        var problems: [(problem: ScriptProblem, position: Position?)]
    }

    static func compose(_ source: String) -> Result {
        var text = source
        var problems: [(problem: ScriptProblem, position: Position?)] = []
        for attempt in 0..<50 {
            do {
                return Result(root: try Yams.compose(yaml: text, .basic), problems: problems)
            } catch let error as YamlError {
                if case .duplicatedKeysInMapping(let keys, let context) = error, let key = keys.first,
                   let (renamed, position) = renameDuplicate(key, after: context.mark, in: text, attempt: attempt) {
                    problems.append((.duplicateKey(key), position))
                    text = renamed
                    continue
                }
                problems.append(problem(for: error, in: text))
                return Result(root: nil, problems: problems)
            } catch {
                problems.append((.yamlSyntax(String(describing: error)), nil))
                return Result(root: nil, problems: problems)
            }
        }
        return Result(root: nil, problems: problems)
    }

    private static func problem(for error: YamlError, in text: String) -> (problem: ScriptProblem, position: Position?) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            if isTab(at: mark, in: text) || tabIndents(line: mark.line, in: text) {
                return (.tabIndentation, tabPosition(near: mark, in: text))
            }
            return (.yamlSyntax(problem), Position(mark))
        case .duplicatedKeysInMapping(let keys, let context):
            return (.duplicateKey(keys.first ?? "?"), Position(context.mark))
        case .reader(_, _, let value, _):
            // libYAML refuses control characters; say which one, and where.
            guard value >= 0, let scalar = Unicode.Scalar(UInt32(value)),
                  let position = position(of: scalar, in: text) else { return (.unreadableText, nil) }
            return (.controlCharacter(scalar.value), position)
        default:
            return (.yamlSyntax(String(describing: error)), nil)
        }
    }

    /// Line and column (1-based, in characters) of the first `scalar` in `text`.
    private static func position(of scalar: Unicode.Scalar, in text: String) -> Position? {
        var line = 1, column = 1
        for character in text.unicodeScalars {
            if character == scalar { return Position(line: line, column: column) }
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    /// The renamed text and the place of the second occurrence of `key` in the mapping whose
    /// first occurrence of it is at `first`.
    private static func renameDuplicate(_ key: String, after first: Mark, in text: String,
                                        attempt: Int) -> (String, Position)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let placeholder = "\(duplicateKeyPlaceholder)\(attempt)"
        // A flow mapping: the repeat is on the same line.
        let firstLine = Array(lines[first.line - 1].unicodeScalars)
        var column = first.column - 1 + key.unicodeScalars.count
        while column < firstLine.count {
            if keyStarts(key, at: column, in: firstLine), column > 0,
               [",", "{", " "].contains(firstLine[column - 1]) {
                lines[first.line - 1] = replace(in: firstLine, at: column, length: key.unicodeScalars.count, with: placeholder)
                return (lines.joined(separator: "\n"), Position(line: first.line, column: column + 1))
            }
            column += 1
        }
        // A block mapping: the repeat starts a later line at the same column.
        for index in first.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            let indent = first.column - 1
            guard scalars.count > indent else { continue }
            let before = scalars[..<indent]
            if keyStarts(key, at: indent, in: scalars), before.allSatisfy({ $0 == " " || $0 == "-" }) {
                lines[index] = replace(in: scalars, at: indent, length: key.unicodeScalars.count, with: placeholder)
                return (lines.joined(separator: "\n"), Position(line: index + 1, column: first.column))
            }
            let indentation = scalars.prefix { $0 == " " }.count
            if indentation < indent, indentation < scalars.count, scalars[indentation] != "#" { break }
        }
        return nil
    }

    private static func keyStarts(_ key: String, at column: Int, in line: [Unicode.Scalar]) -> Bool {
        let keyScalars = Array(key.unicodeScalars)
        guard column + keyScalars.count <= line.count, Array(line[column..<column + keyScalars.count]) == keyScalars else {
            return false
        }
        var next = column + keyScalars.count
        while next < line.count, line[next] == " " { next += 1 }
        return next < line.count && line[next] == ":"
    }

    private static func replace(in line: [Unicode.Scalar], at column: Int, length: Int, with text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: line[..<column])
        view.append(contentsOf: text.unicodeScalars)
        view.append(contentsOf: line[(column + length)...])
        return String(view)
    }

    private static func line(_ number: Int, of text: String) -> [Unicode.Scalar]? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard number >= 1, number <= lines.count else { return nil }
        return Array(lines[number - 1].unicodeScalars)
    }

    private static func isTab(at mark: Mark, in text: String) -> Bool {
        guard let scalars = line(mark.line, of: text), mark.column >= 1, mark.column <= scalars.count else { return false }
        return scalars[mark.column - 1] == "\t"
    }

    private static func tabIndents(line number: Int, in text: String) -> Bool {
        guard let scalars = line(number, of: text) else { return false }
        return scalars.prefix { $0 == " " || $0 == "\t" }.contains("\t")
    }

    /// The tab that breaks the indentation: on the error's line, or the line before it.
    private static func tabPosition(near mark: Mark, in text: String) -> Position {
        for number in [mark.line, mark.line - 1] {
            guard let scalars = line(number, of: text) else { continue }
            let indentation = scalars.prefix { $0 == " " || $0 == "\t" }
            if let tab = indentation.firstIndex(of: "\t") { return Position(line: number, column: tab + 1) }
        }
        return Position(mark)
    }
}

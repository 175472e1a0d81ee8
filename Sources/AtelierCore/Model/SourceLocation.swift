/// A place in a file: `file`, `file:line` or `file:line:column`, 1-based, columns counted in
/// Unicode scalars (as libYAML counts them).
///
/// Locations travel from the YAML loader through the compiled script, so a rule that misbehaves at
/// run time can still say where it was written. A problem with a whole file (missing, unreadable)
/// has no line; a journal line has no column.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The file name as the user gave it (or a label such as `<stdin>`).
    public var file: String
    /// Line number, starting at 1; nil for the whole file.
    public var line: Int?
    /// Column number, starting at 1, counted in Unicode scalars; nil for a whole line.
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = line == nil ? nil : column
    }

    /// The location `offset` characters further on the same line.
    func advanced(by offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column.map { $0 + offset })
    }

    /// `file:line:column`, `file:line` or `file`.
    public var description: String {
        [file, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }
}

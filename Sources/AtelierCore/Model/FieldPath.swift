/// Where a value lives in the charter: `objectifs[r3].indicateurs[r7].cible`.
///
/// Record components name records by their stable id, so a path stays valid when items before it
/// are added or removed. Users type paths with 1-based positions (`objectifs[2].intitule`);
/// `Charter.resolve(userPath:)` turns those into ids.
public struct FieldPath: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public enum Component: Sendable, Hashable {
        case field(String)
        /// A record of the list named by the previous component, by id.
        case record(String)
        /// An item of a list of scalar values, by position from 0.
        case item(Int)
    }

    public var components: [Component]

    public init(_ components: [Component]) {
        self.components = components
    }

    /// A top-level field.
    public init(field: String) {
        self.components = [.field(field)]
    }

    public func appending(field: String) -> FieldPath { FieldPath(components + [.field(field)]) }
    public func appending(record id: String) -> FieldPath { FieldPath(components + [.record(id)]) }
    public func appending(item index: Int) -> FieldPath { FieldPath(components + [.item(index)]) }

    /// The top-level field this path starts from.
    var rootField: String? {
        if case .field(let f)? = components.first { return f }
        return nil
    }

    /// The last field id of the path (the field being set).
    var lastField: String? {
        for c in components.reversed() { if case .field(let f) = c { return f } }
        return nil
    }

    public var description: String {
        var out = ""
        for c in components {
            switch c {
            case .field(let f): out += out.isEmpty ? f : ".\(f)"
            case .record(let id): out += "[\(id)]"
            case .item(let i): out += "[#\(i)]"
            }
        }
        return out
    }

    /// Parses the textual form (`a[r1].b`); nil when malformed.
    public init?(parsing text: String) {
        guard let path = text.utf8.allSatisfy({ $0 < 0x80 }) ? Self.parseASCII(text) : Self.parseCharacters(text) else { return nil }
        self = path
    }

    /// `init(parsing:)` character by character (any text).
    static func parseCharacters(_ text: String) -> FieldPath? {
        var comps: [Component] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else { return nil }
                let id = rest[rest.index(after: rest.startIndex)..<close]
                guard !id.isEmpty, case .field? = comps.last else { return nil }
                if id.first == "#" {
                    guard let i = Int(id.dropFirst()), i >= 0 else { return nil }
                    comps.append(.item(i))
                } else {
                    comps.append(.record(String(id)))
                }
                rest = rest[rest.index(after: close)...]
            } else {
                if rest.first == "." {
                    guard !comps.isEmpty else { return nil }
                    rest = rest.dropFirst()
                }
                let end = rest.firstIndex(where: { $0 == "." || $0 == "[" }) ?? rest.endIndex
                let name = rest[..<end]
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
                comps.append(.field(String(name)))
                rest = rest[end...]
            }
        }
        return comps.isEmpty ? nil : FieldPath(comps)
    }

    /// `init(parsing:)` for a text of ASCII characters only (an edit names one at every event),
    /// byte by byte: the same grammar, without walking grapheme clusters.
    static func parseASCII(_ text: String) -> FieldPath? {
        let bytes = Array(text.utf8)
        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D
        }
        var comps: [Component] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "[") {
                guard let close = bytes[i...].firstIndex(of: UInt8(ascii: "]")), close > i + 1, case .field? = comps.last else { return nil }
                let id = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
                if id.first == "#" {
                    guard let n = Int(id.dropFirst()), n >= 0 else { return nil }
                    comps.append(.item(n))
                } else {
                    comps.append(.record(id))
                }
                i = close + 1
            } else {
                if bytes[i] == UInt8(ascii: ".") {
                    guard !comps.isEmpty else { return nil }
                    i += 1
                }
                let end = bytes[i...].firstIndex { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "[") } ?? bytes.count
                guard end > i, bytes[i..<end].allSatisfy(isNameByte) else { return nil }
                comps.append(.field(String(decoding: bytes[i..<end], as: UTF8.self)))
                i = end
            }
        }
        return comps.isEmpty ? nil : FieldPath(comps)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let path = FieldPath(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a field path: \(text)"))
        }
        self = path
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    public static func < (lhs: FieldPath, rhs: FieldPath) -> Bool { lhs.description < rhs.description }
}

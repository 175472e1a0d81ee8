/// A JSON value with the line and column where each value starts, for a returned pre-read file:
/// every problem in it is named where it is (`answers.json:12:17: error: …`), never as
/// "the data couldn't be read". Parsing never recurses deeper than `maximumDepth`, so no file can
/// exhaust the stack.
indirect enum LocatedJSON: Sendable {
    case object([(key: String, keyAt: JSONPosition, value: LocatedJSON)], at: JSONPosition)
    case array([LocatedJSON], at: JSONPosition)
    case string(String, at: JSONPosition)
    case number(Double, at: JSONPosition)
    case bool(Bool, at: JSONPosition)
    case null(at: JSONPosition)

    var position: JSONPosition {
        switch self {
        case .object(_, let at), .array(_, let at), .string(_, let at), .number(_, let at), .bool(_, let at), .null(let at): at
        }
    }

    /// The value of `key` in an object.
    subscript(key: String) -> LocatedJSON? {
        guard case .object(let members, _) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    static let maximumDepth = 32
}

/// Line and column, both from 1; the column counts Unicode scalars, as an editor does.
struct JSONPosition: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// Why bytes are not JSON, and where.
struct JSONSyntaxError: Error, Sendable, Hashable {
    enum Reason: Sendable, Hashable {
        /// The text stops before the value is complete (a file cut short).
        case endOfFile
        /// A character that cannot come here.
        case unexpected(Character)
        /// A string with a raw control character or a bad escape.
        case badString
        /// A number JSON does not allow, or one out of range.
        case badNumber
        /// Nested deeper than any questionnaire writes.
        case tooDeep
        /// Something follows the value.
        case trailing
        /// The same key twice in one object.
        case duplicateKey(String)
    }

    var reason: Reason
    var position: JSONPosition
}

/// A strict JSON reader (RFC 8259) over UTF-8 bytes that keeps positions.
struct LocatedJSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
    }

    static func parse(_ bytes: [UInt8]) -> Result<LocatedJSON, JSONSyntaxError> {
        var parser = LocatedJSONParser(bytes)
        do {
            let value = try parser.value(depth: 0)
            parser.skipSpace()
            if parser.index < parser.bytes.count { throw parser.error(.trailing) }
            return .success(value)
        } catch let error as JSONSyntaxError {
            return .failure(error)
        } catch {
            return .failure(JSONSyntaxError(reason: .badString, position: JSONPosition(line: 1, column: 1)))
        }
    }

    private var position: JSONPosition {
        // Columns count scalars: every byte that does not continue a UTF-8 sequence.
        var column = 1
        var i = lineStart
        while i < index && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return JSONPosition(line: line, column: column)
    }

    private func error(_ reason: JSONSyntaxError.Reason) -> JSONSyntaxError { JSONSyntaxError(reason: reason, position: position) }

    private func unexpectedHere() -> JSONSyntaxError {
        guard index < bytes.count else { return error(.endOfFile) }
        var end = index + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: bytes[index..<end], as: UTF8.self).first ?? "?"
        return error(.unexpected(character))
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws -> LocatedJSON {
        skipSpace()
        guard index < bytes.count else { throw error(.endOfFile) }
        let at = position
        switch bytes[index] {
        case UInt8(ascii: "{"):
            guard depth < LocatedJSON.maximumDepth else { throw error(.tooDeep) }
            return try object(at: at, depth: depth)
        case UInt8(ascii: "["):
            guard depth < LocatedJSON.maximumDepth else { throw error(.tooDeep) }
            return try array(at: at, depth: depth)
        case UInt8(ascii: "\""): return .string(try string(), at: at)
        case UInt8(ascii: "t"): try literal("true"); return .bool(true, at: at)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false, at: at)
        case UInt8(ascii: "n"): try literal("null"); return .null(at: at)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number(), at: at)
        default: throw unexpectedHere()
        }
    }

    private mutating func literal(_ word: String) throws {
        for byte in word.utf8 {
            guard index < bytes.count else { throw error(.endOfFile) }
            guard bytes[index] == byte else { throw unexpectedHere() }
            index += 1
        }
    }

    private mutating func object(at: JSONPosition, depth: Int) throws -> LocatedJSON {
        index += 1
        var members: [(key: String, keyAt: JSONPosition, value: LocatedJSON)] = []
        var seen = Set<String>()
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members, at: at)
        }
        while true {
            skipSpace()
            guard index < bytes.count else { throw error(.endOfFile) }
            guard bytes[index] == UInt8(ascii: "\"") else { throw unexpectedHere() }
            let keyAt = position
            let key = try string()
            guard seen.insert(key).inserted else { throw JSONSyntaxError(reason: .duplicateKey(key), position: keyAt) }
            skipSpace()
            guard index < bytes.count else { throw error(.endOfFile) }
            guard bytes[index] == UInt8(ascii: ":") else { throw unexpectedHere() }
            index += 1
            members.append((key, keyAt, try value(depth: depth + 1)))
            skipSpace()
            guard index < bytes.count else { throw error(.endOfFile) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members, at: at) }
            throw unexpectedHere()
        }
    }

    private mutating func array(at: JSONPosition, depth: Int) throws -> LocatedJSON {
        index += 1
        var items: [LocatedJSON] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items, at: at)
        }
        while true {
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard index < bytes.count else { throw error(.endOfFile) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items, at: at) }
            throw unexpectedHere()
        }
    }

    private mutating func string() throws -> String {
        index += 1
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error(.endOfFile) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: out, as: UTF8.self) else { throw error(.badString) }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error(.endOfFile) }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error(.badString)
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error(.badString) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw error(.badString) }
                    out += Array(String(Character(unicode)).utf8)
                default:
                    index -= 1
                    throw error(.badString)
                }
            case 0x00..<0x20:
                throw error(.badString)
            default:
                out.append(byte)
                index += 1
            }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error(.endOfFile) }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error(.badString)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func number() throws -> Double {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { throw error(.endOfFile) }
        let leadingZero = bytes[index] == UInt8(ascii: "0")
        let integer = digits()
        guard integer > 0, !(leadingZero && integer > 1) else { index = start; throw error(.badNumber) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { index = start; throw error(.badNumber) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { index = start; throw error(.badNumber) }
        }
        guard index - start <= 64, let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value.isFinite else {
            index = start
            throw error(.badNumber)
        }
        return value
    }
}

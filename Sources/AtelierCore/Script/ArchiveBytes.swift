/// The bytes of an archive being written: unsigned and signed variable-length integers, texts
/// (length, then UTF-8), doubles (their bits), each count before its items.
struct ArchiveWriter {
    private(set) var bytes: [UInt8] = []

    mutating func uint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func int(_ value: Int) { uint(UInt64(bitPattern: Int64(value)) << 1 ^ UInt64(bitPattern: Int64(value) >> 63)) }
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
    mutating func double(_ value: Double) { uint(value.bitPattern) }

    mutating func string(_ value: String) {
        uint(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout ArchiveWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout ArchiveWriter, T) -> Void) {
        uint(UInt64(values.count))
        for value in values { write(&self, value) }
    }
}

/// Reads what `ArchiveWriter` wrote. Every read checks what is left: bytes that were cut,
/// changed or made up give nil (a count larger than the bytes left, a text that is not UTF-8,
/// nesting deeper than `maximumDepth`), never a crash or a huge allocation.
struct ArchiveReader {
    static let maximumDepth = 200
    private let bytes: [UInt8]
    private var at = 0
    /// How deep the expression being read is nested.
    var depth = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { at == bytes.count }

    mutating func uint() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while at < bytes.count, shift < 64 {
            let byte = bytes[at]
            at += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    mutating func int() -> Int? {
        uint().map { Int(truncatingIfNeeded: Int64(bitPattern: $0 >> 1 ^ (0 &- ($0 & 1)))) }
    }

    /// A count of items, each taking at least one byte: never more than the bytes left.
    mutating func count() -> Int? {
        guard let n = uint(), n <= UInt64(bytes.count - at) else { return nil }
        return Int(n)
    }

    mutating func bool() -> Bool? {
        guard at < bytes.count, bytes[at] <= 1 else { return nil }
        at += 1
        return bytes[at - 1] == 1
    }

    mutating func double() -> Double? { uint().map(Double.init(bitPattern:)) }

    mutating func string() -> String? {
        guard let n = count() else { return nil }
        defer { at += n }
        return String(validating: bytes[at..<(at + n)], as: UTF8.self)
    }

    /// `.some(nil)` when the value is absent; nil when the bytes are wrong.
    mutating func optional<T>(_ read: (inout ArchiveReader) -> T?) -> T?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        guard let value = read(&self) else { return nil }
        return .some(value)
    }

    mutating func array<T>(_ read: (inout ArchiveReader) -> T?) -> [T]? {
        guard let n = count() else { return nil }
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n {
            guard let value = read(&self) else { return nil }
            values.append(value)
        }
        return values
    }
}

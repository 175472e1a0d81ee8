/// Reads an event line as Atelier writes it, byte by byte, without Foundation's JSON decoder
/// (which was most of the cost of a replay). It declines anything unusual — a `\u` escape, a
/// null, a key it does not know or finds twice, an event type it does not know, a number or a
/// date out of range — and the line then takes the `JSONDecoder` path, which decides. So on
/// every line both can read, both give the same event (`EventLineReaderTests`).
struct EventLineReader {
    private let bytes: ArraySlice<UInt8>
    private var at: Int
    private let end: Int

    /// The event on `line`, or nil when this reader declines it.
    static func event(in line: ArraySlice<UInt8>) -> Event? {
        var reader = EventLineReader(bytes: line)
        guard let fields = reader.object(), reader.atEnd() else { return nil }
        return fields.event()
    }

    private init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        at = bytes.startIndex
        end = bytes.endIndex
    }

    /// The keys an event line may have, as read.
    private struct Fields {
        var t: Double?, at: String?, type: String?, item: String?, value: Value?, text: String?, owner: String?
        var dontKnow: Bool?, openQuestion: String?, ok: Bool?, path: String?, phase: String?, section: String?

        func event() -> Event? {
            guard let t, let type, let kind = kind(type) else { return nil }
            return Event(kind, at: t, wallTime: at)
        }

        private func kind(_ type: String) -> Event.Kind? {
            let item = self.item.flatMap(ItemID.init)
            switch type {
            case "answer": return item.flatMap { item in value.map { .answer(item: item, value: $0) } }
            case "said": return item.map { .said(item: $0) }
            case "skip": return item.map { .skip(item: $0) }
            case "decide": return item.flatMap { item in text.map { .decide(item: item, text: $0) } }
            case "park": return item.map { .park(item: $0, owner: owner, dontKnow: dontKnow ?? false) }
            case "owner": return openQuestion.flatMap { q in owner.map { .assignOwner(openQuestion: q, owner: $0) } }
            case "checkpoint": return item.flatMap { item in ok.map { .checkpoint(item: item, ok: $0) } }
            case "note": return text.map { .note($0) }
            case "edit": return path.flatMap { path in value.map { .edit(path: path, value: $0) } }
            case "back": return .back
            case "goto": return phase.map { .goto(phase: $0) }
            case "lock": return section.map { .lock(section: $0) }
            case "undo": return .undo
            case "park_rest": return phase.map { .parkRest(phase: $0) }
            case "keep_going": return phase.map { .keepGoing(phase: $0) }
            case "resume": return .resume
            case "quit": return .quit
            default: return nil
            }
        }
    }

    private mutating func object() -> Fields? {
        var fields = Fields()
        guard take(UInt8(ascii: "{")) else { return nil }
        if take(UInt8(ascii: "}")) { return fields }
        repeat {
            guard let key = string(), take(UInt8(ascii: ":")) else { return nil }
            switch key {
            case "t": guard fields.t == nil, let v = number() else { return nil }; fields.t = v
            case "at": guard fields.at == nil, let v = string() else { return nil }; fields.at = v
            case "type": guard fields.type == nil, let v = string() else { return nil }; fields.type = v
            case "item": guard fields.item == nil, let v = string() else { return nil }; fields.item = v
            case "value": guard fields.value == nil, let v = value(depth: 0) else { return nil }; fields.value = v
            case "text": guard fields.text == nil, let v = string() else { return nil }; fields.text = v
            case "owner": guard fields.owner == nil, let v = string() else { return nil }; fields.owner = v
            case "dont_know": guard fields.dontKnow == nil, let v = bool() else { return nil }; fields.dontKnow = v
            case "open_question": guard fields.openQuestion == nil, let v = string() else { return nil }; fields.openQuestion = v
            case "ok": guard fields.ok == nil, let v = bool() else { return nil }; fields.ok = v
            case "path": guard fields.path == nil, let v = string() else { return nil }; fields.path = v
            case "phase": guard fields.phase == nil, let v = string() else { return nil }; fields.phase = v
            case "section": guard fields.section == nil, let v = string() else { return nil }; fields.section = v
            default: return nil
            }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}")) ? fields : nil
    }

    /// A charter value: yes/no, number, text, list, or `{"date"}`, `{"minutes"}`, `{"records"}`.
    private mutating func value(depth: Int) -> Value? {
        guard depth < 32 else { return nil }
        skipSpace()
        guard at < end else { return nil }
        switch bytes[at] {
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return bool().map(Value.bool)
        case UInt8(ascii: "\""): return string().map(Value.text)
        case UInt8(ascii: "["):
            at += 1
            var items: [Value] = []
            if take(UInt8(ascii: "]")) { return .list(items) }
            repeat {
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "]")) ? .list(items) : nil
        case UInt8(ascii: "{"):
            at += 1
            guard let key = string(), take(UInt8(ascii: ":")) else { return nil }
            let result: Value?
            switch key {
            case "date": result = string().flatMap(Day.init(iso:)).map(Value.date)
            case "minutes": result = integer().map(Value.duration)
            case "records": result = records(depth: depth + 1).map(Value.records)
            default: return nil
            }
            return take(UInt8(ascii: "}")) ? result : nil
        default:
            return number().map(Value.number)
        }
    }

    private mutating func records(depth: Int) -> [Record]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var records: [Record] = []
        if take(UInt8(ascii: "]")) { return records }
        repeat {
            guard take(UInt8(ascii: "{")) else { return nil }
            var id: String?, fields: [String: Value]?
            repeat {
                guard let key = string(), take(UInt8(ascii: ":")) else { return nil }
                switch key {
                case "id": guard id == nil, let v = string() else { return nil }; id = v
                case "fields": guard fields == nil, let v = recordFields(depth: depth + 1) else { return nil }; fields = v
                default: return nil
                }
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")), let id, let fields else { return nil }
            records.append(Record(id: id, fields: fields))
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? records : nil
    }

    private mutating func recordFields(depth: Int) -> [String: Value]? {
        guard take(UInt8(ascii: "{")) else { return nil }
        var fields: [String: Value] = [:]
        if take(UInt8(ascii: "}")) { return fields }
        repeat {
            guard let key = string(), take(UInt8(ascii: ":")), fields[key] == nil, let v = value(depth: depth) else { return nil }
            fields[key] = v
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}")) ? fields : nil
    }

    // MARK: - Tokens

    private mutating func skipSpace() {
        while at < end, bytes[at] == 0x20 || bytes[at] == 0x09 || bytes[at] == 0x0A || bytes[at] == 0x0D { at += 1 }
    }

    /// Skips white space, then `byte` if it comes next.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard at < end, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    private mutating func atEnd() -> Bool {
        skipSpace()
        return at == end
    }

    private mutating func bool() -> Bool? {
        skipSpace()
        if bytes[at...].starts(with: [0x74, 0x72, 0x75, 0x65]) { at += 4; return true }  // true
        if bytes[at...].starts(with: [0x66, 0x61, 0x6C, 0x73, 0x65]) { at += 5; return false }  // false
        return nil
    }

    /// A JSON string with the escapes JSONEncoder writes for printable text (no `\u`).
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = at
        while at < end, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") {
            guard bytes[at] >= 0x20 else { return nil }
            at += 1
        }
        guard at < end else { return nil }
        if bytes[at] == UInt8(ascii: "\"") {
            at += 1
            return String(decoding: bytes[start..<(at - 1)], as: UTF8.self)
        }
        var out = Array(bytes[start..<at])
        while at < end {
            let byte = bytes[at]
            at += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard at < end else { return nil }
                let escaped = bytes[at]
                at += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                default: return nil
                }
            default:
                guard byte >= 0x20 else { return nil }
                out.append(byte)
            }
        }
        return nil
    }

    /// A JSON number (`-`, digits without a leading zero, a fraction, an exponent), finite.
    private mutating func number() -> Double? {
        skipSpace()
        let start = at
        if at < end, bytes[at] == UInt8(ascii: "-") { at += 1 }
        guard digits(allowLeadingZero: false) else { return nil }
        if at < end, bytes[at] == UInt8(ascii: ".") {
            at += 1
            guard digits(allowLeadingZero: true) else { return nil }
        }
        if at < end, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            at += 1
            if at < end, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            guard digits(allowLeadingZero: true) else { return nil }
        }
        guard let number = Double(String(decoding: bytes[start..<at], as: UTF8.self)), number.isFinite else { return nil }
        return number
    }

    /// A whole number without fraction or exponent, within `Int`.
    private mutating func integer() -> Int? {
        skipSpace()
        let start = at
        if at < end, bytes[at] == UInt8(ascii: "-") { at += 1 }
        guard digits(allowLeadingZero: false) else { return nil }
        if at < end, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[at]) { return nil }
        return Int(String(decoding: bytes[start..<at], as: UTF8.self))
    }

    private mutating func digits(allowLeadingZero: Bool) -> Bool {
        let start = at
        while at < end, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
        guard at > start else { return false }
        return allowLeadingZero || bytes[start] != 0x30 || at == start + 1
    }
}

extension Event: Codable {
    /// The `type` of every kind of event, as the journal writes it (keep in step with the switches below).
    static let journalTypes: Set<String> = [
        "answer", "said", "skip", "decide", "park", "owner", "checkpoint", "note", "edit", "back", "goto",
        "lock", "undo", "park_rest", "keep_going", "board", "resume", "quit", "line", "input",
        "preread", "follow_up", "migrate",
    ]

    private enum Key: String, CodingKey {
        case t, at, type, item, value, text, owner, dontKnow = "dont_know", openQuestion = "open_question"
        case ok, path, phase, section, record, field, url
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        time = try c.decode(Double.self, forKey: .t)
        wallTime = try c.decodeIfPresent(String.self, forKey: .at)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "answer": kind = .answer(item: try Self.item(in: c), value: try c.decode(Value.self, forKey: .value))
        case "preread": kind = .preread(item: try Self.item(in: c), value: try c.decode(Value.self, forKey: .value))
        case "said": kind = .said(item: try Self.item(in: c))
        case "skip": kind = .skip(item: try Self.item(in: c))
        case "decide": kind = .decide(item: try Self.item(in: c), text: try c.decode(String.self, forKey: .text))
        case "park":
            kind = .park(item: try Self.item(in: c),
                         owner: try c.decodeIfPresent(String.self, forKey: .owner),
                         dontKnow: try c.decodeIfPresent(Bool.self, forKey: .dontKnow) ?? false)
        case "owner": kind = .assignOwner(openQuestion: try c.decode(String.self, forKey: .openQuestion), owner: try c.decode(String.self, forKey: .owner))
        case "checkpoint": kind = .checkpoint(item: try Self.item(in: c), ok: try c.decode(Bool.self, forKey: .ok))
        case "note": kind = .note(try c.decode(String.self, forKey: .text))
        case "edit": kind = .edit(path: try c.decode(String.self, forKey: .path), value: try c.decode(Value.self, forKey: .value))
        case "back": kind = .back
        case "goto": kind = .goto(phase: try c.decode(String.self, forKey: .phase))
        case "lock": kind = .lock(section: try c.decode(String.self, forKey: .section))
        case "undo": kind = .undo
        case "park_rest": kind = .parkRest(phase: try c.decode(String.self, forKey: .phase))
        case "keep_going": kind = .keepGoing(phase: try c.decode(String.self, forKey: .phase))
        case "board": kind = .board(url: try c.decode(String.self, forKey: .url))
        case "resume": kind = .resume
        case "quit": kind = .quit
        case "line":
            let record = try c.decodeIfPresent(Int.self, forKey: .record)
            if let record, !(1...1_000_000).contains(record) {
                throw DecodingError.dataCorruptedError(forKey: .record, in: c, debugDescription: "record out of range")
            }
            kind = .line(item: try Self.item(in: c),
                         DraftLine(record: record, field: try c.decodeIfPresent(String.self, forKey: .field),
                                   value: try c.decodeIfPresent(Value.self, forKey: .value)))
        case "input":
            kind = .input(item: c.contains(.item) ? try Self.item(in: c) : nil, text: try c.decode(String.self, forKey: .text))
        case "follow_up": kind = .followUp(try FollowUpStart(from: decoder))
        case "migrate": kind = .migrate(try ScriptMigration(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown event type “\(type)”")
        }
    }

    /// The `item` of an event: an agenda item id in its text form (`phase/step`, `gap:…`, `owner:…`, `offer:…`).
    private static func item(in c: KeyedDecodingContainer<Key>) throws -> ItemID {
        let text = try c.decode(String.self, forKey: .item)
        guard let item = ItemID(text) else {
            throw DecodingError.dataCorruptedError(forKey: .item, in: c, debugDescription: "not an agenda item: “\(text)”")
        }
        return item
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(time, forKey: .t)
        try c.encodeIfPresent(wallTime, forKey: .at)
        switch kind {
        case let .answer(item, value): try c.encode("answer", forKey: .type); try c.encode(item.description, forKey: .item); try c.encode(value, forKey: .value)
        case let .preread(item, value): try c.encode("preread", forKey: .type); try c.encode(item.description, forKey: .item); try c.encode(value, forKey: .value)
        case let .said(item): try c.encode("said", forKey: .type); try c.encode(item.description, forKey: .item)
        case let .skip(item): try c.encode("skip", forKey: .type); try c.encode(item.description, forKey: .item)
        case let .decide(item, text): try c.encode("decide", forKey: .type); try c.encode(item.description, forKey: .item); try c.encode(text, forKey: .text)
        case let .park(item, owner, dontKnow):
            try c.encode("park", forKey: .type); try c.encode(item.description, forKey: .item)
            try c.encodeIfPresent(owner, forKey: .owner)
            if dontKnow { try c.encode(true, forKey: .dontKnow) }
        case let .assignOwner(q, owner): try c.encode("owner", forKey: .type); try c.encode(q, forKey: .openQuestion); try c.encode(owner, forKey: .owner)
        case let .checkpoint(item, ok): try c.encode("checkpoint", forKey: .type); try c.encode(item.description, forKey: .item); try c.encode(ok, forKey: .ok)
        case let .note(text): try c.encode("note", forKey: .type); try c.encode(text, forKey: .text)
        case let .edit(path, value): try c.encode("edit", forKey: .type); try c.encode(path, forKey: .path); try c.encode(value, forKey: .value)
        case .back: try c.encode("back", forKey: .type)
        case let .goto(phase): try c.encode("goto", forKey: .type); try c.encode(phase, forKey: .phase)
        case let .lock(section): try c.encode("lock", forKey: .type); try c.encode(section, forKey: .section)
        case .undo: try c.encode("undo", forKey: .type)
        case let .parkRest(phase): try c.encode("park_rest", forKey: .type); try c.encode(phase, forKey: .phase)
        case let .keepGoing(phase): try c.encode("keep_going", forKey: .type); try c.encode(phase, forKey: .phase)
        case let .board(url): try c.encode("board", forKey: .type); try c.encode(url, forKey: .url)
        case .resume: try c.encode("resume", forKey: .type)
        case .quit: try c.encode("quit", forKey: .type)
        case let .line(item, line):
            try c.encode("line", forKey: .type); try c.encode(item.description, forKey: .item)
            try c.encodeIfPresent(line.record, forKey: .record); try c.encodeIfPresent(line.field, forKey: .field)
            try c.encodeIfPresent(line.value, forKey: .value)
        case let .input(item, text):
            try c.encode("input", forKey: .type); try c.encodeIfPresent(item?.description, forKey: .item); try c.encode(text, forKey: .text)
        case let .followUp(start): try c.encode("follow_up", forKey: .type); try start.encode(to: encoder)
        case let .migrate(migration): try c.encode("migrate", forKey: .type); try migration.encode(to: encoder)
        }
    }
}

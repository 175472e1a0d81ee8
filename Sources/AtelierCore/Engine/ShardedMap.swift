/// A dictionary from text keys split into 64 smaller ones. The engine keeps a snapshot of its
/// state before every event (for undo); changing one gap after a snapshot copies one shard, not
/// the whole table, so a step costs the same with ten gaps or ten thousand.
struct ShardedMap<Value: Sendable & Hashable>: Sendable, Hashable, Sequence {
    private static var shardCount: Int { 64 }
    private var shards: [[String: Value]] = Array(repeating: [:], count: ShardedMap.shardCount)

    init() {}

    subscript(key: String) -> Value? {
        get { shards[Self.shard(of: key)][key] }
        set { shards[Self.shard(of: key)][key] = newValue }
    }

    /// The values, in no particular order (as a dictionary's).
    var values: ShardedMap { self }

    func makeIterator() -> FlattenSequence<LazyMapSequence<[[String: Value]], Dictionary<String, Value>.Values>>.Iterator {
        shards.lazy.map(\.values).joined().makeIterator()
    }

    /// FNV-1a of the key's bytes: the same shard in every run.
    private static func shard(of key: String) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in key.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash % UInt32(shardCount))
    }
}

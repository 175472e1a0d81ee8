/// One acknowledged line of an answer still being typed: a line of a long text, an item of a list,
/// or one field of a record. The journal keeps each as it is typed (a `line` event), so a crash in
/// the middle of a 30-line list loses nothing; the answer that closes the list replaces them.
public struct DraftLine: Sendable, Hashable {
    /// For a list of records: which record of this answer (1 for the first), and which of its fields.
    public var record: Int?
    public var field: String?
    /// The value typed; nil for a record field left empty on purpose (Enter on a later field).
    public var value: Value?

    public init(record: Int? = nil, field: String? = nil, value: Value?) {
        self.record = record
        self.field = field
        self.value = value
    }
}

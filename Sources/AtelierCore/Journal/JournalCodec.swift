import Foundation

/// Turns journal lines into text and back. Pure: no files, no clock. One JSON object a line, keys
/// in a stable (sorted) order, so the same session always gives the same bytes.
public enum JournalCodec {
    /// The header as one line of JSON, without the newline.
    public static func encodeHeader(_ header: JournalHeader) throws(JournalError) -> String {
        try encodeLine(header)
    }

    /// The event as one line of JSON, without the newline. Fails only for a number JSON cannot
    /// store (infinite or not a number), which the engine should never produce.
    public static func encode(_ event: Event) throws(JournalError) -> String {
        try encodeLine(event)
    }

    /// Reads a whole journal given as text (see `decode(_:file:)` on bytes, which also catches
    /// invalid UTF-8). `file` names the journal in messages.
    package static func decode(_ text: String, file: String) -> JournalReadResult {
        decode(Array(text.utf8), file: file)
    }

    /// Reads a whole journal: header, then events. A torn last line is dropped with a warning; any
    /// other problem stops the reading with an error, keeping what came before it.
    public static func decode(_ bytes: [UInt8], file: String) -> JournalReadResult {
        JournalDecoding(bytes: bytes, file: file).run()
    }

    /// Checks that a journal read from `file` can be continued or replayed with the script at
    /// `scriptPath`: same workshop id, same content. Nil when it can.
    public static func checkScript(_ header: JournalHeader, file: String, scriptPath: String,
                                   workshopID: String, scriptBytes: [UInt8]) -> JournalError? {
        if header.workshopID != workshopID {
            return .differentWorkshop(file: file, recorded: header.workshopID, given: workshopID)
        }
        if !header.matches(scriptBytes: scriptBytes) {
            return .scriptChanged(file: file, script: scriptPath)
        }
        return nil
    }

    /// Every `type` an event line may have in this format version.
    static var eventTypes: Set<String> { Event.journalTypes }

    private static func encodeLine<T: Encodable>(_ value: T) throws(JournalError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw .unencodable
        }
    }
}

import Foundation

/// One pass over a journal's bytes, line by line (see `JournalCodec.decode(_:file:)`).
struct JournalDecoding {
    let bytes: [UInt8]
    let file: String
    private let decoder = JSONDecoder()

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// A line's bytes, `start..<end` without its newline; `hasNewline` is false for the last line
    /// of a file that does not end with a newline.
    private struct Line {
        var number: Int
        var start: Int
        var end: Int
        var hasNewline: Bool
    }

    func run() -> JournalReadResult {
        var result = JournalReadResult(header: nil, events: [], intactByteCount: 0)
        let lines = splitLines()
        guard let first = lines.first else {
            result.error = .empty(file: file)
            return result
        }
        switch readHeader(first) {
        case let .failure(error):
            result.error = error
            return result
        case let .success(header):
            result.header = header
            result.intactByteCount = first.end + 1
        }
        let lastContentIndex = lines.lastIndex { !isBlank($0) } ?? 0
        for (index, line) in lines.enumerated().dropFirst() {
            if isBlank(line) {
                if line.hasNewline { result.intactByteCount = line.end + 1 }
                continue
            }
            let isLast = index == lastContentIndex
            switch readEvent(line, isLast: isLast) {
            case let .event(event):
                if let error = Self.rangeError(event, file: file, line: line.number) {
                    result.error = error
                    return result
                }
                result.events.append(event)
                result.eventLines.append(line.number)
                result.intactByteCount = line.end + 1
            case .torn:
                result.warnings.append(.tornLastLine(file: file, line: line.number))
            case let .error(error):
                result.error = error
                return result
            }
        }
        return result
    }

    private func splitLines() -> [Line] {
        var lines: [Line] = []
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var start = bytes.starts(with: bom) ? 3 : 0
        var number = 1
        for index in start..<bytes.count where bytes[index] == 0x0A {
            lines.append(Line(number: number, start: start, end: index, hasNewline: true))
            start = index + 1
            number += 1
        }
        if start < bytes.count {
            lines.append(Line(number: number, start: start, end: bytes.count, hasNewline: false))
        }
        return lines
    }

    private func content(_ line: Line) -> ArraySlice<UInt8> {
        var end = line.end
        if end > line.start, bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[line.start..<end]
    }

    private func isBlank(_ line: Line) -> Bool {
        content(line).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private func isText(_ slice: ArraySlice<UInt8>) -> Bool {
        !slice.contains(0) && String(validating: slice, as: UTF8.self) != nil
    }

    /// The line as a JSON object, or nil when it is not one.
    private func jsonObject(_ slice: ArraySlice<UInt8>) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(slice))) as? [String: Any]
    }

    /// True when the file reads as a YAML workshop script (`atelier run` is what was meant).
    private var looksLikeAWorkshopScript: Bool {
        let text = String(decoding: bytes.prefix(64 * 1024), as: UTF8.self)
        let keys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") }.map { $0.prefix { $0 != ":" } }
        return keys.contains("phases") && keys.contains("charter")
    }

    private func readHeader(_ line: Line) -> Result<JournalHeader, JournalError> {
        let slice = content(line)
        guard isText(slice) else { return .failure(.notText(file: file)) }
        guard let object = jsonObject(slice) else {
            let looksLikeHeader = slice.first == UInt8(ascii: "{") && !line.hasNewline
            if looksLikeHeader { return .failure(.headerCutOff(file: file)) }
            return .failure(looksLikeAWorkshopScript ? .workshopScript(file: file) : .notAJournal(file: file))
        }
        guard object["format"] as? String == JournalHeader.formatName else {
            return .failure(.notAJournal(file: file))
        }
        guard let version = object["version"] as? Int, version >= 1 else {
            return .failure(.invalidHeader(file: file, field: "version"))
        }
        if version > JournalHeader.currentVersion {
            return .failure(.newerVersion(file: file, version: version))
        }
        let header: JournalHeader
        do {
            header = try JSONDecoder().decode(JournalHeader.self, from: Data(slice))
        } catch {
            return .failure(.invalidHeader(file: file, field: Self.field(of: error)))
        }
        guard line.hasNewline else { return .failure(.headerCutOff(file: file)) }
        return .success(header)
    }

    private enum LineOutcome {
        case event(Event)
        case torn
        case error(JournalError)
    }

    /// Only a last line without its newline is torn: the machine stopped while writing it, before
    /// the session moved on. A line that has its newline was written whole and acknowledged; if it
    /// cannot be read, the file was damaged afterwards, and that is an error, never dropped.
    private func readEvent(_ line: Line, isLast: Bool) -> LineOutcome {
        let slice = content(line)
        if isLast && !line.hasNewline { return .torn }
        // Zeros a power cut left where a line was being written hold nothing anyone typed.
        if isLast && !slice.isEmpty && slice.allSatisfy({ $0 == 0 }) { return .torn }
        guard isText(slice) else {
            return .error(.invalidText(file: file, line: line.number))
        }
        // The usual case, parsed once (by `EventLineReader`, or by JSONDecoder for what it
        // declines). A line that fails, or that might carry a `format` key (spelled out or
        // escaped), takes the careful path below, which says what is wrong.
        if !Self.mayNameFormat(slice),
           let event = EventLineReader.event(in: slice) ?? (try? decoder.decode(Event.self, from: Data(slice))) {
            return .event(event)
        }
        guard let object = jsonObject(slice) else {
            return .error(.damagedLine(file: file, line: line.number))
        }
        if object["format"] != nil {
            return .error(.duplicateHeader(file: file, line: line.number))
        }
        guard let type = object["type"] as? String else {
            return .error(.invalidEvent(file: file, line: line.number, field: "type"))
        }
        guard JournalCodec.eventTypes.contains(type) else {
            return .error(.unknownEventType(file: file, line: line.number, type: type))
        }
        do {
            return .event(try decoder.decode(Event.self, from: Data(slice)))
        } catch {
            return .error(.invalidEvent(file: file, line: line.number, field: Self.field(of: error)))
        }
    }

    /// The largest workshop time a journal may hold: about three years of session activity.
    static let maximumTime = 100_000_000.0

    /// Numbers that decode but that no session can have written (`"t": 1e19`, a negative time).
    private static func rangeError(_ event: Event, file: String, line: Int) -> JournalError? {
        guard !(event.time.isFinite && event.time >= 0 && event.time <= maximumTime) else { return nil }
        return .outOfRange(file: file, line: line, field: "t", value: event.time)
    }

    /// True when the line contains `format` or a `\u` escape (which could spell it).
    private static func mayNameFormat(_ slice: ArraySlice<UInt8>) -> Bool {
        let word = Array("format".utf8)
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            if byte == UInt8(ascii: "\\"), index + 1 < slice.endIndex, slice[index + 1] == UInt8(ascii: "u") { return true }
            if byte == UInt8(ascii: "f"), slice[index...].starts(with: word) { return true }
            index += 1
        }
        return false
    }

    /// The top-level field a decoding error is about, when it says.
    private static func field(of error: any Error) -> String? {
        guard let error = error as? DecodingError else { return nil }
        switch error {
        case let .keyNotFound(key, context):
            return context.codingPath.first?.stringValue ?? key.stringValue
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return context.codingPath.first?.stringValue
        @unknown default:
            return nil
        }
    }
}

/// Why a session journal cannot be read, or cannot be used with the script at hand. Each case is
/// one sentence for the consultant, in French or English (`message(_:)`), and a `Diagnostic`.
public enum JournalError: Error, Sendable, Hashable {
    /// The file has no bytes at all: no header, no answer.
    case empty(file: String)
    /// The first line is binary data (NUL bytes or invalid UTF-8): not a text journal at all.
    case notText(file: String)
    /// The first line is text but not an Atelier session header (some other file).
    case notAJournal(file: String)
    /// The file is a workshop script (`atelier run` was meant).
    case workshopScript(file: String)
    /// The file stops inside its header line: the machine stopped as the session started.
    case headerCutOff(file: String)
    /// The header says a journal format newer than this version of Atelier reads.
    case newerVersion(file: String, version: Int)
    /// The header is a journal header but a field is missing or has the wrong type (`field`).
    case invalidHeader(file: String, field: String?)
    /// A line before the last one is not valid JSON: the file was damaged or edited by hand.
    case damagedLine(file: String, line: Int)
    /// A line before the last one is not valid UTF-8 text.
    case invalidText(file: String, line: Int)
    /// A second session header after the first line (two journals pasted together?).
    case duplicateHeader(file: String, line: Int)
    /// An event whose `type` this version does not know (a newer Atelier wrote it?).
    case unknownEventType(file: String, line: Int, type: String)
    /// A JSON line that is not a valid event (`field` missing or of the wrong type).
    case invalidEvent(file: String, line: Int, field: String?)
    /// The session was recorded for another workshop script (`recorded` is its id, `given` the script's).
    case differentWorkshop(file: String, recorded: String, given: String)
    /// The script's content changed since the session was recorded (the hash differs).
    case scriptChanged(file: String, script: String)
    /// An event holds a number JSON cannot store (infinite or not a number).
    case unencodable
    /// A number of the line (`field`, e.g. `t`) is outside what any session can have written.
    case outOfRange(file: String, line: Int, field: String, value: Double)

    /// The journal file concerned, when there is one.
    public var file: String? {
        switch self {
        case let .empty(file), let .notText(file), let .notAJournal(file), let .workshopScript(file), let .headerCutOff(file),
             let .newerVersion(file, _), let .invalidHeader(file, _), let .damagedLine(file, _),
             let .invalidText(file, _), let .duplicateHeader(file, _), let .unknownEventType(file, _, _),
             let .invalidEvent(file, _, _), let .differentWorkshop(file, _, _), let .scriptChanged(file, _),
             let .outOfRange(file, _, _, _):
            return file
        case .unencodable:
            return nil
        }
    }

    /// The line the problem is on (the header is line 1), when it is about one line.
    var line: Int? {
        switch self {
        case .notText, .notAJournal, .headerCutOff, .newerVersion, .invalidHeader: return 1
        case let .damagedLine(_, line), let .invalidText(_, line), let .duplicateHeader(_, line),
             let .unknownEventType(_, line, _), let .invalidEvent(_, line, _), let .outOfRange(_, line, _, _):
            return line
        case .empty, .workshopScript, .differentWorkshop, .scriptChanged, .unencodable: return nil
        }
    }

    /// One sentence, without the `file:line:` prefix.
    public func message(_ language: Language) -> String {
        switch self {
        case .empty: CoreMessage.journalEmpty.text(language)
        case .notText: CoreMessage.journalNotText.text(language)
        case .notAJournal: CoreMessage.journalNotAJournal.text(language)
        case .workshopScript(let file): CoreMessage.journalIsScript.text(language, ["run": "atelier run \(ShellText.quoted(file))"])
        case .headerCutOff: CoreMessage.journalHeaderCutOff.text(language)
        case let .newerVersion(_, version):
            CoreMessage.journalNewerVersion.text(language, ["version": version, "current": JournalHeader.currentVersion])
        case let .invalidHeader(_, field?): CoreMessage.journalInvalidHeaderField.text(language, ["field": field])
        case .invalidHeader(_, nil): CoreMessage.journalInvalidHeader.text(language)
        case .damagedLine: CoreMessage.journalDamagedLine.text(language)
        case .invalidText: CoreMessage.journalInvalidText.text(language)
        case .duplicateHeader: CoreMessage.journalDuplicateHeader.text(language)
        case let .unknownEventType(_, _, type): CoreMessage.journalUnknownEventType.text(language, ["type": type])
        case let .invalidEvent(_, _, field?): CoreMessage.journalInvalidEventField.text(language, ["field": field])
        case .invalidEvent(_, _, nil): CoreMessage.journalInvalidEvent.text(language)
        case let .differentWorkshop(_, recorded, given):
            CoreMessage.journalDifferentWorkshop.text(language, ["recorded": recorded, "given": given])
        case let .scriptChanged(file, script):
            CoreMessage.journalScriptChanged.text(language, [
                "script": script, "replay": "atelier replay \(ShellText.quoted(file)) --workshop \(ShellText.quoted(script))",
            ])
        case .unencodable: CoreMessage.journalUnencodable.text(language)
        case let .outOfRange(_, _, field, value):
            CoreMessage.journalOutOfRange.text(language, ["field": field, "value": "\(value)", "limit": Int(JournalDecoding.maximumTime)])
        }
    }

    /// As a `Diagnostic` in `language`: at the journal's line when the problem is about one line,
    /// about the whole journal otherwise.
    public func diagnostic(_ language: Language) -> Diagnostic {
        .error(message(language), at: file.map { SourceLocation(file: $0, line: line) })
    }
}

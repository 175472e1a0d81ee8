/// Why a returned questionnaire cannot be taken into a session. Each is one sentence, placed
/// where the file says it when it says it somewhere (`file:line:column`). The file is never
/// changed, and no session is started: nothing is lost.
public enum PrereadProblem: Error, Sendable, Hashable {
    /// Not UTF-8 text.
    case notText
    /// Not JSON at all, or JSON cut short (a truncated file), with where.
    case syntax(JSONSyntaxReason)
    /// JSON, but not a questionnaire Atelier wrote (no `format: atelier-preread`).
    case notAPrereadFile
    /// Written by a newer Atelier.
    case newerVersion(Int)
    /// A key the file must have is missing.
    case missingKey(String)
    /// The questionnaire of another workshop.
    case otherWorkshop(found: String, expected: String)
    /// The script's pre-read questions changed since the questionnaire was sent.
    case questionsChanged(workshop: String)
    /// Filled in for another client than the one this session is for.
    case otherClient(found: String, expected: String)
    /// An answer to a question the script's questionnaire does not ask.
    case unknownQuestion(String)
    /// A value of the wrong kind (a list where a text is expected…), for the field `label`.
    case wrongShape(label: String, expected: Shape)
    /// A value that does not read as its field's type (a date that is not a day…).
    case invalidAnswer(label: String, problem: AnswerParser.Problem)
    /// A record field the question does not ask.
    case unknownRecordField(String, label: String)

    /// What a JSON text was missing, in words.
    public enum JSONSyntaxReason: Sendable, Hashable {
        case endOfFile, unexpected(String), badString, badNumber, tooDeep, trailing, duplicateKey(String)
    }

    /// The kind of JSON value a field expects.
    public enum Shape: Sendable, Hashable {
        case text, list, records, record, object
    }

    public func message(_ language: Language) -> String {
        switch self {
        case .notText: return CoreMessage.prereadNotText.text(language)
        case .syntax(let reason): return Self.syntaxMessage(reason).text(language, Self.syntaxArguments(reason))
        case .notAPrereadFile: return CoreMessage.prereadNotAPrereadFile.text(language)
        case .newerVersion(let version):
            return CoreMessage.prereadNewerVersion.text(language, ["version": version, "known": PrereadFormat.version])
        case .missingKey(let key): return CoreMessage.prereadMissingKey.text(language, ["key": key])
        case let .otherWorkshop(found, expected):
            return CoreMessage.prereadOtherWorkshop.text(language, ["found": found, "expected": expected])
        case .questionsChanged(let workshop): return CoreMessage.prereadQuestionsChanged.text(language, ["workshop": workshop])
        case let .otherClient(found, expected):
            return CoreMessage.prereadOtherClient.text(language, ["found": found, "expected": expected])
        case .unknownQuestion(let key): return CoreMessage.prereadUnknownQuestion.text(language, ["key": key])
        case let .wrongShape(label, expected):
            return CoreMessage.prereadWrongShape.text(language, ["label": label, "expected": Self.shapeName(expected)])
        case let .invalidAnswer(label, problem):
            return CoreMessage.prereadInvalidAnswer.text(language, ["label": label, "problem": problem.message(language)])
        case let .unknownRecordField(name, label):
            return CoreMessage.prereadUnknownRecordField.text(language, ["name": name, "label": label])
        }
    }

    private static func shapeName(_ shape: Shape) -> CoreMessage {
        switch shape {
        case .text: .prereadShapeText
        case .list: .prereadShapeList
        case .records: .prereadShapeRecords
        case .record: .prereadShapeRecord
        case .object: .prereadShapeObject
        }
    }

    private static func syntaxMessage(_ reason: JSONSyntaxReason) -> CoreMessage {
        switch reason {
        case .endOfFile: .prereadEndOfFile
        case .unexpected: .prereadUnexpected
        case .badString: .prereadBadString
        case .badNumber: .prereadBadNumber
        case .tooDeep: .prereadTooDeep
        case .trailing: .prereadTrailing
        case .duplicateKey: .prereadDuplicateKey
        }
    }

    private static func syntaxArguments(_ reason: JSONSyntaxReason) -> [String: any MessageArgument] {
        switch reason {
        case .unexpected(let text): ["text": text]
        case .duplicateKey(let key): ["key": key]
        default: [:]
        }
    }
}

/// A problem with the place it was found.
public struct LocatedPrereadProblem: Error, Sendable, Hashable {
    public var problem: PrereadProblem
    /// Where in the file; nil for a problem with the whole file.
    public var location: SourceLocation?

    /// As the one diagnostics printer shows it (`file:line:column: error: …`).
    /// A problem with the whole file (line 0) is placed on the file alone.
    public func diagnostic(_ language: Language) -> Diagnostic {
        let place = location.map { ($0.line ?? 0) > 0 ? $0 : SourceLocation(file: $0.file) }
        return .error(problem.message(language), at: place)
    }
}

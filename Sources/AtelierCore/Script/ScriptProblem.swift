/// Every problem the loader can find in a workshop script; its sentence is in `CoreMessage`. The
/// loader turns them into `Diagnostic`s in the language chosen for the command.
enum ScriptProblem: Sendable {
    /// The file is not valid YAML; the associated text is libYAML's own description.
    case yamlSyntax(String)
    /// A tab is used to indent; YAML only accepts spaces.
    case tabIndentation
    /// The same key is written twice in one mapping.
    case duplicateKey(String)
    /// The file holds no YAML document at all.
    case emptyScript
    /// The file is a list or a single value instead of `key: value` lines.
    case topLevelNotMapping
    /// The bytes cannot be read as text (bad encoding).
    case unreadableText
    /// A control character (NUL, BEL, ESC…) YAML does not accept, by code point.
    case controlCharacter(UInt32)
    /// The file is something else: a session journal (`kind` nil) or another kind of document.
    case notAScript(DocumentKind?, file: String)
    /// A key the format does not know; `suggestion` is the closest known key.
    case unknownKey(String, in: ScriptPlace, suggestion: String?)
    /// A key the format requires is absent.
    case missingKey(String, in: ScriptPlace)
    /// A key holds the wrong kind of value (a list where a text is expected…).
    case wrongType(key: String, expected: ValueKind, found: ValueKind)
    /// A required text is empty.
    case emptyValue(key: String)
    /// `atelier:` names a format version this Atelier does not read.
    case unsupportedVersion(String)
    /// An id uses characters other than letters, digits, `-` and `_`.
    case invalidID(String)
    /// A field id that cannot be used in expressions (it must start with a letter; letters, digits, `_`).
    case invalidFieldID(String)
    /// Two things of the same kind share an id; `firstLine` is where the first one is declared.
    case duplicateID(IDKind, String, firstLine: Int)
    /// `language:` is neither `fr` nor `en`.
    case invalidLanguage(String)
    /// A duration or timebox that is not a number of minutes ("25", "25 min", "2h", "1h30").
    case invalidDuration(String)
    /// The phase timeboxes do not add up to the workshop's duration (a warning).
    case timeboxMismatch(duration: Int, timeboxes: Int)
    /// The script declares no phase.
    case noPhases
    /// The charter declares no section.
    case noSections
    /// A field type the format does not know.
    case unknownFieldType(String, suggestion: String?)
    /// `of:` names a type a list cannot hold.
    case invalidListItemType(String)
    /// A `choice` field without its `options:`.
    case choiceWithoutOptions(field: String)
    /// A key that only makes sense for another field type (`options:` on a text field…).
    case keyNotForType(key: String, type: String)
    /// A `records` field without the `fields:` of its items.
    case recordsWithoutFields(field: String)
    /// The record `title:` names none of the record's fields.
    case unknownTitleField(String, field: String, suggestion: String?)
    /// A step is none of `say`, `ask` or `check`.
    case stepWithoutKind
    /// A step is several of `say`, `ask`, `check` at once.
    case stepWithSeveralKinds([String])
    /// A question fills a field the charter does not declare.
    case undefinedField(String, suggestion: String?)
    /// `fields:` on a question whose field is not a `records` field.
    case notARecordsField(String)
    /// `fields:` names a field the record does not have.
    case unknownRecordField(String, field: String, suggestion: String?)
    /// A rule names a phase the script does not declare.
    case unknownPhase(String, suggestion: String?)
    /// A rule names a section the charter does not declare.
    case unknownSection(String, suggestion: String?)
    /// `weight:` is neither `blocking` nor `advisory`.
    case invalidWeight(String)
    /// A rule's `when:` is not a yes/no condition.
    case conditionNotBool(ExprType)
    /// A `matches` pattern repeats a repetition (`(a+)+`): harmless in Atelier, whose patterns run
    /// in linear time, but such a pattern freezes other tools (a warning).
    case nestedQuantifier(String)
    /// An expression does not parse or does not type-check (message from the expression module).
    case expression(ExpressionError)
    /// The rule's section cannot be deduced from its `answer:`.
    case sectionNotInferred
    /// The template file of a format could not be read.
    case templateNotFound(String)
    /// A Mustache tag names a variable the charter document does not provide.
    case unknownTemplateVariable(String, suggestion: String?)
    /// A `{name}` in the document's title or subtitle is neither a placeholder nor a field of one value.
    case unknownPlaceholder(String, suggestion: String?)
    /// `show:` in the summary on a field that is not a `records` field.
    case showNeedsRecords(String)
    /// An approval line's `field:` does not name a person (or a text).
    case signatoryNotAName(String)
    /// `mission:` names a field that is not a top-level `date` field.
    case missionFieldNotADate(String)
    /// `review: true` on a step of a phase other than the last one.
    case reviewNotInLastPhase
    /// `review: true` on more than one step.
    case severalReviews

    func message(_ language: Language) -> String {
        let (key, arguments, suggestion) = parts
        let text = key.text(language, arguments)
        return suggestion.map { text + CoreMessage.didYouMean.text(language, ["suggestion": $0]) } ?? text
    }

    /// The catalogue key, its arguments, and a name to suggest ("did you mean").
    private var parts: (CoreMessage, [String: any MessageArgument], String?) {
        switch self {
        case .yamlSyntax(let detail): return YAMLProblemText.explain(detail)
        case .tabIndentation: return (.tabIndentation, [:], nil)
        case .duplicateKey(let key): return (.duplicateKey, ["key": key], nil)
        case .emptyScript: return (.emptyScript, [:], nil)
        case .topLevelNotMapping: return (.topLevelNotMapping, [:], nil)
        case .unreadableText: return (.unreadableText, [:], nil)
        case .controlCharacter(let value):
            let hex = String(value, radix: 16, uppercase: true)
            return (.controlCharacter, ["code": "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex], nil)
        case .notAScript(let kind, let file):
            guard let kind else {
                return (.scriptIsJournal, ["resume": "atelier resume \(ShellText.quoted(file))",
                                           "replay": "atelier replay \(ShellText.quoted(file))"], nil)
            }
            return (.scriptIsDocument, ["kind": kind.phrase], nil)
        case let .unknownKey(key, place, suggestion): return (.unknownKey, ["key": key, "place": place.phrase], suggestion)
        case let .missingKey(key, place): return (.missingKey, ["key": key, "place": place.phrase], nil)
        case let .wrongType(key, expected, found):
            return (.wrongType, ["key": key, "expected": expected.phrase, "found": found.phrase], nil)
        case .emptyValue(let key): return (.emptyValue, ["key": key], nil)
        case .unsupportedVersion(let version): return (.unsupportedVersion, ["version": version], nil)
        case .invalidID(let id): return (.invalidID, ["id": id], nil)
        case .invalidFieldID(let id): return (.invalidFieldID, ["id": id], nil)
        case let .duplicateID(kind, id, line): return (.duplicateID, ["id": id, "another": kind.phrase, "line": line], nil)
        case .invalidLanguage(let value): return (.invalidLanguage, ["value": value], nil)
        case .invalidDuration(let value): return (.invalidDuration, ["value": value], nil)
        case let .timeboxMismatch(duration, timeboxes): return (.timeboxMismatch, ["duration": duration, "timeboxes": timeboxes], nil)
        case .noPhases: return (.noPhases, [:], nil)
        case .noSections: return (.noSections, [:], nil)
        case let .unknownFieldType(type, suggestion): return (.unknownFieldType, ["type": type], suggestion)
        case .invalidListItemType(let type): return (.invalidListItemType, ["type": type], nil)
        case .choiceWithoutOptions(let field): return (.choiceWithoutOptions, ["field": field], nil)
        case let .keyNotForType(key, type): return (.keyNotForType, ["key": key, "type": type], nil)
        case .recordsWithoutFields(let field): return (.recordsWithoutFields, ["field": field], nil)
        case let .unknownTitleField(name, field, suggestion): return (.unknownTitleField, ["name": name, "field": field], suggestion)
        case .stepWithoutKind: return (.stepWithoutKind, [:], nil)
        case .stepWithSeveralKinds(let kinds):
            return (.stepWithSeveralKinds, ["kinds": kinds.map { "`\($0)`" }.joined(separator: ", ")], nil)
        case let .undefinedField(field, suggestion): return (.undefinedField, ["field": field], suggestion)
        case .notARecordsField(let field): return (.notARecordsField, ["field": field], nil)
        case let .unknownRecordField(name, field, suggestion): return (.unknownRecordField, ["name": name, "field": field], suggestion)
        case let .unknownPhase(phase, suggestion): return (.unknownPhase, ["phase": phase], suggestion)
        case let .unknownSection(section, suggestion): return (.unknownSection, ["section": section], suggestion)
        case .invalidWeight(let weight): return (.invalidWeight, ["weight": weight], nil)
        case .conditionNotBool(let type): return (.conditionNotBool, ["type": type.phrase], nil)
        case .nestedQuantifier(let pattern): return (.nestedQuantifier, ["pattern": pattern], nil)
        case .expression(let error): return error.parts
        case .sectionNotInferred: return (.sectionNotInferred, [:], nil)
        case .templateNotFound(let path): return (.templateNotFound, ["path": path], nil)
        case let .unknownTemplateVariable(name, suggestion): return (.unknownTemplateVariable, ["name": name], suggestion)
        case let .unknownPlaceholder(name, suggestion): return (.unknownPlaceholder, ["name": name], suggestion.map { "{\($0)}" })
        case .showNeedsRecords(let field): return (.showNeedsRecords, ["field": field], nil)
        case .signatoryNotAName(let field): return (.signatoryNotAName, ["field": field], nil)
        case .missionFieldNotADate(let field): return (.missionFieldNotADate, ["field": field], nil)
        case .reviewNotInLastPhase: return (.reviewNotInLastPhase, [:], nil)
        case .severalReviews: return (.severalReviews, [:], nil)
        }
    }
}

/// Dates as the engine reads them: the context that gives a date said without its year its
/// year, and the values read back to the client after an answer (« → 13 octobre 2026 »).
extension Engine {
    /// What a date typed without its year is read against: the session's day and, when the
    /// script names them (`mission:`) and the charter holds them, the mission's dates.
    public var dateContext: DateContext {
        func days(_ field: String?) -> ClosedRange<Day>? {
            switch field.flatMap({ state.content.charter[$0] }) {
            case .date(let d)?: d...d
            case .month(let m)?: m.days
            default: nil
            }
        }
        return DateContext(today: today, missionStart: days(workshop.mission.start), missionEnd: days(workshop.mission.end))
    }

    /// The values an answer, a line or an edit wrote that the client should hear read back: each
    /// date in words (a day or a month), each choice kept in the client's words. An answer that
    /// closes lines already read back (a list, records) reads nothing back again.
    func readBack(of kind: Event.Kind, hadDraft: Bool) -> [ReadBack] {
        switch kind {
        case let .answer(item, value):
            guard !hadDraft, let target = answerTarget(of: item), let field = fieldModel(at: target) else { return [] }
            return Self.readBack(value, field: field, label: nil, language: workshop.language)
        case let .line(item, line):
            guard let value = line.value, let target = answerTarget(of: item), let field = fieldModel(at: target) else { return [] }
            if let id = line.field, case .records(let model) = field.type, let sub = model.field(id) {
                return Self.readBack(value, field: sub, label: nil, language: workshop.language)
            }
            if case .list(let type) = field.type {
                return Self.readBack(value, field: FieldModel(id: field.id, label: field.label, type: type), label: nil,
                                     language: workshop.language)
            }
            return []
        case let .edit(pathText, value):
            guard let path = FieldPath(parsing: pathText), let field = fieldModel(at: path) else { return [] }
            return Self.readBack(value, field: field, label: nil, language: workshop.language)
        default:
            return []
        }
    }

    private static func readBack(_ value: Value, field: FieldModel, label: String?, language: Language) -> [ReadBack] {
        switch value {
        case .date, .month:
            return DateWords.words(value, language).map { [ReadBack(label: label, text: $0)] } ?? []
        case .wordedChoice(let choice):
            return [ReadBack(label: label, text: ValueText.words(choice, language))]
        case .list(let items):
            let type: FieldType = if case .list(let t) = field.type { t } else { field.type }
            let item = FieldModel(id: field.id, label: field.label, type: type)
            return items.flatMap { readBack($0, field: item, label: label, language: language) }
        case .records(let records):
            guard case .records(let model) = field.type else { return [] }
            return records.flatMap { record in
                model.fields.flatMap { sub in
                    record.fields[sub.id].map { readBack($0, field: sub, label: sub.label, language: language) } ?? []
                }
            }
        case .text, .number, .duration, .bool:
            return []
        }
    }
}

/// A value read back to the client after an answer, in words: « 13 octobre 2026 », « fin mars
/// 2027 », « agile (« On avance… ») ». The front end prints it as « → 13 octobre 2026 ».
public struct ReadBack: Sendable, Hashable {
    /// The record field it belongs to (« Date »), when the answer held several values.
    public var label: String?
    /// The value in words.
    public var text: String
}

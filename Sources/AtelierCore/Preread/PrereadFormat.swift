/// The file a client sends back from the pre-read questionnaire: one JSON object, written by the
/// questionnaire's "save" button.
///
///     {"format": "atelier-preread", "version": 1, "workshop_id": "kickoff-recrutement",
///      "questions": "9f2c…", "client": "Acme", "saved_at": "2026-11-20T17:03:00+01:00",
///      "answers": {"developpement/intitule_poste": "Technicien de maintenance",
///                  "developpement/resultats_attendus": ["…", "…"],
///                  "developpement/criteres": [{"critere": "…", "type": "must-have", "niveau": "…"}]}}
///
/// Answers are written as the client typed them (texts; a yes/no may be `true`/`false`) and read
/// the way a typed answer is (`AnswerParser`), so a date or a duration means the same as in the
/// room. `questions` fingerprints the questions the questionnaire asked: a script whose pre-read
/// questions changed since it was sent does not take its answers silently.
public enum PrereadFormat {
    public static let formatName = "atelier-preread"
    public static let version = 1
    /// The largest returned file read: a filled questionnaire weighs a few kilobytes.
    public static let sizeLimit = 2 * 1024 * 1024

    /// The fingerprint of a script's pre-read questions: their ids, fields and types, in order.
    /// Rewording a question does not change it; asking another field or another type does.
    public static func questionsFingerprint(_ workshop: Workshop) -> String {
        var text = "\(workshop.id)\n"
        for entry in workshop.prereadQuestions {
            let field = workshop.charter.field(entry.question.field)
            text += "\(entry.item)|\(entry.question.field)|\(field.map { signature($0.type) } ?? "?")"
            if let field {
                text += "|" + askedFields(field, entry.question).map { "\($0.id):\(signature($0.type))" }.joined(separator: ",")
            }
            text += "\n"
        }
        return String(SHA256.hex(Array(text.utf8)).prefix(32))
    }

    /// The fields of one record the questionnaire asks (the step's `fields:`, or every scalar one).
    package static func askedFields(_ field: FieldModel, _ question: Question) -> [FieldModel] {
        Engine.askableFields(of: field, only: question.recordFields)
    }

    private static func signature(_ type: FieldType) -> String {
        switch type {
        case .choice(let options): return "choice(\(options.joined(separator: "/")))"
        case .list(let item): return "list(\(signature(item)))"
        case .records(let model): return "records(\(model.fields.map { "\($0.id):\(signature($0.type))" }.joined(separator: ",")))"
        default: return type.keyword
        }
    }
}

/// A returned questionnaire, read and checked against the script: the answers in script order.
public struct PrereadReturn: Sendable, Hashable {
    /// The client the questionnaire was written for.
    public var client: String?
    /// When the client saved it (their browser's clock, for the record).
    public var savedAt: String?
    public var answers: [(item: ItemID, value: Value)]

    public static func == (a: PrereadReturn, b: PrereadReturn) -> Bool {
        a.client == b.client && a.savedAt == b.savedAt && a.answers.map(\.item) == b.answers.map(\.item)
            && a.answers.map(\.value) == b.answers.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(client)
        hasher.combine(answers.map(\.item))
    }

    /// The events that bring these answers into a new session, at workshop time 0.
    public func events(wallTime: String?) -> [Event] {
        answers.map { Event(.preread(item: $0.item, value: $0.value), at: 0, wallTime: wallTime) }
    }
}

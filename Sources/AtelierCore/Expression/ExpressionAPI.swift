/// The static type of an expression, checked against the charter model when a script is loaded.
package indirect enum ExprType: Sendable, Hashable, CustomStringConvertible {
    case text, number, date, duration, bool
    /// The type of `null`: compatible with anything.
    case null
    case list(ExprType)
    /// A record of a `records` field (a bound variable, or an item of `objectifs[]`).
    case record(RecordModel)
    /// An item of the engine-provided `answers` collection (`text`, `label`, `field`).
    case answer
    /// A lexicon name, only valid as the second argument of `uses` / `quote`.
    case lexicon

    package var description: String {
        switch self {
        case .text: "text"
        case .number: "number"
        case .date: "date"
        case .duration: "duration"
        case .bool: "yes/no"
        case .null: "null"
        case .list(let t): "list of \(t)"
        case .record: "record"
        case .answer: "answer"
        case .lexicon: "lexicon"
        }
    }
}

/// A record seen from an expression: the record, its model, where it lives and its position.
package struct RecordRef: Sendable, Hashable {
    var record: Record
    var model: RecordModel
    var path: FieldPath
    /// Position in its list, from 1.
    var index: Int

    init(record: Record, model: RecordModel, path: FieldPath, index: Int) {
        self.record = record
        self.model = model
        self.path = path
        self.index = index
    }
}

/// One text the client gave, as an item of the `answers` collection.
package struct AnswerRef: Sendable, Hashable {
    var text: String
    /// The label of the field it answers ("Cible").
    var label: String
    /// The field id it answers.
    var field: String
    var path: FieldPath

    init(text: String, label: String, field: String, path: FieldPath) {
        self.text = text
        self.label = label
        self.field = field
        self.path = path
    }
}

/// The value of an expression at run time. Evaluation never fails: a missing value is `.null`,
/// and comparisons with `.null` are false. Only records and answers are boxed: evaluating a text,
/// a number or a yes/no allocates nothing.
package enum EvalValue: Sendable, Hashable {
    case null
    case text(String)
    case number(Double)
    case date(Day)
    /// A date at month precision: it stands for the days it covers.
    case month(MonthDate)
    case duration(Int)
    case bool(Bool)
    case list([EvalValue])
    indirect case record(RecordRef)
    indirect case answer(AnswerRef)
    case lexicon(String)
}

/// What names mean while type-checking: the charter's fields, the lexicons, the bound variables.
package struct TypeEnvironment: Sendable {
    var model: CharterModel
    var lexicons: Set<String>
    var bindings: [String: ExprType]

    package init(model: CharterModel, lexicons: Set<String>, bindings: [String: ExprType] = [:]) {
        self.model = model
        self.lexicons = lexicons
        self.bindings = bindings
    }
}

/// What names mean while evaluating.
package struct EvaluationContext: Sendable {
    var model: CharterModel
    /// Top-level field id -> value.
    var charter: [String: Value]
    var bindings: [String: EvalValue]
    var lexicons: [String: [String]]
    /// The session's date (from the injected clock), for `today()`.
    var today: Day
    /// Every text the client gave (for rules over `answers`).
    var answers: [AnswerRef]
    /// How quoted dates and yes/no values are written in questions.
    var language: Language

    package init(model: CharterModel, charter: [String: Value], bindings: [String: EvalValue] = [:],
                lexicons: [String: [String]], today: Day, answers: [AnswerRef] = [], language: Language) {
        self.language = language
        self.model = model
        self.charter = charter
        self.bindings = bindings
        self.lexicons = lexicons
        self.today = today
        self.answers = answers
    }
}

/// A loaded, checked workshop script: what the engine runs.
public struct Workshop: Sendable, Hashable {
    public var id: String
    public var title: String
    public var language: Language
    /// Total planned duration, in minutes (120 for the standard workshop).
    public var duration: Int
    public var charter: CharterModel
    public var phases: [Phase]
    var rules: [Rule]
    /// Named word lists (`hedges`, `dont_know`…), matched case- and accent-insensitively.
    package var lexicons: [String: [String]]
    /// Output format (`md`, `html`, `eml`…) -> template path, relative to the script.
    var templates: [String: String]
    /// The charter as a document: title, subtitle, summary, approval block (`document:`).
    var presentation: CharterPresentation
    /// The charter's fields that hold the mission's start and end (`mission:`): a date said
    /// without its year falls within them.
    var mission: MissionDates
    /// Where the script came from (for diagnostics).
    var file: String

    package init(id: String, title: String, language: Language, duration: Int, charter: CharterModel,
                phases: [Phase], rules: [Rule], lexicons: [String: [String]] = [:],
                templates: [String: String] = [:], presentation: CharterPresentation = CharterPresentation(),
                mission: MissionDates = MissionDates(), file: String) {
        self.id = id
        self.title = title
        self.language = language
        self.duration = duration
        self.charter = charter
        self.phases = phases
        self.rules = rules
        self.lexicons = lexicons
        self.templates = templates
        self.presentation = presentation
        self.mission = mission
        self.file = file
    }

    func phase(_ id: String) -> Phase? { phases.first { $0.id == id } }

    /// The position of the last phase's step after which the end-of-workshop gaps are asked: the
    /// step marked `review: true`, else the last question (`ask`) of that phase, so that these
    /// gaps come before its closing words and checks; -1 when they come as the phase opens.
    var reviewPoint: Int {
        guard let last = phases.last else { return -1 }
        if let marked = last.steps.firstIndex(where: \.opensReview) { return marked }
        return last.steps.lastIndex { if case .ask = $0.kind { true } else { false } } ?? -1
    }
    func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}

/// The top-level `date` fields that hold the mission's start and end (`mission: {start:, end:}`).
package struct MissionDates: Sendable, Hashable {
    package var start: String?
    package var end: String?

    package init(start: String? = nil, end: String? = nil) {
        self.start = start
        self.end = end
    }
}

/// A timeboxed part of the workshop ("Objectifs et indicateurs", 25 min).
public struct Phase: Sendable, Hashable {
    public var id: String
    public var title: String
    /// Minutes.
    public var timebox: Int
    var steps: [Step]
    var location: SourceLocation?

    init(id: String, title: String, timebox: Int, steps: [Step], location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.timebox = timebox
        self.steps = steps
        self.location = location
    }
}

/// One scripted step of a phase.
struct Step: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Something the facilitator says (agenda, pedagogy); shown, nothing recorded but its passing.
        case say(String)
        /// A question that fills a top-level charter field.
        case ask(Question)
        /// A facilitator checkpoint ("check si…"): yes/no, recorded, not shown to the client.
        case check(Checkpoint)
    }

    /// Unique within its phase; the agenda item id is `phase/step`.
    var id: String
    var kind: Kind
    /// True for the `say` step of the last phase that opens the final review (`review: true`): the
    /// end-of-workshop gaps (`phases: end`) are asked right after it, before the closing words.
    var opensReview: Bool
    var location: SourceLocation?

    init(id: String, kind: Kind, opensReview: Bool = false, location: SourceLocation? = nil) {
        self.id = id
        self.kind = kind
        self.opensReview = opensReview
        self.location = location
    }
}

/// A scripted question.
struct Question: Sendable, Hashable {
    /// The top-level field it fills.
    var field: String
    var text: InterpolatedText
    var hint: String?
    /// "Pourquoi je pose cette question", shown on demand.
    var why: String?
    /// For a records field: which of the record's fields to ask, in order (all scalar ones by default).
    var recordFields: [String]?

    init(field: String, text: InterpolatedText, hint: String? = nil, why: String? = nil,
                recordFields: [String]? = nil) {
        self.field = field
        self.text = text
        self.hint = hint
        self.why = why
        self.recordFields = recordFields
    }
}

/// A facilitator checkpoint.
struct Checkpoint: Sendable, Hashable {
    var text: String
    var why: String?

    init(text: String, why: String? = nil) {
        self.text = text
        self.why = why
    }
}

/// A rule: when its condition holds for a binding, there is a gap, and the rule's question asks
/// the client to fill it.
public struct Rule: Sendable, Hashable {
    public enum Weight: String, Sendable, Hashable, Codable {
        /// The charter is not complete while this gap is open.
        case blocking
        /// Worth asking; dropped first when the workshop runs late.
        case advisory
    }

    enum Scope: Sendable, Hashable {
        /// May fire in any phase.
        case anyPhase
        /// May fire only in these phases.
        case phases([String])
        /// Fires only in the final review of the last phase (see `Workshop.reviewPoint`).
        case atEnd
    }

    var id: String
    /// `each: o in objectives, i in o.indicators`; empty for a rule about the whole charter.
    var bindings: [Binding]
    var condition: Expr
    /// The co-construction question, quoting the client's words.
    var question: InterpolatedText
    /// Where the answer goes: a path over the bindings (`o.indicators`, `i.target`) or a field.
    var target: Expr
    var scope: Scope
    var weight: Weight
    var why: String?
    /// The charter section the gap counts against (readiness per section). Empty for a rule over
    /// `answers` without `section:`: each gap then counts against the section of the answer it quotes.
    var section: String
    var location: SourceLocation?

    init(id: String, bindings: [Binding], condition: Expr, question: InterpolatedText, target: Expr,
                scope: Scope, weight: Weight, why: String?, section: String, location: SourceLocation? = nil) {
        self.id = id
        self.bindings = bindings
        self.condition = condition
        self.question = question
        self.target = target
        self.scope = scope
        self.weight = weight
        self.why = why
        self.section = section
        self.location = location
    }
}

/// The language of a workshop script; it decides the language of every message Atelier shows.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case fr, en
}

/// A loaded, checked workshop script: what the engine runs.
public struct Workshop: Sendable, Hashable {
    public var id: String
    public var title: String
    public var language: Language
    /// Total planned duration, in minutes (120 for the standard workshop).
    public var duration: Int
    public var charter: CharterModel
    public var phases: [Phase]
    public var rules: [Rule]
    /// Named word lists (`hedges`, `dont_know`…), matched case- and accent-insensitively.
    public var lexicons: [String: [String]]
    /// Output format (`md`, `html`, `eml`…) -> template path, relative to the script.
    public var templates: [String: String]
    /// The charter as a document: title, subtitle, summary, approval block (`document:`).
    public var presentation: CharterPresentation
    /// The charter's fields that hold the mission's start and end (`mission:`): a date said
    /// without its year falls within them.
    public var mission: MissionDates
    /// Where the script came from (for diagnostics).
    public var file: String

    public init(id: String, title: String, language: Language, duration: Int, charter: CharterModel,
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

    public func phase(_ id: String) -> Phase? { phases.first { $0.id == id } }

    /// The position of the last phase's step after which the end-of-workshop gaps are asked: the
    /// step marked `review: true`, else the last question (`ask`) of that phase, so that these
    /// gaps come before its closing words and checks; -1 when they come as the phase opens.
    public var reviewPoint: Int {
        guard let last = phases.last else { return -1 }
        if let marked = last.steps.firstIndex(where: \.opensReview) { return marked }
        return last.steps.lastIndex { if case .ask = $0.kind { true } else { false } } ?? -1
    }
    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}

/// The top-level `date` fields that hold the mission's start and end (`mission: {start:, end:}`).
public struct MissionDates: Sendable, Hashable {
    public var start: String?
    public var end: String?

    public init(start: String? = nil, end: String? = nil) {
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
    public var steps: [Step]
    public var location: SourceLocation?

    public init(id: String, title: String, timebox: Int, steps: [Step], location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.timebox = timebox
        self.steps = steps
        self.location = location
    }
}

/// One scripted step of a phase.
public struct Step: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Something the facilitator says (agenda, pedagogy); shown, nothing recorded but its passing.
        case say(String)
        /// A question that fills a top-level charter field.
        case ask(Question)
        /// A facilitator checkpoint ("check si…"): yes/no, recorded, not shown to the client.
        case check(Checkpoint)
    }

    /// Unique within its phase; the agenda item id is `phase/step`.
    public var id: String
    public var kind: Kind
    /// True for the `say` step of the last phase that opens the final review (`review: true`): the
    /// end-of-workshop gaps (`phases: end`) are asked right after it, before the closing words.
    public var opensReview: Bool
    public var location: SourceLocation?

    public init(id: String, kind: Kind, opensReview: Bool = false, location: SourceLocation? = nil) {
        self.id = id
        self.kind = kind
        self.opensReview = opensReview
        self.location = location
    }
}

/// A scripted question.
public struct Question: Sendable, Hashable {
    /// The top-level field it fills.
    public var field: String
    public var text: InterpolatedText
    public var hint: String?
    /// "Pourquoi je pose cette question", shown on demand.
    public var why: String?
    /// For a records field: which of the record's fields to ask, in order (all scalar ones by default).
    public var recordFields: [String]?

    public init(field: String, text: InterpolatedText, hint: String? = nil, why: String? = nil,
                recordFields: [String]? = nil) {
        self.field = field
        self.text = text
        self.hint = hint
        self.why = why
        self.recordFields = recordFields
    }
}

/// A facilitator checkpoint.
public struct Checkpoint: Sendable, Hashable {
    public var text: String
    public var why: String?

    public init(text: String, why: String? = nil) {
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

    public enum Scope: Sendable, Hashable {
        /// May fire in any phase.
        case anyPhase
        /// May fire only in these phases.
        case phases([String])
        /// Fires only in the final review of the last phase (see `Workshop.reviewPoint`).
        case atEnd
    }

    public var id: String
    /// `each: o in objectives, i in o.indicators`; empty for a rule about the whole charter.
    public var bindings: [Binding]
    public var condition: Expr
    /// The co-construction question, quoting the client's words.
    public var question: InterpolatedText
    /// Where the answer goes: a path over the bindings (`o.indicators`, `i.target`) or a field.
    public var target: Expr
    public var scope: Scope
    public var weight: Weight
    public var why: String?
    /// The charter section the gap counts against (readiness per section). Empty for a rule over
    /// `answers` without `section:`: each gap then counts against the section of the answer it quotes.
    public var section: String
    public var location: SourceLocation?

    public init(id: String, bindings: [Binding], condition: Expr, question: InterpolatedText, target: Expr,
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

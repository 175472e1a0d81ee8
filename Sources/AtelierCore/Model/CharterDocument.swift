/// The charter as the exporters see it: every section and field the script declares, with what
/// the session filled in, the decisions, the open questions and the readiness. One model, many
/// renderers (Markdown, HTML, JSON, DOCX, EML) — computed by the engine from a session.
public struct CharterDocument: Sendable, Hashable {
    public var workshopID: String
    public var workshopTitle: String
    public var language: Language
    public var sessionID: String
    public var client: String?
    /// The day the workshop was held.
    public var date: Day
    public var sections: [Section]
    public var decisions: [Decision]
    public var openQuestions: [OpenQuestion]
    /// Gaps still open (not asked, or asked and not filled), with their weight.
    public var openGaps: [Gap]
    public var readiness: Readiness
    /// Facilitator-only material: checkpoints, timing, notes.
    public var annex: Annex
    /// Everyone named in the session (stakeholders and person fields), with e-mail when known.
    public var people: [Person]
    /// The script's title, subtitle, summary and approval block for the document.
    public var presentation: CharterPresentation
    /// Changes made to sections after they were locked, oldest first.
    public var lockChanges: [LockChange]
    /// Wall-clock start of the session (ISO 8601 with offset), to say at what time a change was made.
    public var startedAt: String?
    /// In a follow-up workshop: what moved since the previous session ("since last time").
    public var progress: CharterProgress?

    package init(workshopID: String, workshopTitle: String, language: Language, sessionID: String, client: String?,
                date: Day, sections: [Section], decisions: [Decision], openQuestions: [OpenQuestion],
                openGaps: [Gap], readiness: Readiness, annex: Annex, people: [Person],
                presentation: CharterPresentation = CharterPresentation(), lockChanges: [LockChange] = [],
                startedAt: String? = nil, progress: CharterProgress? = nil) {
        self.workshopID = workshopID
        self.workshopTitle = workshopTitle
        self.language = language
        self.sessionID = sessionID
        self.client = client
        self.date = date
        self.sections = sections
        self.decisions = decisions
        self.openQuestions = openQuestions
        self.openGaps = openGaps
        self.readiness = readiness
        self.annex = annex
        self.people = people
        self.presentation = presentation
        self.lockChanges = lockChanges
        self.startedAt = startedAt
        self.progress = progress
    }

    public struct Section: Sendable, Hashable {
        public var id: String
        public var title: String
        public var facilitatorOnly: Bool
        public var locked: Bool
        public var fields: [Field]
        /// Share of this section's blocking gaps that are closed (1 when it has none).
        public var readiness: Double

        package init(id: String, title: String, facilitatorOnly: Bool, locked: Bool, fields: [Field], readiness: Double) {
            self.id = id
            self.title = title
            self.facilitatorOnly = facilitatorOnly
            self.locked = locked
            self.fields = fields
            self.readiness = readiness
        }
    }

    public struct Field: Sendable, Hashable {
        /// The declaration: id, label, type (record columns for a records field).
        public var model: FieldModel
        /// nil when not answered.
        public var value: Value?

        package init(model: FieldModel, value: Value?) {
            self.model = model
            self.value = value
        }
    }

    public struct Decision: Sendable, Hashable {
        /// The question the decision answers.
        public var question: String
        public var text: String
        public var section: String
        public var path: String
        /// Workshop seconds.
        public var time: Double

        package init(question: String, text: String, section: String, path: String, time: Double) {
            self.question = question
            self.text = text
            self.section = section
            self.path = path
            self.time = time
        }
    }

    public struct OpenQuestion: Sendable, Hashable {
        public var id: String
        public var question: String
        /// Who will answer; nil when nobody was named yet.
        public var owner: String?
        /// True when the client said "je ne sais pas"; false when it was parked.
        public var dontKnow: Bool
        public var section: String?
        public var time: Double
        /// Where its answer would go (`objectifs[r1].indicateurs[r2].cible`), when known.
        public var path: String?

        package init(id: String, question: String, owner: String?, dontKnow: Bool, section: String?, time: Double,
                    path: String? = nil) {
            self.path = path
            self.id = id
            self.question = question
            self.owner = owner
            self.dontKnow = dontKnow
            self.section = section
            self.time = time
        }
    }

    public struct Gap: Sendable, Hashable {
        public var id: String
        public var rule: String
        public var question: String
        public var weight: Rule.Weight
        public var section: String
        /// True once the question was put to the client.
        public var asked: Bool
        /// Where its answer would go, when known.
        public var path: String?

        package init(id: String, rule: String, question: String, weight: Rule.Weight, section: String, asked: Bool,
                    path: String? = nil) {
            self.path = path
            self.id = id
            self.rule = rule
            self.question = question
            self.weight = weight
            self.section = section
            self.asked = asked
        }
    }

    public struct Readiness: Sendable, Hashable {
        /// Share of blocking gaps closed, 0…1 (1 when there were none).
        public var overall: Double
        public var blockingOpen: Int
        public var blockingClosed: Int

        package init(overall: Double, blockingOpen: Int, blockingClosed: Int) {
            self.overall = overall
            self.blockingOpen = blockingOpen
            self.blockingClosed = blockingClosed
        }
    }

    public struct Annex: Sendable, Hashable {
        public var checkpoints: [CheckpointResult]
        public var phases: [PhaseTiming]
        public var notes: [Note]
        /// Total workshop seconds spent.
        public var totalSeconds: Double
        /// Planned minutes.
        public var plannedMinutes: Int

        package init(checkpoints: [CheckpointResult], phases: [PhaseTiming], notes: [Note], totalSeconds: Double, plannedMinutes: Int) {
            self.checkpoints = checkpoints
            self.phases = phases
            self.notes = notes
            self.totalSeconds = totalSeconds
            self.plannedMinutes = plannedMinutes
        }
    }

    public struct CheckpointResult: Sendable, Hashable {
        public var phase: String
        public var text: String
        /// nil when not answered.
        public var ok: Bool?
        public var time: Double?

        package init(phase: String, text: String, ok: Bool?, time: Double?) {
            self.phase = phase
            self.text = text
            self.ok = ok
            self.time = time
        }
    }

    public struct PhaseTiming: Sendable, Hashable {
        public var id: String
        public var title: String
        public var timeboxMinutes: Int
        public var spentSeconds: Double

        package init(id: String, title: String, timeboxMinutes: Int, spentSeconds: Double) {
            self.id = id
            self.title = title
            self.timeboxMinutes = timeboxMinutes
            self.spentSeconds = spentSeconds
        }
    }

    public struct Note: Sendable, Hashable {
        public var text: String
        public var time: Double

        package init(text: String, time: Double) {
            self.text = text
            self.time = time
        }
    }

    public struct Person: Sendable, Hashable {
        public var name: String
        public var email: String?
        public var role: String?

        package init(name: String, email: String?, role: String?) {
            self.name = name
            self.email = email
            self.role = role
        }
    }
}

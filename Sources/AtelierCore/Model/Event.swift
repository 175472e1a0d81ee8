/// Something that happened in a session. The engine's state is a pure fold of events over a
/// workshop script; the journal stores exactly these, one JSON object a line.
public struct Event: Sendable, Hashable {
    /// Workshop time, in seconds of session activity since the start (pauses between a quit and a
    /// resume do not count). The front end's clock supplies it; the engine never reads a clock.
    package var time: Double
    /// Wall-clock time as ISO 8601, for the record only (the engine ignores it).
    public var wallTime: String?
    package var kind: Kind

    public init(_ kind: Kind, at time: Double, wallTime: String? = nil) {
        self.kind = kind
        self.time = time
        self.wallTime = wallTime
    }

    public enum Kind: Sendable, Hashable {
        /// An answer to agenda item `item` (a scripted question, a gap question, a follow-up).
        case answer(item: ItemID, value: Value)
        /// The client's answer to the pre-read question `item` (a scripted `ask` step), from the
        /// questionnaire returned before the workshop (`atelier run --preread`). It fills the field
        /// like an answer, keeps where it came from, and the step is not asked again.
        case preread(item: ItemID, value: Value)
        /// A `say` step was shown to the room.
        case said(item: ItemID)
        /// The item is passed over for now.
        case skip(item: ItemID)
        /// An explicit decision on a gap ("pas d'indicateur pour celui-ci"): recorded, never asked again.
        case decide(item: ItemID, text: String)
        /// The item goes to the open questions; `owner` will answer it.
        case park(item: ItemID, owner: String?, dontKnow: Bool)
        /// Who will answer an open question.
        case assignOwner(openQuestion: String, owner: String)
        /// A facilitator checkpoint answered yes or no.
        case checkpoint(item: ItemID, ok: Bool)
        /// A facilitator note (never in the client's copy).
        case note(String)
        /// A change to an earlier answer: `path` names the field (`objectives[r3].title`).
        case edit(path: String, value: Value)
        /// Go back to the previous item answered or skipped in this phase.
        case back
        /// Move to a phase.
        case goto(phase: String)
        /// Lock a section: later changes to it are flagged.
        case lock(section: String)
        /// Take back the last event that changed something.
        case undo
        /// At 100% of a timebox: park the remaining items of the phase ("finir à l'heure").
        case parkRest(phase: String)
        /// At 100% of a timebox: keep going anyway.
        case keepGoing(phase: String)
        /// The live board was opened at `url` for the room (`--board`). Facilitator annex only (the
        /// address may carry the board's token); undo never takes it back.
        case board(url: String)
        /// The session was resumed after an interruption.
        case resume
        /// The consultant saved and quit.
        case quit
        /// One acknowledged line of the answer to `item` still being typed (a list item, a line of a
        /// long text, a record field). The engine keeps these lines as the item's draft until the
        /// answer that closes it (or a skip, park or decision on the item) replaces them.
        case line(item: ItemID, DraftLine)
        /// A line typed that changes nothing in the workshop: a command that only shows something
        /// (help, status, why, gaps, charter), a refused answer, a prompt's cancelled or pending
        /// reply. Journaled so every line typed is on disk and the clock resumes where it was.
        case input(item: ItemID?, text: String)
        /// A follow-up workshop starts from the previous session's charter, open questions and
        /// decisions (`atelier run SCRIPT --follow-up PREVIOUS`): the first event of its journal.
        case followUp(FollowUpStart)
        /// The session continues on an edited script from here on (`atelier resume --workshop`):
        /// answers are carried over by field id, what no longer fits becomes open questions.
        case migrate(ScriptMigration)
    }
}

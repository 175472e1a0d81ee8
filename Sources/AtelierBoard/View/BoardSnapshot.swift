import AtelierCore

/// Everything a viewer's page shows at one moment, as it travels on the event stream (JSON). Every
/// string that holds client or script text is HTML already escaped by the export's escaper; the page
/// only places it. Times are workshop seconds; `running` says whether the clocks tick on from here.
struct BoardSnapshot: Encodable, Sendable, Equatable {
    struct Section: Encodable, Sendable, Equatable {
        /// The element id (`s-<section id>`, `decisions`).
        var id: String
        var html: String
    }

    struct Clock: Encodable, Sendable, Equatable {
        /// Seconds spent in the phase, the phase's timebox, the workshop's time and its planned length.
        var phase: Double
        var timebox: Double
        var total: Double
        var planned: Double
        /// The clocks tick on (a live session waiting for the next answer).
        var running: Bool
    }

    /// Increases with each snapshot a board publishes.
    var version: Int
    /// `live`, `paused` or `finished`.
    var state: String
    /// The state in words ("en direct").
    var stateText: String
    var phaseTitle: String
    /// "Phase 2 sur 7".
    var phaseOf: String
    var clock: Clock
    /// What the room is talking about now.
    var discussion: String
    var sections: [Section]
    var openQuestions: String
    var openCount: Int
}

/// What the room is talking about: an agenda item's client wording and the lines of an answer
/// being typed, if any. Never a checkpoint, a park offer, a rule or a command.
struct BoardTopic: Sendable, Equatable {
    var id: ItemID
    var kind: BoardText.Key
    var text: String
    var hint: String?
    /// The lines of the answer being typed (`Engine.draft(for:)`), as the room reads them.
    var draft: [String]

    /// The item as the room may see it; nil for what is the facilitator's alone.
    init?(_ item: AgendaItem, draft: [String] = []) {
        switch item.kind {
        case .question: kind = .nowDiscussing
        case .gap: kind = .toClarify
        case .ownerFollowUp: kind = .whoWillAnswer
        case .say: kind = .saidToTheRoom
        case .end: kind = .workshopComplete
        case .checkpoint, .parkOffer, .decisionScope: return nil
        }
        id = item.id
        text = item.text
        hint = item.kind == .question || item.kind == .gap ? item.hint : nil
        self.draft = draft
    }
}

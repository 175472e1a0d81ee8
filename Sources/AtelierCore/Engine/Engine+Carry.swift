/// Starting from another charter: a follow-up workshop (`follow_up`), or the same session going
/// on under an edited script (`migrate`). Both carry the answers over by field id
/// (`CharterCarry`), turn what has no place left into open questions, and count a scripted
/// question as answered when its field already holds an answer, so only what is new is asked.
extension Engine {
    /// A follow-up: the whole script (follow-up fields and their rules included), the previous
    /// charter with its follow-up fields emptied (their values are "last time"), its open
    /// questions asked again through their items, its decisions still in force.
    mutating func startFollowUp(_ start: FollowUpStart, at t: Double) -> [EngineNotice] {
        let newScript = EngineScript(workshop: script.full, followUp: true)
        let carry = CharterCarry(Self.withoutFollowUpValues(start.charter, model: script.full.charter),
                                 oldModel: nil, into: newScript.workshop.charter, renamed: [:])
        var fresh = Engine(script: newScript, today: today)
        fresh.state.timing = EngineState.Timing(phaseEntered: t, spent: [:], lastTime: t)
        fresh.state.content.origin = FollowUpOrigin(parent: start.parent, parentDay: start.parentDay, charter: start.charter)
        fresh.state.content.nextRecord = CharterCarry.highestRecordNumber(in: start.charter) + 1
        fresh.state.content.charter = carry.charter
        for question in start.openQuestions {
            fresh.addOpenQuestion(item: question.item ?? .end, question: question.question, owner: question.owner,
                                  dontKnow: question.dontKnow, section: question.section, at: t,
                                  carriedPath: question.path.flatMap(FieldPath.init(parsing:)))
        }
        fresh.addMisfits(carry.misfits, at: t)
        for decision in start.decisions {
            fresh.state.content.decisions.append(DecisionState(item: decision.item, question: decision.question, text: decision.text,
                                                               section: decision.section, path: decision.path, time: t))
            if case .step = decision.item, let path = FieldPath(parsing: decision.path) { fresh.state.content.decidedPaths.insert(path) }
        }
        fresh.markAnsweredWhereFilled()
        fresh.evaluateRules(changed: nil)
        for decision in start.decisions {
            if case .gap(let id) = decision.item, fresh.gap(id) != nil { fresh.updateGap(id) { $0.decided = true; $0.asked = true } }
        }
        fresh.finishCarry(at: t)
        self = fresh
        return []
    }

    /// The session goes on under the edited script the event carries: everything it knows is
    /// kept where the new script still has a place for it (answers, open questions, decisions,
    /// checkpoints, notes, timing, the phase); undo cannot reach back past this point.
    mutating func migrate(_ migration: ScriptMigration, at t: Double) -> [EngineNotice] {
        let loaded = WorkshopLoader.load(source: migration.scriptSource, file: migration.scriptPath ?? workshop.file,
                                         language: workshop.language)
        guard let edited = loaded.workshop, !loaded.diagnostics.hasErrors else { return [.editedScriptUnreadable] }
        self = migrated(to: edited, renamed: migration.renamed, at: t).engine
        return []
    }

    /// What `migrate` makes of this engine, and how the answers were carried: what a resume on
    /// an edited script reports before it goes on.
    public func migrated(to edited: Workshop, renamed: [String: String], at t: Double) -> (engine: Engine, report: MigrationReport) {
        let newScript = EngineScript(workshop: edited, followUp: script.followUp)
        let old = state.content
        let carry = CharterCarry(old.charter, oldModel: script.full.charter, into: newScript.workshop.charter, renamed: renamed)
        var fresh = Engine(script: newScript, today: today)
        let phases = newScript.workshop.phases
        var content = fresh.state.content
        content.charter = carry.charter
        content.nextRecord = old.nextRecord
        content.nextOpenQuestion = old.nextOpenQuestion
        content.openQuestions = old.openQuestions
        content.decisions = old.decisions
        content.decidedPaths = old.decidedPaths.filter { CharterPaths.fieldModel(at: $0, in: newScript.workshop.charter) != nil }
        content.checkpoints = old.checkpoints.filter { fresh.plan.step($0.key) != nil }
        content.locked = old.locked.filter { id in newScript.workshop.charter.sections.contains { $0.id == id } }
        content.parkOffers = old.parkOffers.filter { id, _ in phases.contains { $0.id == id } }
        content.drafts = old.drafts.filter { fresh.plan.step($0.key) != nil }
        content.origin = old.origin
        content.resolved = old.resolved
        let currentPhase = workshop.phases.indices.contains(old.phaseIndex) ? workshop.phases[old.phaseIndex].id : nil
        content.phaseIndex = phases.firstIndex { $0.id == currentPhase } ?? 0
        // What happened to each step that is still in the script.
        for (p, phase) in workshop.phases.enumerated() {
            for (s, step) in phase.steps.enumerated() {
                guard let status = old.steps[p][s], let position = fresh.plan.step(.step(phase: phase.id, step: step.id)) else { continue }
                content.steps[position.phase][position.step] = status
            }
        }
        fresh.state.content = content
        fresh.state.timing = state.timing
        fresh.state.logs = EngineState.Logs(done: [], notes: state.logs.notes, lockChanges: state.logs.lockChanges, boards: state.logs.boards)
        let misfitsBefore = fresh.state.content.openQuestions.count
        fresh.addMisfits(carry.misfits, at: t)
        let newQuestions = fresh.unansweredNewSteps(comparedWith: self)
        fresh.markAnsweredWhereFilled()
        fresh.evaluateRules(changed: nil)
        // Gaps still raised keep what was done about them (asked, parked, decided); those the
        // session closed stay closed (they count in readiness) while their rule is in the script.
        for (index, ruleGaps) in old.gaps.enumerated() {
            let newIndex = fresh.plan.ruleIndex[workshop.rules[index].id]
            for (id, gap) in ruleGaps.all {
                if fresh.gap(id) != nil {
                    fresh.updateGap(id) { $0.asked = gap.asked; $0.parked = gap.parked; $0.decided = gap.decided; $0.askedInPhase = gap.askedInPhase }
                } else if !isOpenGap(gap), let newIndex {
                    var closed = gap
                    closed.ruleIndex = newIndex
                    closed.open = false
                    fresh.state.content.gaps[newIndex].all[id] = closed
                }
            }
        }
        // A decision's scope still to ask, for a gap still raised.
        fresh.state.content.scopeQuestions = old.scopeQuestions.filter { fresh.gap($0) != nil }
        fresh.finishCarry(at: t)
        let report = MigrationReport(carried: carry.carried, renames: carry.renames.map { ($0.from, $0.to) },
                                     openQuestions: fresh.state.content.openQuestions[misfitsBefore...].map(\.question),
                                     newQuestions: newQuestions, unplaced: carry.misfits.map(\.field))
        return (fresh, report)
    }

    /// An open question, not asked "who will answer?" again (it was, or it says where it came from).
    private mutating func addOpenQuestion(item: ItemID, question: String, owner: String?, dontKnow: Bool, section: String?,
                                          at t: Double, carriedPath: FieldPath?) {
        let id = "oq\(state.content.nextOpenQuestion)"
        state.content.nextOpenQuestion += 1
        state.content.openQuestions.append(OpenQuestionState(id: id, item: item, question: question, owner: owner, dontKnow: dontKnow,
                                                             section: section, time: t, ownerAsked: true, carried: true,
                                                             carriedPath: carriedPath))
    }

    /// Answers with no place left become open questions, quoting them: never dropped.
    private mutating func addMisfits(_ misfits: [CharterCarry.Misfit], at t: Double) {
        for misfit in misfits {
            let question = EngineMessages.noLongerFits(misfit.label, ValueText.plain(misfit.value, workshop.language), workshop.language)
            addOpenQuestion(item: .end, question: question, owner: nil, dontKnow: false, section: nil, at: t, carriedPath: nil)
        }
    }

    /// A scripted question whose field already holds an answer is not asked again.
    private mutating func markAnsweredWhereFilled() {
        for (p, phase) in workshop.phases.enumerated() {
            for (s, step) in phase.steps.enumerated() where state.content.steps[p][s] == nil {
                guard case .ask(let question) = step.kind, let value = state.content.charter[question.field],
                      !CharterCarry.isEmpty(value) else { continue }
                state.content.steps[p][s] = .answered
            }
        }
    }

    /// The scripted questions of this script the other engine's script did not have, and whose
    /// field holds no answer: what the session will ask that it did not before.
    private func unansweredNewSteps(comparedWith other: Engine) -> [String] {
        var out: [String] = []
        for phase in workshop.phases {
            for step in phase.steps {
                guard case .ask(let question) = step.kind, other.plan.step(.step(phase: phase.id, step: step.id)) == nil
                        || other.workshop.charter.field(question.field) == nil else { continue }
                if let value = state.content.charter[question.field], !CharterCarry.isEmpty(value) { continue }
                out.append(render(question.text))
            }
        }
        return out
    }

    private mutating func finishCarry(at t: Double) {
        refreshFirstPending()
        settle(at: t)
        touchedGaps = [:]
    }

    /// The previous charter without its follow-up fields' values (asked again in the follow-up).
    static func withoutFollowUpValues(_ charter: [String: Value], model: CharterModel) -> [String: Value] {
        func strip(_ fields: [String: Value], _ models: [FieldModel]) -> [String: Value] {
            var out: [String: Value] = [:]
            for (id, value) in fields {
                let field = models.first { $0.id == id }
                if field?.followUp == true { continue }
                if case .records(let m)? = field?.type, case .records(let records) = value {
                    out[id] = .records(records.map { Record(id: $0.id, fields: strip($0.fields, m.fields)) })
                } else {
                    out[id] = value
                }
            }
            return out
        }
        return strip(charter, model.allFields)
    }
}

/// How a session's answers were carried over to an edited script.
public struct MigrationReport: Sendable, Hashable {
    /// Answers that found their place (one per field value).
    public var carried: Int
    /// Fields whose answers moved to another id: old path -> new path.
    public var renames: [Rename]
    /// The open questions made of answers with no place left.
    public var openQuestions: [String]
    /// The questions the edited script will ask that the session had not.
    public var newQuestions: [String]
    /// The old fields (ids joined by dots) whose answers found no place, each once: what a
    /// consultant may map by hand (`ScriptMigration.renamed`).
    public var unplaced: [String]

    public struct Rename: Sendable, Hashable {
        public var from: String
        public var to: String
    }

    init(carried: Int, renames: [(String, String)], openQuestions: [String], newQuestions: [String], unplaced: [String]) {
        var seen = Set<String>()
        self.unplaced = unplaced.filter { seen.insert($0).inserted }
        self.carried = carried
        self.renames = renames.map { Rename(from: $0.0, to: $0.1) }
        self.openQuestions = openQuestions
        self.newQuestions = newQuestions
    }
}

extension Engine {
    /// What a follow-up of this session starts from: its charter (answers under way included),
    /// its open questions and its decisions.
    public func followUpStart(parent: String, parentDay: Day) -> FollowUpStart {
        let charter = state.content.drafts.isEmpty ? state.content.charter : charterWithDrafts()
        let questions = standingOpenQuestions().map { q in
            CarriedQuestion(item: q.item == .end ? nil : q.item, question: currentQuestion(of: q), owner: q.owner, dontKnow: q.dontKnow,
                            section: q.section, path: (q.carriedPath ?? answerTarget(of: q.item))?.description)
        }
        let decisions = state.content.decisions.map {
            CarriedDecision(item: $0.item, question: $0.question, text: $0.text, section: $0.section, path: $0.path)
        }
        return FollowUpStart(parent: parent, parentDay: parentDay, charter: charter, openQuestions: questions, decisions: decisions)
    }

    /// The engine of this session at workshop time `seconds`: the events up to it applied.
    public static func replaying(_ events: [Event], workshop: Workshop, today: Day, until seconds: Double) -> Engine {
        replaying(events.filter { $0.time <= seconds }, workshop: workshop, today: today).engine
    }
}

/// The charter document the exporters render.
extension Engine {
    /// The charter of this session; `startedAt` (ISO 8601) dates the changes made after a lock.
    /// Answers still under way (a session stopped in the middle of a list) are shown as typed so far.
    public func document(sessionID: String, client: String?, date: Day, startedAt: String? = nil) -> CharterDocument {
        let ready = readiness()
        let charter = state.content.drafts.isEmpty ? state.content.charter : charterWithDrafts()
        let sections = workshop.charter.sections.map { s in
            CharterDocument.Section(id: s.id, title: s.title, facilitatorOnly: s.facilitatorOnly,
                                    locked: state.content.locked.contains(s.id),
                                    fields: s.fields.map { CharterDocument.Field(model: $0, value: charter[$0.id]) },
                                    readiness: ready.bySection[s.id] ?? 1)
        }
        let decisions = state.content.decisions.map {
            CharterDocument.Decision(question: $0.question, text: $0.text, section: $0.section, path: $0.path, time: $0.time)
        }
        let openQuestions = standingOpenQuestions().map {
            CharterDocument.OpenQuestion(id: $0.id, question: currentQuestion(of: $0), owner: $0.owner, dontKnow: $0.dontKnow,
                                         section: $0.section, time: $0.time, path: answerTarget(of: $0.item)?.description)
        }
        let gaps = openGaps().filter { !$0.parked }.map {
            CharterDocument.Gap(id: $0.item.description, rule: $0.rule, question: $0.question, weight: $0.weight, section: $0.section,
                                asked: $0.asked, path: answerTarget(of: $0.item)?.description)
        }
        return CharterDocument(workshopID: workshop.id, workshopTitle: workshop.title, language: workshop.language,
                               sessionID: sessionID, client: client, date: date, sections: sections, decisions: decisions,
                               openQuestions: openQuestions, openGaps: gaps,
                               readiness: .init(overall: ready.overall, blockingOpen: ready.open, blockingClosed: ready.closed),
                               annex: annex(), people: PeopleCollector.people(in: charter, model: workshop.charter),
                               presentation: workshop.presentation, lockChanges: state.logs.lockChanges,
                               startedAt: startedAt, progress: progress())
    }

    private func annex() -> CharterDocument.Annex {
        var checkpoints: [CharterDocument.CheckpointResult] = []
        var timings: [CharterDocument.PhaseTiming] = []
        for (p, phase) in workshop.phases.enumerated() {
            for step in phase.steps {
                guard case .check(let c) = step.kind else { continue }
                let result = state.content.checkpoints[.step(phase: phase.id, step: step.id)]
                checkpoints.append(.init(phase: phase.title, text: c.text, ok: result?.ok, time: result?.time))
            }
            var spent = state.timing.spent[phase.id, default: 0]
            if p == state.content.phaseIndex { spent += max(0, state.timing.lastTime - state.timing.phaseEntered) }
            timings.append(.init(id: phase.id, title: phase.title, timeboxMinutes: phase.timebox, spentSeconds: spent))
        }
        // The board's address is a note of the facilitator's, among the others in time order.
        let boards = state.logs.boards.map { CharterDocument.Note(text: EngineMessages.boardNote($0.text, workshop.language), time: $0.time) }
        let notes = state.logs.notes.map { CharterDocument.Note(text: $0.text, time: $0.time) }
        return .init(checkpoints: checkpoints, phases: timings,
                     notes: boards.isEmpty ? notes : (notes + boards).sorted { $0.time < $1.time },
                     totalSeconds: state.timing.lastTime, plannedMinutes: workshop.duration)
    }
}

/// Open questions as they stand now.
extension Engine {
    /// The open questions still open: one about a gap goes once the gap is no longer raised (the
    /// client filled it, or restated the answer without the hedge it quoted).
    func standingOpenQuestions() -> [OpenQuestionState] {
        state.content.openQuestions.filter { isStanding($0) }
    }

    func isStanding(_ question: OpenQuestionState) -> Bool {
        guard case .gap(let id) = question.item else { return true }
        return gap(id)?.open ?? true
    }

    /// What an open question asks, in the client's latest words: the question of its gap as the
    /// rule words it now (after a restatement, the new wording), or the question as it was parked.
    func currentQuestion(of question: OpenQuestionState) -> String {
        guard case .gap(let id) = question.item, let gap = gap(id), gap.open else { return question.question }
        return gap.question
    }
}

import AtelierCore

/// Replays a session against the script it was recorded with and against an edited one, and says
/// what would have gone differently — a way to improve a script on real past workshops.
struct ScriptComparison {
    let saved: SavedSession
    let edited: Workshop

    func report() -> String {
        let original = saved.replay()
        let candidate = saved.replay(with: edited)
        let fr = edited.language == .fr
        let oldAsked = Self.asked(saved.events, engine: original.engine)
        let newIDs = Set(saved.events.compactMap(\.itemID)).filter { candidate.engine.describe(item: $0) != nil }
        let noLongerAsked = oldAsked.filter { !newIDs.contains($0.id) }
        let landNowhere = zip(saved.events, Self.noticesPerEvent(saved.events, workshop: edited, today: saved.header.startDay))
            .filter { event, notices in event.isAnswer && notices.contains(where: \.rejectsEvent) }
        let oldGaps = Set(original.engine.openGaps().map { "\($0.rule)|\($0.question)" })
        let newGaps = candidate.engine.openGaps().filter { !oldGaps.contains("\($0.rule)|\($0.question)") }
        let newGapKeys = Set(candidate.engine.openGaps().map { "\($0.rule)|\($0.question)" })
        let closedGaps = original.engine.openGaps().filter { !newGapKeys.contains("\($0.rule)|\($0.question)") }

        var out = fr ? "\nRejeu de \(saved.path) avec le script modifié « \(edited.title) »\n"
                     : "\nReplay of \(saved.path) against the edited script “\(edited.title)”\n"
        out += section(fr ? "Questions qui ne seraient plus posées" : "Questions no longer asked",
                       noLongerAsked.map { $0.text }, fr: fr)
        out += section(fr ? "Réponses qui n'ont plus de place" : "Answers that now land nowhere",
                       landNowhere.map { event, notices in
                           "\(event.itemID?.description ?? "?") — " + (notices.first?.message(edited.language) ?? "")
                       }, fr: fr)
        out += section(fr ? "Nouveaux points que les nouvelles règles auraient soulevés" : "New gaps the new rules would have raised",
                       newGaps.map { "\($0.question)  [\($0.rule)]" }, fr: fr)
        out += section(fr ? "Points qui ne seraient plus soulevés" : "Gaps no longer raised",
                       closedGaps.map { "\($0.question)  [\($0.rule)]" }, fr: fr)
        let wording = WordingChange.between(saved.script.workshop, edited)
        let words = ReplayText(language: edited.language)
        out += section(words.rewordedQuestions, wording.steps.map(words.line), fr: fr)
        out += section(words.rewordedRules, wording.rules.map(words.line), fr: fr)
        let before = Int((original.engine.readiness().overall * 100).rounded())
        let after = Int((candidate.engine.readiness().overall * 100).rounded())
        out += fr ? "\nCharte prête à \(before) % avec le script d'origine, \(after) % avec le script modifié.\n"
                  : "\nCharter \(before)% ready with the original script, \(after)% with the edited one.\n"
        return out
    }

    private func section(_ title: String, _ lines: [String], fr: Bool) -> String {
        "\n\(title) (\(lines.count))\n" + (lines.isEmpty ? (fr ? "  aucune différence\n" : "  no difference\n")
            : lines.map { "  • \($0)\n" }.joined())
    }

    /// The questions the original session asked (answered, skipped, decided or parked), in order.
    static func asked(_ events: [Event], engine: Engine) -> [(id: ItemID, text: String)] {
        var seen = Set<ItemID>()
        var out: [(ItemID, String)] = []
        for event in events {
            guard let id = event.itemID, Self.isStepOrGap(id), !seen.contains(id) else { continue }
            seen.insert(id)
            out.append((id, engine.describe(item: id)?.text ?? id.description))
        }
        return out.map { (id: $0.0, text: $0.1) }
    }

    private static func isStepOrGap(_ id: ItemID) -> Bool {
        switch id {
        case .step, .gap: true
        case .ownerFollowUp, .parkOffer, .decisionScope, .end: false
        }
    }

    static func noticesPerEvent(_ events: [Event], workshop: Workshop, today: Day) -> [[EngineNotice]] {
        var engine = Engine(workshop: workshop, today: today)
        return events.map { engine.apply($0).notices }
    }
}

extension Event {
    /// The agenda item an event is about, if any.
    var itemID: ItemID? {
        switch kind {
        case .answer(let item, _), .said(let item), .skip(let item), .decide(let item, _), .park(let item, _, _),
             .checkpoint(let item, _):
            return item
        default:
            return nil
        }
    }

    var isAnswer: Bool { if case .answer = kind { true } else { false } }
}

import AtelierCore

/// Replays a session against the script it was recorded with and against an edited one, and says
/// what would have gone differently — a way to improve a script on real past workshops.
struct ScriptComparison {
    let saved: SavedSession
    let edited: Workshop

    func report() -> String {
        let language = saved.language
        let original = saved.replay()
        let candidate = saved.replay(with: edited)
        let oldAsked = Self.asked(saved.events, engine: original.engine)
        let newIDs = Set(saved.events.compactMap(\.itemID)).filter { candidate.engine.describe(item: $0) != nil }
        let noLongerAsked = oldAsked.filter { !newIDs.contains($0.id) }
        let landNowhere = zip(saved.events, Self.noticesPerEvent(saved.events, workshop: edited, today: saved.header.startDay))
            .filter { event, notices in event.isAnswer && notices.contains(where: \.rejectsEvent) }
        let oldGaps = Set(original.engine.openGaps().map { "\($0.rule)|\($0.question)" })
        let newGaps = candidate.engine.openGaps().filter { !oldGaps.contains("\($0.rule)|\($0.question)") }
        let newGapKeys = Set(candidate.engine.openGaps().map { "\($0.rule)|\($0.question)" })
        let closedGaps = original.engine.openGaps().filter { !newGapKeys.contains("\($0.rule)|\($0.question)") }

        var out = "\n" + CLIMessage.comparisonTitle.text(language, ["session": saved.path, "title": edited.title]) + "\n"
        out += section(.comparisonNoLongerAsked, noLongerAsked.map { $0.text })
        out += section(.comparisonLandNowhere, landNowhere.map { event, notices in
            "\(event.itemID?.description ?? "?") — " + (notices.first?.message(language) ?? "")
        })
        out += section(.comparisonNewGaps, newGaps.map { "\($0.question)  [\($0.rule)]" })
        out += section(.comparisonClosedGaps, closedGaps.map { "\($0.question)  [\($0.rule)]" })
        let wording = WordingChange.between(saved.script.workshop, edited)
        out += section(.comparisonRewordedQuestions, wording.steps.map { $0.line(language) })
        out += section(.comparisonRewordedRules, wording.rules.map { $0.line(language) })
        let before = Int((original.engine.readiness().overall * 100).rounded())
        let after = Int((candidate.engine.readiness().overall * 100).rounded())
        out += "\n" + CLIMessage.comparisonReadiness.text(language, ["before": before, "after": after]) + "\n"
        return out
    }

    private func section(_ title: CLIMessage, _ lines: [String]) -> String {
        "\n\(title.text(saved.language)) (\(lines.count))\n"
            + (lines.isEmpty ? "  " + CLIMessage.comparisonNoDifference.text(saved.language) + "\n" : lines.map { "  • \($0)\n" }.joined())
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

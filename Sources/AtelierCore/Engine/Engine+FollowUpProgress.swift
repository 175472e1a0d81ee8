/// The "since last time" of a follow-up workshop.
extension Engine {
    /// What moved since the previous session; nil outside a follow-up.
    func progress() -> CharterProgress? {
        guard let origin = state.content.origin else { return nil }
        let model = workshop.charter
        var reviews: [CharterProgress.Review] = []
        for section in model.sections where !section.facilitatorOnly {
            for field in section.fields {
                collectReviews(field, path: FieldPath(field: field.id), now: state.content.charter[field.id],
                               before: origin.charter[field.id], section: section.title, into: &reviews)
            }
        }
        let before = Self.withoutFollowUpValues(origin.charter, model: model)
        let after = Self.withoutFollowUpValues(state.content.charter, model: model)
        let changes = CharterDiff.fields(before: CharterDiff.leaves(charter: before, model: model, clientOnly: true),
                                         after: CharterDiff.leaves(charter: after, model: model, clientOnly: true))
        return CharterProgress(parentSessionID: origin.parent, parentDate: origin.parentDay, reviews: reviews, changes: changes,
                               resolvedQuestions: state.content.resolved.map(\.question),
                               stillOpen: standingOpenQuestions().filter(\.carried).map(currentQuestion(of:)))
    }

    /// The follow-up fields under `field`, record by record, with last time's value.
    private func collectReviews(_ field: FieldModel, path: FieldPath, now: Value?, before: Value?, section: String,
                                into out: inout [CharterProgress.Review]) {
        guard case .records(let model) = field.type, case .records(let records)? = now else { return }
        let earlier: [String: Record]
        if case .records(let old)? = before { earlier = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) } else { earlier = [:] }
        for (n, record) in records.enumerated() {
            let recordPath = path.appending(record: record.id)
            var title = "\(n + 1)"
            if let id = model.titleField, case .text(let text)? = record.fields[id], !text.isEmpty { title = text }
            for sub in model.fields {
                if sub.followUp {
                    let start = sub.trend?.start.flatMap { record.fields[$0] }
                    let target = sub.trend?.target.flatMap { record.fields[$0] }
                    let previous = earlier[record.id]?.fields[sub.id]
                    let current = record.fields[sub.id]
                    let measure = Self.measure(current: current, earlier: previous ?? start, start: start, target: target)
                    out.append(CharterProgress.Review(section: section, item: title, label: sub.label,
                                                      path: recordPath.appending(field: sub.id).description, previous: previous,
                                                      current: current, start: start, target: target,
                                                      direction: measure.direction, share: measure.share))
                } else {
                    collectReviews(sub, path: recordPath.appending(field: sub.id), now: record.fields[sub.id],
                                   before: earlier[record.id]?.fields[sub.id], section: section, into: &out)
                }
            }
        }
    }

    /// Which way the value moved, and how much of the way to the target is done.
    static func measure(current: Value?, earlier: Value?, start: Value?, target: Value?) -> (direction: CharterProgress.Direction?, share: Double?) {
        guard let now = current.flatMap(number), let goal = target.flatMap(number) else { return (nil, nil) }
        var direction: CharterProgress.Direction?
        if let then = earlier.flatMap(number) {
            let (gapNow, gapThen) = (abs(goal - now), abs(goal - then))
            direction = gapNow < gapThen ? .better : gapNow > gapThen ? .worse : .steady
        }
        var share: Double?
        if let origin = start.flatMap(number), origin != goal { share = (now - origin) / (goal - origin) }
        return (direction, share)
    }

    /// The first number a value carries: a number, or the first one written in a text ("45 jours", "≥ 8/10", "12,5 %").
    static func number(_ value: Value) -> Double? {
        switch value {
        case .number(let n): return n
        case .text(let text):
            var digits = ""
            for c in text {
                if c.isASCII, c.isNumber { digits.append(c) }
                else if (c == "," || c == "."), !digits.isEmpty, !digits.contains(".") { digits.append(".") }
                else if !digits.isEmpty { break }
            }
            while digits.hasSuffix(".") { digits.removeLast() }
            return Double(digits)
        default: return nil
        }
    }
}

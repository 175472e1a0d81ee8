import Foundation

/// What a rule evaluated answer by answer (see `RulePlan.Shape.perAnswer`) made of one answer: its gap
/// key, question and target when the condition holds. The outcome depends only on the answer (the
/// workshop and the session's day are fixed for an engine), so it is computed once per answer
/// text instead of at every event that touches the answer's field.
final class AnswerRuleMemo: @unchecked Sendable {
    /// Compares and hashes texts byte for byte (String's own hashing normalises Unicode first,
    /// which costs more than the lookup saves).
    private struct Key: Hashable {
        var rule: Int
        var answer: AnswerRef

        static func == (a: Key, b: Key) -> Bool {
            a.rule == b.rule && a.answer.path == b.answer.path && a.answer.text.utf8.elementsEqual(b.answer.text.utf8)
                && a.answer.label.utf8.elementsEqual(b.answer.label.utf8) && a.answer.field.utf8.elementsEqual(b.answer.field.utf8)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(rule)
            hasher.combine(answer.path)
            var text = answer.text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private let lock = NSLock()
    private var outcomes: [Key: RaisedGap?] = [:]

    func outcome(rule: Int, answer: AnswerRef, compute: () -> RaisedGap?) -> RaisedGap? {
        let key = Key(rule: rule, answer: answer)
        lock.lock()
        if let known = outcomes[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let computed = compute()
        lock.lock()
        if outcomes.count >= 100_000 { outcomes.removeAll() }
        outcomes[key] = computed
        lock.unlock()
        return computed
    }
}

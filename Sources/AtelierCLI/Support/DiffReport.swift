import AtelierCore
import Foundation

/// `atelier diff`'s report, in the terminal, as Markdown, or as JSON.
struct DiffReport {
    struct Side {
        var path: String
        var client: String?
        var day: Day
        var sessionID: String
        /// Workshop seconds, when the side is a session at an earlier time.
        var at: Double?

        init(saved: SavedSession, at: Double?) {
            path = saved.path
            client = saved.header.client
            day = saved.header.startDay
            sessionID = saved.header.sessionID
            self.at = at
        }
    }

    struct Sides {
        var before: Side
        var after: Side
    }

    let diff: CharterDiff
    let sides: Sides
    let language: Language

    private var l: Language { language }

    private func value(_ value: Value?) -> String {
        value.map { ValueText.plain($0, l) } ?? "—"
    }

    private func describe(_ side: Side) -> String {
        var parts = [side.client ?? "—", side.day.iso]
        if let at = side.at { parts.append(CLIMessage.diffAtTime.text(l, ["clock": Self.clock(at)])) }
        return parts.joined(separator: ", ") + " — " + side.path
    }

    /// The terminal's version: one line per change, before and after indented under it.
    func text() -> String {
        var out = CLIMessage.diffTitle.text(l) + "\n  " + describe(sides.before) + "\n→ " + describe(sides.after) + "\n"
        out += "\n" + CLIMessage.plural(diff.fields.count, one: .diffAnswersOne, other: .diffAnswersOther, l) + "\n"
        if diff.fields.isEmpty { out += "  " + CLIMessage.diffNoChange.text(l) + "\n" }
        for change in diff.fields {
            let mark = switch change.kind { case .added: "+"; case .changed: "~"; case .removed: "-" }
            out += "  \(mark) \(change.label)  [\(change.path)]\n"
            switch change.kind {
            case .added: out += "      " + CLIMessage.diffAfter.text(l) + indent(value(change.after)) + "\n"
            case .removed: out += "      " + CLIMessage.diffBefore.text(l) + indent(value(change.before)) + "\n"
            case .changed:
                out += "      " + CLIMessage.diffBefore.text(l) + indent(value(change.before)) + "\n"
                out += "      " + CLIMessage.diffAfter.text(l) + indent(value(change.after)) + "\n"
            }
        }
        for (title, lines) in listSections() {
            out += "\n\(title) (\(lines.count))\n" + (lines.isEmpty ? "  " + CLIMessage.diffNoChange.text(l) + "\n" : lines.map { "  • \($0)\n" }.joined())
        }
        out += "\n" + readiness() + "\n"
        return out
    }

    private func readiness() -> String {
        func percent(_ share: Double) -> String { CLIMessage.percentValue.text(l, ["value": Int((share * 100).rounded())]) }
        return CLIMessage.diffReadiness.text(l, ["before": percent(diff.readinessBefore), "after": percent(diff.readinessAfter)])
    }

    static func kindName(_ kind: CharterDiff.Kind) -> CLIMessage {
        switch kind {
        case .added: .diffAdded
        case .changed: .diffChanged
        case .removed: .diffRemoved
        }
    }

    /// Workshop seconds as H:MM.
    static func clock(_ seconds: Double) -> String {
        let minutes = Int(seconds / 60)
        return "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
    }

    private func indent(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\n          ")
    }

    /// Gaps, decisions and open questions: a title and its lines.
    private func listSections() -> [(String, [String])] {
        [
            (CLIMessage.diffGapsOpened.text(l), diff.gapsOpened.map(\.question)),
            (CLIMessage.diffGapsClosed.text(l), diff.gapsClosed.map(\.question)),
            (CLIMessage.diffDecisionsTaken.text(l), diff.decisionsTaken.map { "\($0.question) → \($0.text)" }),
            (CLIMessage.diffDecisionsWithdrawn.text(l), diff.decisionsWithdrawn.map { "\($0.question) → \($0.text)" }),
            (CLIMessage.diffQuestionsResolved.text(l), diff.questionsResolved.map(\.question)),
            (CLIMessage.diffQuestionsRaised.text(l), diff.questionsRaised.map(\.question)),
        ]
    }

    /// Markdown: a table of the charter's changes, then a list per kind.
    func markdown() -> String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
        }
        var out = "# " + CLIMessage.diffTitle.text(l) + "\n\n- " + cell(describe(sides.before)) + "\n- " + cell(describe(sides.after)) + "\n\n"
        out += "## " + CLIMessage.plural(diff.fields.count, one: .diffAnswersOne, other: .diffAnswersOther, l) + "\n\n"
        if diff.fields.isEmpty {
            out += CLIMessage.diffNoChange.text(l) + "\n"
        } else {
            out += "| | \(CLIMessage.diffMarkdownField.text(l)) | \(CLIMessage.diffMarkdownBefore.text(l)) | \(CLIMessage.diffMarkdownAfter.text(l)) |\n|---|---|---|---|\n"
            for change in diff.fields {
                out += "| \(Self.kindName(change.kind).text(l)) | \(cell(change.label)) | \(cell(value(change.before))) | \(cell(value(change.after))) |\n"
            }
        }
        for (title, lines) in listSections() where !lines.isEmpty {
            out += "\n## \(title)\n\n" + lines.map { "- \(cell($0))\n" }.joined()
        }
        out += "\n" + readiness() + "\n"
        return out
    }

    /// JSON: the changes with their values in the journal's form.
    func json() -> String {
        func side(_ s: Side) -> [String: Any] {
            var object: [String: Any] = ["path": s.path, "date": s.day.iso, "session_id": s.sessionID]
            object["client"] = s.client
            object["at_seconds"] = s.at
            return object
        }
        func encoded(_ value: Value?) -> Any {
            guard let value, let data = try? JSONEncoder().encode(value), let object = try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) else { return NSNull() }
            return object
        }
        let object: [String: Any] = [
            "before": side(sides.before), "after": side(sides.after),
            "fields": diff.fields.map { ["kind": $0.kind.rawValue, "path": $0.path, "label": $0.label, "section": $0.section,
                                         "before": encoded($0.before), "after": encoded($0.after)] as [String: Any] },
            "gaps_opened": diff.gapsOpened.map { ["id": $0.id, "rule": $0.rule, "question": $0.question] },
            "gaps_closed": diff.gapsClosed.map { ["id": $0.id, "rule": $0.rule, "question": $0.question] },
            "decisions_taken": diff.decisionsTaken.map { ["question": $0.question, "text": $0.text] },
            "decisions_withdrawn": diff.decisionsWithdrawn.map { ["question": $0.question, "text": $0.text] },
            "questions_resolved": diff.questionsResolved.map(\.question),
            "questions_raised": diff.questionsRaised.map(\.question),
            "readiness": ["before": diff.readinessBefore, "after": diff.readinessAfter],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

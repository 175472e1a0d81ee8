import AtelierCore
import Foundation

/// The charter as every renderer walks it (the exports here, the live board later): the copy chosen
/// (client or facilitator), client strings sanitized but not yet escaped, values turned into display
/// text, records into tables. Built once per export by `CharterView.init(_:options:)`; each format
/// escapes as it prints.
///
/// The client's copy speaks to the client: a decision is written once, as the decision on its
/// subject (in place when it stands for data, else under "Décisions"); open questions and the gaps
/// still open are questions with who answers and by when, never the facilitator's sentence quoting
/// the client; values a question still hangs on are marked "à confirmer"; readiness scores, gap
/// weights, checkpoints, notes and facilitator-only sections are only in the facilitator's copy.
package struct CharterView {
    package var language: Language
    package var labels: Labels
    package var head: DocumentHead
    package var workshopID: String
    package var workshopTitle: String
    package var sessionID: String
    package var client: String?
    package var date: String
    package var isoDate: String
    package var facilitator: Bool
    /// Only in the facilitator's copy.
    package var readiness: ReadinessView?
    /// The one-page summary.
    package var summary: [SummaryEntry]
    /// The client-visible sections, in the script's order.
    package var sections: [SectionView]
    /// Decisions that stand for no data shown in the sections (the others are shown in place).
    package var decisions: [DecisionView]
    package var openQuestions: [OpenQuestionView]
    /// Gaps still open, with their weight: the facilitator's copy only (the client's copy lists them
    /// among the open questions).
    package var openGaps: [GapView]
    package var approval: [SignatoryView]
    package var people: [PersonView]
    /// Only in the facilitator's copy.
    package var annex: AnnexView?
    /// The table of contents: the parts of the document, in order.
    package var contents: [ContentsEntry]
    /// In a follow-up workshop: what moved since the previous one.
    package var progress: ProgressView? = nil
}

extension CharterView {
    /// What each printed page's header says: the title, and the client when the title does not name it.
    package var pageHeader: String {
        let client = self.client.flatMap { head.title.contains($0) ? nil : $0 }
        return [head.title, client].compactMap { $0 }.joined(separator: " — ")
    }

    /// The open questions as a table: subject, question, who answers, by when.
    package var openQuestionTable: (columns: [String], rows: [[String]]) {
        ([labels[.subject], labels[.question], labels[.owner], labels[.due]], openQuestions.map { q in
            [q.subject, q.dontKnow ? "\(q.question) (\(labels[.dontKnow]))" : q.question,
             q.owner ?? labels[.ownerUnknown], q.due ?? labels[.dueUnknown]]
        })
    }

    /// What each printed page's footer says besides the page number: "Version 1.0 — projet à valider".
    package var pageFooter: String { "\(labels[.version]) \(head.version) — \(head.status)" }
}

/// The title block: what the document is, for whom, which version.
package struct DocumentHead {
    package var title: String
    package var subtitle: String
    package var version: String
    /// "projet à valider" / "validée".
    package var status: String
    package var isDraft: Bool
}

package struct ReadinessView {
    package var percent: Int
    /// "96 %" / "96%".
    package var percentText: String
    package var blockingOpen: Int
    package var blockingClosed: Int
    /// "1 point bloquant ouvert", "23 points bloquants traités".
    package var blockingOpenText: String
    package var blockingClosedText: String
}

package struct SectionView {
    package var id: String
    package var title: String
    package var locked: Bool
    /// "validée" or, when it changed since, "validée, puis modifiée".
    package var lockedText: String
    /// The changes made after the section was locked, one sentence each, oldest first.
    package var changes: [String]
    package var facilitatorOnly: Bool
    package var readinessPercent: Int
    package var fields: [FieldView]

    /// A first field labelled like its section ("Objectifs" under "Objectifs"): its label is left out.
    package var repeatsItsTitle: Bool {
        guard let first = fields.first else { return false }
        return first.label.lowercased().trimmingCharacters(in: .whitespaces)
            == title.lowercased().trimmingCharacters(in: .whitespaces)
    }

    package func showsLabel(at index: Int) -> Bool { index != 0 || !repeatsItsTitle }

    /// The fields in the order they print: a first field labelled like the section stays first, then
    /// the fields that fit on a line (one definition list under the section's title), then the
    /// others, each under its heading — so no line ends up under the heading of a long text.
    package mutating func arrange() {
        let lead = repeatsItsTitle ? 1 : 0
        let rest = fields.dropFirst(lead)
        fields = Array(fields.prefix(lead)) + rest.filter(\.fitsOnALine) + rest.filter { !$0.fitsOnALine }
    }

    /// Printed as one "label : value" line among its neighbours rather than under a heading of its own.
    package func isCompact(at index: Int) -> Bool { showsLabel(at: index) && fields[index].fitsOnALine }
}

package struct FieldView {
    package enum Content {
        case empty
        case text(String)
        case list([String])
        case table(TableView)
    }

    package var id: String
    package var label: String
    package var content: Content
    /// The declaration and raw value, for templates that address fields directly (`charter.<id>`).
    package var model: FieldModel
    package var value: Value?
    /// The decisions taken on this field ("" when none), shown with it (in place of its value when empty).
    package var decision: String

    /// A scalar (not a long text) on one line, or nothing to show but a word: fits a "label : value" line.
    package var fitsOnALine: Bool {
        switch content {
        case .empty: return true
        case .list, .table: return false
        case .text(let text):
            switch model.type {
            case .longText, .list, .records: return false
            default: return !text.utf8.contains(0x0A)
            }
        }
    }
}

/// A table: header labels, rows of cells, and the tables of nested records (indicators under
/// objectives), each flattened with the parent's title as first column.
package struct TableView {
    /// A row of cells, or a decision standing where a parent's nested records would be: then `cells`
    /// holds the parent's title, the decision (after its label) and empty cells to fill the row.
    package struct Row {
        package var cells: [String]
        package var decision: String?
    }

    package var title: String
    package var columns: [String]
    package var rows: [Row]
    package var subtables: [TableView]

    /// Each column's share of the table's width (`ColumnWidths`); decision rows do not count.
    package var widths: [Double] {
        ColumnWidths.shares(columns: columns, rows: rows.filter { $0.decision == nil }.map(\.cells))
    }
}

/// A decision written for the client: its subject ("Indicateurs de succès — « Faire connaître… »")
/// and what was decided; `question` (what was asked) is for the facilitator's annex only.
package struct DecisionView { package var subject: String; package var text: String; package var question: String; package var section: String }

/// An open question as the client reads it: its subject, the question, who answers and by when.
package struct OpenQuestionView {
    package var subject: String
    package var question: String
    package var owner: String?
    package var due: String?
    package var dontKnow: Bool
    package var section: String
    /// False for a gap the workshop has not put to the room yet (the live board shows only the
    /// questions the room is answering; the documents list them all).
    package var raised = true
}

package struct GapView { var question: String; var section: String; var blocking: Bool; var asked: Bool }
package struct PersonView { var name: String; var email: String?; var role: String? }
/// One line of the approval block; `name` is empty when it is to be written by hand.
package struct SignatoryView { var role: String; var name: String }
/// A part of the document for the table of contents; `anchor` is the HTML id and DOCX bookmark.
package struct ContentsEntry { var anchor: String; var title: String }

/// One item of the summary: a field's label and what it holds, in short.
package struct SummaryEntry {
    package enum Content {
        case empty
        case text(String)
        case lines([SummaryLine])
    }

    package var label: String
    package var content: Content
}

/// A line of the summary ("Réduire le délai de recrutement"), with what is shown beside it
/// ("Thomas Girard, 12 janvier 2027") and under it (each indicator with its target).
package struct SummaryLine {
    package var text: String
    package var detail: String
    package var children: [String]
}

package struct AnnexView {
    package struct Checkpoint { var phase: String; var text: String; var ok: Bool?; var time: String }
    package struct PhaseTime { var title: String; var timebox: String; var spent: String; var over: Bool }
    package struct Note { var text: String; var time: String }
    /// The script's facilitator-only sections, shown inside the annex.
    package var sections: [SectionView]
    /// Every decision with the question it answered.
    package var decisions: [DecisionView]
    package var checkpoints: [Checkpoint]
    package var phases: [PhaseTime]
    package var notes: [Note]
    package var total: String
    package var planned: String
}

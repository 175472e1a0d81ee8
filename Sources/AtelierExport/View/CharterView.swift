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
struct CharterView {
    var language: Language
    var labels: Labels
    var head: DocumentHead
    var workshopID: String
    var workshopTitle: String
    var sessionID: String
    var client: String?
    var date: String
    var isoDate: String
    var facilitator: Bool
    /// Only in the facilitator's copy.
    var readiness: ReadinessView?
    /// The one-page summary.
    var summary: [SummaryEntry]
    /// The client-visible sections, in the script's order.
    var sections: [SectionView]
    /// Decisions that stand for no data shown in the sections (the others are shown in place).
    var decisions: [DecisionView]
    var openQuestions: [OpenQuestionView]
    /// Gaps still open, with their weight: the facilitator's copy only (the client's copy lists them
    /// among the open questions).
    var openGaps: [GapView]
    var approval: [SignatoryView]
    var people: [PersonView]
    /// Only in the facilitator's copy.
    var annex: AnnexView?
    /// The table of contents: the parts of the document, in order.
    var contents: [ContentsEntry]
}

extension CharterView {
    /// What each printed page's header says: the title, and the client when the title does not name it.
    var pageHeader: String {
        let client = self.client.flatMap { head.title.contains($0) ? nil : $0 }
        return [head.title, client].compactMap { $0 }.joined(separator: " — ")
    }

    /// The open questions as a table: subject, question, who answers, by when.
    var openQuestionTable: (columns: [String], rows: [[String]]) {
        ([labels[.subject], labels[.question], labels[.owner], labels[.due]], openQuestions.map { q in
            [q.subject, q.dontKnow ? "\(q.question) (\(labels[.dontKnow]))" : q.question,
             q.owner ?? labels[.ownerUnknown], q.due ?? labels[.dueUnknown]]
        })
    }

    /// What each printed page's footer says besides the page number: "Version 1.0 — projet à valider".
    var pageFooter: String { "\(labels[.version]) \(head.version) — \(head.status)" }
}

/// The title block: what the document is, for whom, which version.
struct DocumentHead {
    var title: String
    var subtitle: String
    var version: String
    /// "projet à valider" / "validée".
    var status: String
    var isDraft: Bool
}

struct ReadinessView {
    var percent: Int
    /// "96 %" / "96%".
    var percentText: String
    var blockingOpen: Int
    var blockingClosed: Int
    /// "1 point bloquant ouvert", "23 points bloquants traités".
    var blockingOpenText: String
    var blockingClosedText: String
}

struct SectionView {
    var id: String
    var title: String
    var locked: Bool
    /// "validée" or, when it changed since, "validée, puis modifiée".
    var lockedText: String
    /// The changes made after the section was locked, one sentence each, oldest first.
    var changes: [String]
    var facilitatorOnly: Bool
    var readinessPercent: Int
    var fields: [FieldView]

    /// A first field labelled like its section ("Objectifs" under "Objectifs"): its label is left out.
    var repeatsItsTitle: Bool {
        guard let first = fields.first else { return false }
        return first.label.lowercased().trimmingCharacters(in: .whitespaces)
            == title.lowercased().trimmingCharacters(in: .whitespaces)
    }

    func showsLabel(at index: Int) -> Bool { index != 0 || !repeatsItsTitle }

    /// The fields in the order they print: a first field labelled like the section stays first, then
    /// the fields that fit on a line (one definition list under the section's title), then the
    /// others, each under its heading — so no line ends up under the heading of a long text.
    mutating func arrange() {
        let lead = repeatsItsTitle ? 1 : 0
        let rest = fields.dropFirst(lead)
        fields = Array(fields.prefix(lead)) + rest.filter(\.fitsOnALine) + rest.filter { !$0.fitsOnALine }
    }

    /// Printed as one "label : value" line among its neighbours rather than under a heading of its own.
    func isCompact(at index: Int) -> Bool { showsLabel(at: index) && fields[index].fitsOnALine }
}

struct FieldView {
    enum Content {
        case empty
        case text(String)
        case list([String])
        case table(TableView)
    }

    var id: String
    var label: String
    var content: Content
    /// The declaration and raw value, for templates that address fields directly (`charter.<id>`).
    var model: FieldModel
    var value: Value?
    /// The decisions taken on this field ("" when none), shown with it (in place of its value when empty).
    var decision: String

    /// A scalar (not a long text) on one line, or nothing to show but a word: fits a "label : value" line.
    var fitsOnALine: Bool {
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
struct TableView {
    /// A row of cells, or a decision standing where a parent's nested records would be: then `cells`
    /// holds the parent's title, the decision (after its label) and empty cells to fill the row.
    struct Row {
        var cells: [String]
        var decision: String?
    }

    var title: String
    var columns: [String]
    var rows: [Row]
    var subtables: [TableView]

    /// Each column's share of the table's width (`ColumnWidths`); decision rows do not count.
    var widths: [Double] {
        ColumnWidths.shares(columns: columns, rows: rows.filter { $0.decision == nil }.map(\.cells))
    }
}

/// A decision written for the client: its subject ("Indicateurs de succès — « Faire connaître… »")
/// and what was decided; `question` (what was asked) is for the facilitator's annex only.
struct DecisionView { var subject: String; var text: String; var question: String; var section: String }

/// An open question as the client reads it: its subject, the question, who answers and by when.
struct OpenQuestionView {
    var subject: String
    var question: String
    var owner: String?
    var due: String?
    var dontKnow: Bool
    var section: String
}

struct GapView { var question: String; var section: String; var blocking: Bool; var asked: Bool }
struct PersonView { var name: String; var email: String?; var role: String? }
/// One line of the approval block; `name` is empty when it is to be written by hand.
struct SignatoryView { var role: String; var name: String }
/// A part of the document for the table of contents; `anchor` is the HTML id and DOCX bookmark.
struct ContentsEntry { var anchor: String; var title: String }

/// One item of the summary: a field's label and what it holds, in short.
struct SummaryEntry {
    enum Content {
        case empty
        case text(String)
        case lines([SummaryLine])
    }

    var label: String
    var content: Content
}

/// A line of the summary ("Réduire le délai de recrutement"), with what is shown beside it
/// ("Thomas Girard, 12 janvier 2027") and under it (each indicator with its target).
struct SummaryLine {
    var text: String
    var detail: String
    var children: [String]
}

struct AnnexView {
    struct Checkpoint { var phase: String; var text: String; var ok: Bool?; var time: String }
    struct PhaseTime { var title: String; var timebox: String; var spent: String; var over: Bool }
    struct Note { var text: String; var time: String }
    /// The script's facilitator-only sections, shown inside the annex.
    var sections: [SectionView]
    /// Every decision with the question it answered.
    var decisions: [DecisionView]
    var checkpoints: [Checkpoint]
    var phases: [PhaseTime]
    var notes: [Note]
    var total: String
    var planned: String
}

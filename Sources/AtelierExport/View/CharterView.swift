import AtelierCore
import Foundation

/// The charter as every renderer walks it: the copy chosen (client or facilitator), client strings
/// sanitized but not yet escaped, values turned into display text, records into tables. Built once
/// per export by `CharterView.init(_:facilitator:summaryFields:)`; each format escapes as it prints.
struct CharterView {
    var language: Language
    var labels: Labels
    var workshopID: String
    var workshopTitle: String
    var sessionID: String
    var client: String?
    var date: String
    var isoDate: String
    var readinessPercent: Int
    var blockingOpen: Int
    var blockingClosed: Int
    /// "1 point bloquant ouvert", "23 points bloquants traités".
    var blockingOpenText: String
    var blockingClosedText: String
    var facilitator: Bool
    var sections: [SectionView]
    var decisions: [DecisionView]
    var openQuestions: [OpenQuestionView]
    var openGaps: [GapView]
    var people: [PersonView]
    /// Only in the facilitator's copy.
    var annex: AnnexView?
    /// The fields the e-mail summarises.
    var summary: [FieldView]
}

struct SectionView {
    var id: String
    var title: String
    var locked: Bool
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
}

struct DecisionView { var question: String; var text: String; var section: String }
struct OpenQuestionView { var question: String; var owner: String?; var dontKnow: Bool; var section: String }
struct GapView { var question: String; var section: String; var blocking: Bool; var asked: Bool }
struct PersonView { var name: String; var email: String?; var role: String? }

struct AnnexView {
    struct Checkpoint { var phase: String; var text: String; var ok: Bool?; var time: String }
    struct PhaseTime { var title: String; var timebox: String; var spent: String; var over: Bool }
    struct Note { var text: String; var time: String }
    var checkpoints: [Checkpoint]
    var phases: [PhaseTime]
    var notes: [Note]
    var total: String
    var planned: String
}

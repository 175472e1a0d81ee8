import AtelierCore

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

    /// One field labelled like its section ("Objectifs" under "Objectifs"): its heading is left out.
    var repeatsItsTitle: Bool { fields.count == 1 && fields[0].label == title }
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
}

/// A table: header labels, rows of cells, and the tables of nested records (indicators under
/// objectives), each flattened with the parent's title as first column.
struct TableView {
    var title: String
    var columns: [String]
    var rows: [[String]]
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

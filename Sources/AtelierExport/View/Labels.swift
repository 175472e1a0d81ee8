import AtelierCore

/// The words the exports print around the client's text, in the workshop's language, by name
/// (their texts are in `ExportMessage`'s tables).
struct Labels: Sendable {
    let charter: String
    let preparedFor: String
    let readiness: String
    let blockingOpen: String
    let blockingClosed: String
    /// The singular forms, for a count that takes one (0 and 1 in French, 1 in English).
    let blockingOpenOne: String
    let blockingClosedOne: String
    let locked: String
    let notAnswered: String
    let decisions: String
    let decisionAbout: String
    /// Printed before a decision shown where the data it stands for would be.
    let decision: String
    let openQuestions: String
    let owner: String
    let ownerUnknown: String
    let dontKnow: String
    let parked: String
    let openGaps: String
    let blocking: String
    let advisory: String
    let asked: String
    let notAsked: String
    let people: String
    let email: String
    let role: String
    let annex: String
    let checkpoints: String
    let phase: String
    let timing: String
    let timebox: String
    let spent: String
    let over: String
    let notes: String
    let time: String
    let total: String
    let yes: String
    let no: String
    let unanswered: String
    let section: String
    let question: String
    let greeting: String
    let intro: String
    let confirmReceipt: String
    let attached: String
    let signature: String
    let subjectPrefix: String
    let fileName: String
    let colon: String

    /// The labels of `language`, read once from `ExportMessage`'s tables.
    static func of(_ language: Language) -> Labels {
        all[language] ?? Labels(language)
    }

    private static let all = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, Labels($0)) })

    private let language: Language

    private init(_ language: Language) {
        func t(_ key: ExportMessage) -> String { key.text(language) }
        self.language = language
        charter = t(.charter); preparedFor = t(.preparedFor); readiness = t(.readiness)
        blockingOpen = t(.blockingOpen); blockingClosed = t(.blockingClosed)
        blockingOpenOne = t(.blockingOpenOne); blockingClosedOne = t(.blockingClosedOne)
        locked = t(.locked); notAnswered = t(.notAnswered); decisions = t(.decisions); decisionAbout = t(.decisionAbout)
        decision = t(.decision); openQuestions = t(.openQuestions); owner = t(.owner); ownerUnknown = t(.ownerUnknown)
        dontKnow = t(.dontKnow); parked = t(.parked); openGaps = t(.openGaps); blocking = t(.blocking)
        advisory = t(.advisory); asked = t(.asked); notAsked = t(.notAsked); people = t(.people); email = t(.email)
        role = t(.role); annex = t(.annex); checkpoints = t(.checkpoints); phase = t(.phase); timing = t(.timing)
        timebox = t(.timebox); spent = t(.spent); over = t(.over); notes = t(.notes); time = t(.time); total = t(.total)
        yes = t(.yes); no = t(.no); unanswered = t(.unanswered); section = t(.section); question = t(.question)
        greeting = t(.greeting); intro = t(.intro); confirmReceipt = t(.confirmReceipt); attached = t(.attached)
        signature = t(.signature); subjectPrefix = t(.subjectPrefix); fileName = t(.fileName); colon = t(.colon)
    }

    /// "1 point bloquant ouvert", "23 points bloquants traités", "0 blocking points open": French
    /// takes the singular below 2, English only for 1.
    func count(_ n: Int, one: String, other: String, _ language: Language) -> String {
        "\(n) \(language.takesSingular(n) ? one : other)"
    }

    /// Every label by the key templates use (`{{labels.open_questions}}`).
    var dictionary: [String: String] {
        Dictionary(uniqueKeysWithValues: ExportMessage.templateLabels.map { ($0.rawValue, $0.text(language)) })
    }
}

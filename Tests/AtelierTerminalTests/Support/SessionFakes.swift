import AtelierCore
@testable import AtelierTerminal

/// The lines a consultant types, as a script: each read takes the next one (Ctrl-C, Ctrl-D
/// included); the prompts shown are kept.
final class ScriptedInput: LineInput {
    private var results: [LineResult]
    private(set) var prompts: [String] = []
    var completionProvider: CompletionProvider?

    init(_ results: [LineResult]) {
        self.results = results
    }

    /// Plain lines, then the end of the input.
    convenience init(lines: [String]) {
        self.init(lines.map { .line($0) })
    }

    func readLine(prompt: String) -> LineResult {
        prompts.append(prompt)
        return results.isEmpty ? .endOfInput : results.removeFirst()
    }

    /// The number of the line just read, as piped input counts them.
    var inputLineNumber: Int? { prompts.count }

    /// What Tab would offer now for `text`.
    func completions(_ text: String) -> [String] {
        completionProvider?(text, text) ?? []
    }
}

/// The screen, as text.
final class CapturedOutput: SessionOutput {
    private(set) var text = ""
    let colors = false

    func write(_ text: String) {
        self.text += text
    }
}

/// A clock that moves `step` seconds at each line read, and jumps when told.
final class ManualClock: SessionClock {
    var time: Double
    let step: Double

    init(start: Double = 0, step: Double = 10) {
        self.time = start
        self.step = step
    }

    func now() -> Double { time }
    func wallTime() -> String { "2027-03-15T09:00:00Z" }
    func lineRead() { time += step }
}

/// The journal: every event kept in order; a disk that refuses from a given event on.
final class RecordingJournal: SessionJournal {
    private(set) var events: [Event] = []
    /// From this event on (0-based), the disk "refuses" and says so.
    var refuseFrom: Int?

    func record(_ event: Event) -> String? {
        events.append(event)
        guard let refuseFrom, events.count > refuseFrom else { return nil }
        return "le disque est plein : la dernière réponse est gardée en mémoire"
    }

    var kinds: [Event.Kind] { events.map(\.kind) }
}

/// A two-phase workshop with every kind of step: a say, a checkpoint, text, person, choice and
/// records questions, and a rule that asks for a missing mitigation.
enum SessionScript {
    static func text(language: String = "fr") -> String {
        """
        atelier: 1
        id: essai
        title: Essai
        language: \(language)
        duration: 30
        charter:
          - section: cadre
            title: Cadre
            fields:
              - { id: contexte, label: Contexte, type: text }
              - { id: sponsor, label: Sponsor, type: person }
              - { id: frequence, label: Fréquence, type: choice, options: [hebdomadaire, mensuelle] }
          - section: risques
            title: Risques
            fields:
              - id: risques
                label: Risques
                type: records
                item: risque
                fields:
                  - { id: risque, label: Risque, type: text }
                  - { id: parade, label: Parade, type: text }
        phases:
          - id: ouverture
            title: Ouverture
            timebox: 10
            steps:
              - say: "Bienvenue."
              - check: "Le cadre est annoncé"
                why: "Pour que chacun sache où l'on va."
              - ask: contexte
                question: "Quel est le contexte ?"
                why: "Pour partir de votre point de vue."
              - ask: sponsor
                question: "Qui porte le projet ?"
          - id: risques
            title: Risques
            timebox: 20
            steps:
              - ask: frequence
                question: "À quel rythme suivre le projet ?"
              - ask: risques
                question: "Quels risques voyez-vous ?"
        rules:
          - id: risque-sans-parade
            each: r in risques
            when: empty(r.parade)
            ask: "Qu'est-ce qui pourrait sécuriser « {r.risque} » ?"
            answer: r.parade
            phases: [risques]

        """
    }

    static func workshop(language: String = "fr") throws -> Workshop {
        let loaded = WorkshopLoader.load(source: text(language: language), file: "essai.yaml")
        guard let workshop = loaded.workshop else { throw ScriptError(diagnostics: loaded.diagnostics) }
        return workshop
    }

    struct ScriptError: Error {
        var diagnostics: [Diagnostic]
    }
}

/// A session run to its end on scripted input, with everything it showed and journaled.
struct SessionRun {
    var output: String
    var events: [Event.Kind]
    var ending: SessionRunner.Ending
    var engine: Engine
    var prompts: [String]
    var refusedLines: [Int] = []

    /// Runs a session of `SessionScript` on `input`, as on a terminal unless `interactive` is false.
    static func run(_ input: [LineResult], language: String = "fr", interactive: Bool = true, clock: ManualClock = ManualClock(),
                    journal: RecordingJournal = RecordingJournal(), strict: Bool = false) throws -> SessionRun {
        let workshop = try SessionScript.workshop(language: language)
        let scripted = ScriptedInput(input)
        let output = CapturedOutput()
        let runner = SessionRunner(engine: Engine(workshop: workshop, today: Day(year: 2027, month: 3, day: 15)),
                                   input: scripted, output: output, clock: clock, journal: journal, interactive: interactive)
        runner.strict = strict
        runner.open(resumed: false)
        let ending = runner.run()
        return SessionRun(output: output.text, events: journal.kinds, ending: ending, engine: runner.currentEngine,
                          prompts: scripted.prompts, refusedLines: runner.refusedLines)
    }

    static func run(lines: [String], language: String = "fr", interactive: Bool = true) throws -> SessionRun {
        try run(lines.map { .line($0) }, language: language, interactive: interactive)
    }
}

/// `"phase/step"`, `"gap:rule"`… in a test reads as that item's id (`.end` if it is not one).
extension ItemID: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) { self = ItemID(text) ?? .end }
}

import Foundation
import Testing

/// Issue 10 through the real binary in a pseudo-terminal: text wrapped to the terminal's width
/// (followed when it is resized), an empty Enter that explains, parking at 100 % that says what it
/// parked, and `/charte` showing a change made after a lock.
@Suite struct LiveSessionTerminalTests {
    static let sayStep = "Ce n'est pas un interrogatoire, et il n'y a pas de mauvaise réponse. Quand un manque apparaît, "
        + "c'est une découverte, pas une faute : on cherche ensemble à quoi la réponse pourrait ressembler."
    static let check = "[facilitateur] Check : Un lien s'est créé pendant le tour de table : chacun a dit qui il est et ce qu'il attend. (o/n)"

    /// Colour only where asked (the wrapping test: escape sequences must survive it); elsewhere
    /// NO_COLOR, so a sentence is matched as the room reads it.
    func start(_ workspace: Workspace, columns: UInt16, clockStep: Int = 5, colour: Bool = false) throws -> TerminalSession {
        var extra = ["TERM": "xterm", "LANG": "C.UTF-8"]
        if !colour { extra["NO_COLOR"] = "1" }
        let environment = workspace.environment(extra, clockStep: clockStep)
        return try TerminalSession(atelierExecutableURL(), arguments: ["run", flagshipScript, "--session", workspace.path("s.jsonl")],
                                   environment: environment, rows: 50, columns: columns)
    }

    @Test(arguments: [80, 140] as [UInt16])
    func everyLineBreakFallsOnASpaceOrAHyphen(columns: UInt16) throws {
        let workspace = try Workspace("atelier-wrap")
        let term = try start(workspace, columns: columns, colour: true)
        try term.see("] › ")
        for _ in 0..<3 {
            term.send("o\r")
            try term.see("] › ")
        }
        term.send("\r")  // an empty Enter on a long text: what is expected, wrapped too
        try term.see("Sinon : /passer")
        try term.see("] › ")
        for command in ["/aide", "/etat", "/ecarts"] {
            term.send(command + "\r")
            try term.see("] › ")
        }
        term.sendControl("d")
        #expect(try term.waitForExit(timeout: .seconds(20)) == 0)

        let screen = Self.plain(term.transcript)
        // No line is wider than the terminal (the prompt lines carry what readline echoed).
        // The closing lines keep the session's path and the resume command whole, to be copied as is.
        for line in screen.split(separator: "\n") where !line.contains(" › ") && !line.hasPrefix("Pour reprendre : ")
            && !line.hasPrefix("Session enregistrée dans ") {
            #expect(line.count <= Int(columns), "wider than \(columns) columns: \(line)")
        }
        // Joined back, the lines give the script's words: no word was cut ("on ch/erche", "(o/" "n)").
        let joined = Self.joined(screen)
        for text in [Self.sayStep, Self.check, "on cherche", "(o/n)",
                     "/decider [texte] noter une décision explicite (« pas d'indicateur pour celui-ci »)",
                     "Sinon : /passer pour y revenir plus tard, /reporter pour la mettre en questions ouvertes."] {
            #expect(joined.contains(text), "not found whole at \(columns) columns: \(text)\n\(screen)")
        }
        if columns == 80 {
            #expect(screen.contains("\n  quoi la réponse pourrait ressembler."),
                    "a say-step hangs under its «» mark")
        }
    }

    @Test func aResizedTerminalIsFollowedFromTheNextPrint() throws {
        let workspace = try Workspace("atelier-resize")
        let term = try start(workspace, columns: 80)
        try term.see("] › ")
        term.send("/aide\r")
        try term.see("] › ")
        let narrow = Self.plain(term.transcript)
        #expect(!narrow.contains("/decider [texte]        noter une décision explicite (« pas d'indicateur pour celui-ci »)"))
        #expect(narrow.contains("/decider [texte]        noter une décision explicite (« pas d'indicateur pour\n"
                                + "                          celui-ci »)"), "the description hangs under its column")
        term.resize(rows: 50, columns: 140)
        term.send("/aide\r")
        try term.see("enregistrer et quitter (Ctrl-D aussi)")
        try term.see("› ")
        #expect(Self.plain(term.transcript).contains("/decider [texte]        noter une décision explicite (« pas d'indicateur pour celui-ci »)"))
        term.sendControl("d")
        #expect(try term.waitForExit(timeout: .seconds(20)) == 0)
    }

    @Test func anEmptyEnterOnATerminalExplainsWhatIsExpected() throws {
        let workspace = try Workspace("atelier-empty")
        let term = try start(workspace, columns: 100)
        try term.see("] › ")
        term.send("\r")  // a checkpoint
        try term.see("Une réponse est attendue : o (oui) ou n (non).")
        for _ in 0..<3 {
            term.send("o\r")
            try term.see("] › ")
        }
        term.send("\r")
        try term.see("Une réponse est attendue : au moins une ligne (une ligne vide termine la réponse).")
        try term.see("L'histoire, ce qui a déjà été essayé, ce qui a changé.")
        try term.see("Sinon : /passer pour y revenir plus tard")
        try term.see("› ")
        term.sendControl("d")
        #expect(try term.waitForExit(timeout: .seconds(20)) == 0)
    }

    @Test func parkingTheRestAtTheTimeboxSaysWhatItParked() throws {
        let workspace = try Workspace("atelier-park")
        let term = try start(workspace, columns: 100, clockStep: 300)  // five minutes a line
        try term.see("] › ")
        for line in ["o", "o", "o", "Un contexte"] {
            term.send(line + "\r")
            try term.see("› ")
        }
        term.send("\r")
        try term.see("Qu'est-ce qui se joue pour vous")
        try term.see("] › ")
        term.send("/etat\r")
        try term.see("Le temps prévu pour « Contexte et enjeux » est écoulé.")
        try term.see("› ")
        term.send("o\r")
        try term.see("Mis en questions ouvertes pour finir à l'heure :\n  • Qu'est-ce qui se joue pour vous, pour vos équipes")
        try term.see("› ")
        term.sendControl("d")
        #expect(try term.waitForExit(timeout: .seconds(20)) == 0)
    }

    @Test func charterShowsAChangeMadeAfterALock() throws {
        let workspace = try Workspace("atelier-lock")
        let term = try start(workspace, columns: 120)
        try term.see("] › ")
        for line in ["o", "o", "o", "Un contexte"] {
            term.send(line + "\r")
            try term.see("› ")
        }
        term.send("\r")
        try term.see("Qu'est-ce qui se joue pour vous")
        try term.see("] › ")
        term.send("/verrouiller Contexte\r")
        try term.see("Section « Contexte et enjeux » verrouillée.")
        try term.see("] › ")
        term.send("/modifier contexte\r")
        try term.see("Nouvelle valeur : ")
        term.send("Un contexte révisé\r")
        try term.see("› ")
        term.send("\r")
        try term.see("] › ")
        term.send("/charte\r")
        try term.see("■ Contexte et enjeux 🔒 (modifié après verrouillage)")
        try term.see("■ Modifié après verrouillage\n  • Contexte : « Un contexte révisé » remplace « Un contexte » (à ")
        try term.see("] › ")
        term.sendControl("d")
        #expect(try term.waitForExit(timeout: .seconds(20)) == 0)
    }

    /// The transcript as the screen shows it: escape sequences and carriage returns removed.
    static func plain(_ transcript: String) -> String {
        transcript.replacing(/\u{1B}\[[0-9;?]*[A-Za-z]/, with: "").replacing(/\u{1B}[=>]/, with: "")
            .replacingOccurrences(of: "\r", with: "")
    }

    /// Wrapped lines joined back: a break after a hyphen joins directly, any other with a space.
    static func joined(_ screen: String) -> String {
        screen.replacing(/-\n +/, with: "-").replacing(/\s+/, with: " ")
    }
}

private extension TerminalSession {
    func see(_ text: String) throws {
        try expect(text, timeout: .seconds(20))
    }
}

import AtelierCore
import Foundation
import Testing

/// Issue 10 (items 1 and 2), in a pseudo-terminal: commands are commands on every line of every
/// kind of answer (`//` types a literal slash), and Ctrl-C clears only the line being typed,
/// keeping what the list or the record already holds.
@Suite struct AnswerLineCommandsTests {
    @Test func commandsOnLaterLinesAndCtrlCInARecordKeepTheAnswer() throws {
        let workspace = try Workspace("atelier-line-commands")
        let session = workspace.path("s.jsonl")
        let term = try TerminalSession(atelierExecutableURL(), arguments: ["run", flagshipScript, "--session", session],
                                       environment: TerminalSessionTests.Setting.dumbUTF8.environment(workspace.folder))
        for next in ["Le client a compris pourquoi", "La structure de l'atelier", "Racontez-nous comment ce projet est né"] {
            try term.see("] › ")
            term.send("o\r")
            try term.see(next)
        }
        for line in ["Un projet né d'une fusion.", "", "Réussir la rentrée.", ""] {
            try term.see("› ")
            term.send(line + "\r")
        }
        try term.see("Formulons-le en objectifs")
        try term.see("] › ")
        term.send("Réduire les délais\r")
        try term.see("objectif 2 › Objectif : ")
        term.send("/annuler\r")  // takes back the last line typed, the answer goes on
        try term.see("Dernière ligne retirée")
        try term.see("] › ")
        term.send("Réduire le délai de recrutement\r")
        try term.see("objectif 2 › Objectif : ")
        // A command on the second line of a list is a command, not an objective.
        term.send("/note le DRH hésite encore\r")
        try term.see("Note enregistrée")
        try term.see("objectif 2 › Objectif : ")
        term.send("//24h sur 24 pour les urgences\r")  // a literal leading slash
        try term.see("objectif 3 › Objectif : ")
        term.send("\r")
        try term.see("Vous n'avez pas encore d'indicateur pour « Réduire le délai de recrutement »")
        try term.see("] › ")

        // A record: Ctrl-C on the third field clears that line only; the fields before stay.
        term.send("Délai moyen de recrutement\r")
        try term.see("indicateur 1 › Valeur de départ : ")
        term.send("45 jours\r")
        try term.see("indicateur 1 › Cible : ")
        term.send("30 jo")
        try term.see("30 jo")
        term.sendControl("c")
        try term.see("ligne effacée")
        try term.see("indicateur 1 › Cible : ")
        term.send("/pourquoi\r")  // a command in a record's later field
        try term.see("indicateur 1 › Cible : ")
        term.send("30 jours\r")
        try term.see("indicateur 1 › Fréquence de suivi : ")
        term.send("mensuelle\r")
        try term.see("indicateur 1 › Responsable / source : ")
        term.send("Céline Fabre\r")
        try term.see("indicateur 2 › Indicateur : ")
        term.send("\r")
        try term.see("] › ")
        term.send("/quitter\r")
        #expect(try term.waitForExit() == 0)

        let kinds = try readJournal(session).events.map(\.kind)
        #expect(kinds.contains(.note("le DRH hésite encore")))
        let objectives = kinds.compactMap { kind -> Value? in
            if case .answer(.step(phase: "objectifs", step: "objectifs"), let value) = kind { value } else { nil }
        }
        #expect(objectives == [.records([Record(id: "", fields: ["intitule": .text("Réduire le délai de recrutement")]),
                                         Record(id: "", fields: ["intitule": .text("/24h sur 24 pour les urgences")])])])
        let indicators = kinds.compactMap { kind -> Value? in
            if case .answer(.gap, let value) = kind { value } else { nil }
        }
        guard case .records(let records)? = indicators.first else {
            Issue.record("no indicator recorded: \(kinds)")
            return
        }
        #expect(records.first?.fields["baseline"] == .text("45 jours") || records.first?.fields.values.contains(.text("45 jours")) == true)
        #expect(records.first?.fields.values.contains(.text("30 jours")) == true)
        #expect(!(records.first?.fields.values.contains(.text("30 jo")) ?? true))
        #expect(!kinds.contains { if case .answer(_, let value) = $0 { "\(value)".contains("/note") } else { false } },
                "a command never becomes data")
    }
}

private extension TerminalSession {
    func see(_ text: String) throws {
        try expect(text, timeout: .seconds(20))
    }
}

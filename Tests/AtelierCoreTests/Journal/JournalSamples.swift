@testable import AtelierCore

/// Events and headers shared by the journal tests.
enum JournalSamples {
    static let header = JournalHeader(
        sessionID: "5f0c7a52-1d2e-4c1b-9a57-0d6c1f0e9b11", workshopID: "cadrage", workshopTitle: "Atelier de cadrage",
        workshopHash: SHA256.hex(Array("id: cadrage\n".utf8)), client: "ACME Industrie",
        startedAt: "2026-11-24T09:02:11+01:00", startDay: Day(year: 2026, month: 11, day: 24),
        atelierVersion: "0.1.0", language: .fr)

    /// One event of every kind, with values of every shape.
    static let everyKind: [Event] = [
        Event(.answer(item: .step(phase: "contexte", step: "client"), value: .text("ACME \"Industrie\"\nSite de Lyon — été")), at: 3.5, wallTime: "2026-11-24T09:02:15+01:00"),
        Event(.answer(item: .step(phase: "risques", step: "budget"), value: .number(125_000.75)), at: 10),
        Event(.answer(item: .step(phase: "perimetre", step: "deadline"), value: .date(Day(year: 2027, month: 3, day: 15))), at: 11.25),
        Event(.answer(item: .step(phase: "perimetre", step: "duree"), value: .duration(90)), at: 12),
        Event(.answer(item: .step(phase: "gouvernance", step: "sponsor_ok"), value: .bool(true)), at: 13),
        Event(.answer(item: .step(phase: "perimetre", step: "sites"), value: .list([.text("Lyon"), .text("Grenoble")])), at: 14),
        Event(.answer(item: .step(phase: "objectifs", step: "objectives"), value: .records([
            Record(id: "r1", fields: ["title": .text("Réduire les délais"), "weight": .number(2)]),
            Record(id: "r2", fields: [:]),
        ])), at: 15),
        Event(.said(item: .step(phase: "ouverture", step: "accueil")), at: 15.5),
        Event(.skip(item: .step(phase: "risques", step: "risks")), at: 16),
        Event(.decide(item: .gap(GapID(rule: "objectif-sans-indicateur", binding: ["r1"])), text: "pas d'indicateur pour celui-ci"), at: 17),
        Event(.park(item: .step(phase: "risques", step: "budget_detail"), owner: "DAF", dontKnow: true), at: 18),
        Event(.park(item: .step(phase: "conclusion", step: "planning"), owner: nil, dontKnow: false), at: 19),
        Event(.assignOwner(openQuestion: "q1", owner: "Marie"), at: 20),
        Event(.answer(item: .ownerFollowUp(openQuestion: "oq2"), value: .text("Paul")), at: 20.5),
        Event(.answer(item: .parkOffer(phase: "risques"), value: .bool(false)), at: 20.75),
        Event(.skip(item: .gap(GapID(rule: "reponse-hesitante", binding: ["objectifs[r1].indicateurs[r2].cible"]))), at: 20.9),
        Event(.checkpoint(item: .step(phase: "ouverture", step: "validation"), ok: false), at: 21),
        Event(.note("client hésitant sur le périmètre / à creuser"), at: 22),
        Event(.edit(path: "objectives[r1].title", value: .text("Réduire les délais de 20 %")), at: 23),
        Event(.back, at: 24),
        Event(.goto(phase: "perimetre"), at: 25),
        Event(.lock(section: "objectives"), at: 26),
        Event(.undo, at: 27),
        Event(.parkRest(phase: "risques"), at: 28),
        Event(.keepGoing(phase: "planning"), at: 29),
        Event(.board(url: "http://0.0.0.0:8080/k3j9q2w8e7r6t5y4u3i2o1p0aa/"), at: 29),
        Event(.preread(item: .step(phase: "objectifs", step: "objectifs"),
                       value: .records([Record(id: "r1", fields: ["intitule": .text("Réduire les délais")])])), at: 0),
        Event(.resume, at: 30, wallTime: "2026-11-24T14:00:00+01:00"),
        Event(.quit, at: 0.1 + 0.2),
        Event(.line(item: .step(phase: "contexte", step: "enjeux"), DraftLine(value: .text("Tenir le plan de charge 2027"))), at: 31),
        Event(.line(item: .step(phase: "objectifs", step: "objectifs"), DraftLine(record: 2, field: "cible", value: .text("40 jours"))), at: 32),
        Event(.line(item: .step(phase: "objectifs", step: "objectifs"), DraftLine(record: 2, field: "baseline", value: nil)), at: 33),
        Event(.input(item: .step(phase: "contexte", step: "enjeux"), text: "/pourquoi"), at: 34),
        Event(.input(item: nil, text: ""), at: 35),
        Event(.followUp(FollowUpStart(parent: "5f0c7a52-1d2e-4c1b-9a57-0d6c1f0e9b11", parentDay: Day(year: 2026, month: 11, day: 24),
                                      charter: ["sponsor": .text("Isabelle"), "objectifs": .records([Record(id: "r1", fields: ["intitule": .text("Réduire")])])],
                                      openQuestions: [CarriedQuestion(item: .gap(GapID(rule: "pas-de-budget")), question: "Quel budget ?", owner: "DAF",
                                                                      dontKnow: true, section: "ressources", path: "budget")],
                                      decisions: [CarriedDecision(item: .gap(GapID(rule: "objectif-sans-indicateur", binding: ["r1"])),
                                                                  question: "Un indicateur ?", text: "pas d'indicateur", section: "objectifs",
                                                                  path: "objectifs[r1].indicateurs")])), at: 0),
        Event(.migrate(ScriptMigration(scriptSource: "atelier: 1\nid: cadrage\n", workshopHash: "ab12", scriptPath: "workshops/v2.yaml",
                                       renamed: ["objectifs.indicateurs.reference": "depart"])), at: 35),
    ]

    /// The text of a journal holding `events`, each line ended by a newline.
    static func journal(_ events: [Event], header: JournalHeader = header) throws -> String {
        var text = try JournalCodec.encodeHeader(header) + "\n"
        for event in events { text += try JournalCodec.encode(event) + "\n" }
        return text
    }
}

extension Diagnostic {
    /// The diagnostic as the printer's first line shows it: `file:line: error: message`.
    var printed: String {
        (location.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }
}

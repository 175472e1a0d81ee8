import AtelierCore

extension Fixtures {
    static let english: CharterDocument = {
        let indicator = RecordModel(fields: [
            FieldModel(id: "name", label: "Indicator", type: .text),
            FieldModel(id: "baseline", label: "Baseline", type: .text),
            FieldModel(id: "target", label: "Target", type: .text),
            FieldModel(id: "frequency", label: "Frequency", type: .text),
            FieldModel(id: "owner", label: "Owner", type: .person),
        ])
        let objective = RecordModel(fields: [
            FieldModel(id: "title", label: "Objective", type: .text),
            FieldModel(id: "indicators", label: "Success indicators", type: .records(indicator)),
        ])
        let step = RecordModel(fields: [
            FieldModel(id: "action", label: "Action", type: .text),
            FieldModel(id: "owner", label: "Owner", type: .person),
            FieldModel(id: "due", label: "Date", type: .date),
        ])
        let objectives: Value = .records([
            record("r1", ["title": .text("Cut time-to-hire"), "indicators": .records([
                record("r2", ["name": .text("Average time-to-hire"), "baseline": .text("62 days"),
                              "target": .text("40 days"), "frequency": .text("monthly"), "owner": .text("Dana Smith")]),
            ])]),
        ])
        let steps: Value = .records([
            record("s1", ["action": .text("Send the approved job description"), "owner": .text("Dana Smith"),
                          "due": day(2027, 3, 22)]),
        ])
        return CharterDocument(
            workshopID: "mission-scoping", workshopTitle: "Scoping workshop", language: .en,
            sessionID: "2027-03-15-scoping-1b2c", client: "Northwind", date: Day(year: 2027, month: 3, day: 15),
            sections: [
                Doc.Section(id: "context", title: "Context and stakes", facilitatorOnly: false, locked: false, fields: [
                    field("context", "Context", .longText, .text("Twelve sites, forty hires a year.")),
                    field("budget", "Budget (k$)", .number, .number(120.5)),
                ], readiness: 1),
                Doc.Section(id: "objectives", title: "Objectives", facilitatorOnly: false, locked: false, fields: [
                    field("objectives", "Objectives", .records(objective), objectives),
                ], readiness: 1),
                Doc.Section(id: "next", title: "Next steps", facilitatorOnly: false, locked: false, fields: [
                    field("next_steps", "Next steps", .records(step), steps),
                ], readiness: 1),
            ],
            decisions: [],
            openQuestions: [Doc.OpenQuestion(id: "q1", question: "Who owns the ATS?", owner: "Dana Smith",
                                             dontKnow: false, section: "next", time: 4_000)],
            openGaps: [],
            readiness: Doc.Readiness(overall: 1, blockingOpen: 0, blockingClosed: 4),
            annex: Doc.Annex(checkpoints: [], phases: [
                Doc.PhaseTiming(id: "intro", title: "Introduction", timeboxMinutes: 10, spentSeconds: 720),
            ], notes: [], totalSeconds: 3_600, plannedMinutes: 120),
            people: [Doc.Person(name: "Dana Smith", email: "dana.smith@example.com", role: "sponsor")])
    }()
}

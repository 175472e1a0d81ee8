import Testing
@testable import AtelierCore

struct WorkshopLoaderTests {
    static let script = """
        atelier: 1
        id: mini
        title: Mini atelier
        language: en
        duration: 1h
        lexicons:
          hedges: ["I think", "maybe"]
        charter:
          - section: context
            title: Context
            fields:
              - { id: sponsor, label: Sponsor, type: person }
              - { id: level, label: Level, type: choice, options: [low, high] }
              - { id: tags, label: Tags, type: list, of: number }
          - section: goals
            title: Goals
            facilitator: true
            fields:
              - id: goals
                label: Goals
                type: records
                item: goal
                title: statement
                fields:
                  - { id: owner, label: Owner, type: person }
                  - { id: statement, label: Goal, type: text }
        phases:
          - id: opening
            title: Opening
            timebox: 15 min
            steps:
              - say: "Welcome."
              - ask: sponsor
                question: "Who sponsors this mission?"
                why: "To know who decides."
              - check: "Everyone is here"
          - id: goals
            title: Goals
            timebox: "45"
            steps:
              - ask: goals
                id: q-goals
                question: "What are the goals?"
                fields: [statement]
        rules:
          - id: no-sponsor
            when: empty(sponsor)
            ask: "Who sponsors this mission?"
            answer: sponsor
            phases: end
            weight: advisory
          - id: goal-without-owner
            each: g in goals
            when: empty(g.owner)
            ask: "Who owns {g.statement}?"
            answer: g.owner
            phases: [goals]
            section: goals
        """

    @Test func aValidScriptLoadsIntoTheModel() throws {
        let (loaded, diagnostics) = WorkshopLoader.load(source: Self.script, file: "mini.yaml")
        #expect(diagnostics.isEmpty)
        let workshop = try #require(loaded)
        #expect(workshop.id == "mini")
        #expect(workshop.language == .en)
        #expect(workshop.duration == 60)
        #expect(workshop.lexicons["hedges"] == ["I think", "maybe"])
        #expect(workshop.charter.sections.map(\.id) == ["context", "goals"])
        #expect(workshop.charter.sections[1].facilitatorOnly)
        #expect(workshop.charter.field("level")?.type == .choice(["low", "high"]))
        #expect(workshop.charter.field("tags")?.type == .list(.number))
        guard case .records(let record)? = workshop.charter.field("goals")?.type else {
            Issue.record("goals is not a records field")
            return
        }
        #expect(record.fields.map(\.id) == ["owner", "statement"])
        #expect(record.titleField == "statement")
        #expect(workshop.charter.field("goals")?.itemLabel == "goal")
        #expect(workshop.charter.field("sponsor")?.location == SourceLocation(file: "mini.yaml", line: 12, column: 9))
    }

    @Test func phasesAndStepsGetTheirIdsAndTimeboxes() throws {
        let workshop = try #require(WorkshopLoader.load(source: Self.script, file: "mini.yaml").workshop)
        #expect(workshop.phases.map(\.id) == ["opening", "goals"])
        #expect(workshop.phases.map(\.timebox) == [15, 45])
        #expect(workshop.phases[0].steps.map(\.id) == ["opening-1", "sponsor", "opening-3"])
        #expect(workshop.phases[1].steps.map(\.id) == ["q-goals"])
        guard case .ask(let question) = workshop.phases[1].steps[0].kind else {
            Issue.record("not an ask step")
            return
        }
        #expect(question.field == "goals")
        #expect(question.recordFields == ["statement"])
        guard case .check(let checkpoint) = workshop.phases[0].steps[2].kind else {
            Issue.record("not a check step")
            return
        }
        #expect(checkpoint.text == "Everyone is here")
    }

    @Test func rulesKeepTheirScopeWeightAndSection() throws {
        let workshop = try #require(WorkshopLoader.load(source: Self.script, file: "mini.yaml").workshop)
        let noSponsor = try #require(workshop.rule("no-sponsor"))
        #expect(noSponsor.scope == .atEnd)
        #expect(noSponsor.weight == .advisory)
        #expect(noSponsor.section == "context")
        #expect(noSponsor.bindings.isEmpty)
        let noOwner = try #require(workshop.rule("goal-without-owner"))
        #expect(noOwner.scope == .phases(["goals"]))
        #expect(noOwner.weight == .blocking)
        #expect(noOwner.bindings.map(\.variable) == ["g"])
        let ruleLine = Self.script.split(separator: "\n").firstIndex { $0.contains("id: goal-without-owner") }
        #expect(noOwner.location == SourceLocation(file: "mini.yaml", line: (ruleLine ?? 0) + 1, column: 5))
    }

    @Test func messagesFollowTheScriptLanguage() {
        let broken = "id: x\nlanguage: en\ntitel: X\n"
        let english = WorkshopLoader.load(source: broken, file: "x.yaml").diagnostics
        #expect(english.contains { $0.message == "unknown key `titel` at the top level of the script; did you mean `title`?" })
        let french = WorkshopLoader.load(source: broken.replacingOccurrences(of: "en", with: "fr"), file: "x.yaml").diagnostics
        #expect(french.contains { $0.message == "clé inconnue `titel` au premier niveau du script ; vouliez-vous dire `title` ?" })
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let broken = Self.script.replacingOccurrences(of: "type: person }", with: "type: persn }")
            .replacingOccurrences(of: "phases: [goals]", with: "phases: [goal]")
            .replacingOccurrences(of: "ask: sponsor\n", with: "ask: sponsr\n")
        let diagnostics = WorkshopLoader.load(source: broken, file: "mini.yaml").diagnostics
        #expect(diagnostics.filter { $0.severity == .error }.count == 4)
        #expect(diagnostics == diagnostics.sorted())
    }
}

@testable import AtelierCore
import AtelierExport
import Foundation
import Testing
@testable import AtelierBoard

/// What the board's snapshot holds: the client's copy, escaped as the HTML export escapes it.
@Suite struct BoardModelTests {
    static let planted = "<script>window.__pwned = 1</script><img src=x onerror=alert(1)> Le projet avance."
    static let note = "Le DG semble pressé : vérifier le budget"

    func snapshotJSON(_ events: [Event], live: Bool = true) throws -> (BoardSnapshot, String) {
        let (workshop, bytes) = try Flagship.workshop()
        let model = BoardModel(workshop: workshop, header: Flagship.header(workshop, bytes), now: 0)
        model.apply(events, readAt: 0)
        let snapshot = model.snapshot(live: live, wallNow: Date(), monotonicNow: 0)
        return (snapshot, String(decoding: BoardStream.message(snapshot), as: UTF8.self))
    }

    @Test func theClientsWordsAreThereEscapedAndNeverAsMarkup() throws {
        let (_, stream) = try snapshotJSON(Flagship.opening(context: Self.planted, note: Self.note))
        #expect(stream.contains("&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; Le projet avance."))
        #expect(!stream.lowercased().contains("<script"))
        #expect(!stream.lowercased().contains("<img"))
    }

    @Test func noFacilitatorMaterialReachesTheStream() throws {
        let (workshop, _) = try Flagship.workshop()
        let (_, stream) = try snapshotJSON(Flagship.opening(context: "Un projet né d'une fusion.", note: Self.note))
        #expect(!stream.contains("Le DG semble"), "a facilitator note")
        for phase in workshop.phases {
            for step in phase.steps {
                guard case .check(let checkpoint) = step.kind else { continue }
                #expect(!stream.contains(String(checkpoint.text.prefix(30))), "a checkpoint: \(checkpoint.text)")
                if let why = checkpoint.why { #expect(!stream.contains(String(why.prefix(30)))) }
            }
        }
        for rule in workshop.rules { #expect(!stream.contains("\"\(rule.id)") && !stream.contains(">\(rule.id)<"), "rule \(rule.id)") }
        for word in ["/note", "/verrouiller", "Complétude", "bloquant", "Annexe", "Points de contrôle"] {
            #expect(!stream.contains(word), "\(word)")
        }
    }

    @Test func theQuestionBeingDiscussedIsTheNextOneInItsClientWording() throws {
        let events = Flagship.opening(context: "Un projet né d'une fusion.", note: Self.note)
            + [Event(.said(item: .step(phase: "objectifs", step: "objectifs-1")), at: 240), Event(.said(item: .step(phase: "objectifs", step: "objectifs-2")), at: 241)]
        let (snapshot, _) = try snapshotJSON(events)
        #expect(snapshot.discussion.contains("Si la mission réussit, qu&#39;est-ce qui aura changé"))
        #expect(snapshot.discussion.contains("Un objectif par réponse"))
        #expect(snapshot.phaseTitle == "Objectifs et indicateurs de succès")
        #expect(snapshot.phaseOf == "Phase 3 sur 7")
        #expect(snapshot.clock.running && snapshot.state == "live")
    }

    /// Issue 9 meets issue 11: the lines of an answer under way (`line` events, before the empty line
    /// that closes it) are shown under the question being discussed, escaped, record fields by label.
    @Test func theLinesOfAnAnswerUnderWayAreShownUnderTheQuestion() throws {
        let objectives = ItemID.step(phase: "objectifs", step: "objectifs")
        let events = Flagship.opening(context: "Un projet né d'une fusion.", note: Self.note)
            + [Event(.said(item: .step(phase: "objectifs", step: "objectifs-1")), at: 240),
               Event(.said(item: .step(phase: "objectifs", step: "objectifs-2")), at: 241),
               Event(.line(item: objectives, DraftLine(record: 1, field: "intitule", value: .text("Réduire <b>les</b> délais"))), at: 260),
               Event(.line(item: objectives, DraftLine(record: 2, field: "intitule", value: .text("Ouvrir le portail"))), at: 280)]
        let (snapshot, stream) = try snapshotJSON(events)
        #expect(snapshot.discussion.contains("Si la mission réussit"))
        #expect(snapshot.discussion.contains("En cours d&#39;écriture"))
        let label = Labels.of(.fr).labelled("Objectif", "")  // "Objectif", the French colon and its space
        #expect(snapshot.discussion.contains("<li data-k=\"draft:0\">\(label)Réduire &lt;b&gt;les&lt;/b&gt; délais</li>"))
        #expect(snapshot.discussion.contains("<li data-k=\"draft:1\">\(label)Ouvrir le portail</li>"))
        #expect(!stream.contains("<b>les</b>"))
    }

    @Test func aCheckpointIsNeverTheTopicThePhaseStandsInItsPlace() throws {
        let (snapshot, _) = try snapshotJSON(Array(Flagship.opening(context: "x", note: "y").prefix(5)))
        #expect(snapshot.discussion.contains("Ouverture"))
        #expect(!snapshot.discussion.contains("tour de table"))
    }

    @Test func aLockedSectionIsMarkedAndAChangeAfterTheLockShowsWhatItReplaced() throws {
        var events = Flagship.opening(context: "Un projet né d'une fusion.", note: Self.note)
        events.append(Event(.lock(section: "contexte"), at: 300))
        events.append(Event(.edit(path: "enjeux", value: .text("Réussir la rentrée de septembre.")), at: 320))
        let (snapshot, _) = try snapshotJSON(events)
        let context = try #require(snapshot.sections.first { $0.id == "s-contexte" })
        #expect(context.html.contains("class=\"section locked\""))
        #expect(context.html.contains("validée, puis modifiée"))
        #expect(context.html.contains("Réussir la rentrée de septembre."))
        #expect(context.html.contains("remplace"))
    }

    @Test func aQuitSessionIsPausedAndItsClocksStop() throws {
        var events = Flagship.opening(context: "x", note: "y")
        events.append(Event(.quit, at: 400))
        let (snapshot, _) = try snapshotJSON(events)
        #expect(snapshot.state == "paused")
        #expect(!snapshot.clock.running)
        #expect(snapshot.clock.total == 400)
    }

    @Test func aParkedQuestionIsAnOpenQuestionWithWhoAnswersAndByWhen() throws {
        var events = Flagship.opening(context: "x", note: "y")
        events.append(Event(.park(item: .step(phase: "objectifs", step: "objectifs"), owner: "Claire Martin, 15/12/2026", dontKnow: true), at: 300))
        let (snapshot, _) = try snapshotJSON(events)
        #expect(snapshot.openCount == 1)
        #expect(snapshot.openQuestions.contains("Claire Martin"))
        #expect(snapshot.openQuestions.contains("15 décembre 2026"))
        #expect(snapshot.openQuestions.contains("ne sait pas encore"))
    }

    @Test func theBoardsAddressIsInTheFacilitatorsAnnexOnlyAndUndoNeverTakesItBack() throws {
        let (workshop, bytes) = try Flagship.workshop()
        let header = Flagship.header(workshop, bytes)
        var events = Flagship.opening(context: "x", note: "y")
        events.insert(Event(.board(url: "http://0.0.0.0:8080/abcdef/"), at: 1), at: 0)
        events.append(Event(.undo, at: 500))
        events.append(Event(.undo, at: 501))
        events.append(Event(.undo, at: 502))
        let (engine, notices) = Engine.replaying(events, workshop: workshop, today: header.startDay)
        #expect(notices.isEmpty)
        let document = engine.document(sessionID: header.sessionID, client: header.client, date: header.startDay)
        let facilitator = String(decoding: try Exporter.render(document, as: .md, options: ExportOptions(facilitator: true)), as: UTF8.self)
        let client = String(decoding: try Exporter.render(document, as: .md), as: UTF8.self)
        #expect(facilitator.contains("Tableau de la salle ouvert"))
        #expect(facilitator.contains("abcdef"))
        #expect(!client.contains("abcdef"))
    }
}

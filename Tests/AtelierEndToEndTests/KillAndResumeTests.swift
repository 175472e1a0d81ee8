import AtelierCore
import Foundation
import Testing

/// Issue 4: nothing typed is lost when `atelier` dies. The flagship workshop is answered turn by
/// turn over a pipe; the process is killed with SIGKILL right after many acknowledged answers
/// (the next question is on screen, so the answer was journaled and fsynced), then resumed with the
/// answers that remain. The journal must hold every acknowledged answer at each kill, and the final
/// charter must equal the one of an uninterrupted run.
@Suite struct KillAndResumeTests {
    /// Kill after these turns (indices in `FlagshipAnswers.turns`), spread over every phase and
    /// every kind of answer (checkpoint, long text, records, gap, date, choice, list).
    static let killPoints = [0, 3, 5, 7, 8, 13, 15, 17, 20, 24, 27, 30, 32, 35, 38]

    @Test func killedAtManyPointsAndResumedGivesTheSameCharter() throws {
        let workspace = try Workspace("atelier-kill")
        let turns = FlagshipAnswers.turns

        // The uninterrupted run, turn by turn, noting how many events were journaled after each.
        let reference = workspace.path("reference.jsonl")
        var acknowledged: [Int] = []
        do {
            let run = try start(workspace, ["run", flagshipScript, "--session", reference])
            for turn in turns {
                run.send(turn.lines)
                try run.expect(turn.next)
                acknowledged.append(try readJournal(reference).workshopEvents.count)
            }
            run.closeInput()
            #expect(try run.waitForExit() == 1, "the malformed date typed once was refused (status 1, issue 10)")
        }
        let referenceEvents = try readJournal(reference).workshopEvents
        let referenceCharter = try workspace.charterJSON(reference)

        // The same answers, killed and resumed again and again.
        let session = workspace.path("killed.jsonl")
        var nextTurn = 0
        var arguments = ["run", flagshipScript, "--session", session]
        for killPoint in Self.killPoints {
            let run = try start(workspace, arguments)
            if nextTurn > 0 {  // where it stopped: the question that was on screen when it died
                try run.expect("Reprise de la session — phase « ")
                try run.expect(turns[nextTurn - 1].next)
            }
            for turn in turns[nextTurn...killPoint] {
                run.send(turn.lines)
            }
            try run.expect(turns[killPoint].next)
            run.kill()
            nextTurn = killPoint + 1
            arguments = ["resume", session]

            let journal = try readJournal(session)
            #expect(journal.error == nil && journal.warnings.isEmpty, "after the kill at turn \(killPoint)")
            let events = journal.workshopEvents
            #expect(events.count == acknowledged[killPoint], "events journaled when killed after turn \(killPoint)")
            #expect(events == Array(referenceEvents.prefix(events.count)), "killed after turn \(killPoint)")
        }
        let last = try start(workspace, arguments)
        for turn in turns[nextTurn...] { last.send(turn.lines) }
        try last.expect(turns[turns.count - 1].next)
        last.closeInput()
        #expect(try last.waitForExit() == 0)

        let journal = try readJournal(session)
        #expect(journal.workshopEvents == referenceEvents)
        #expect(journal.events.filter { $0.kind == .resume }.count == Self.killPoints.count)
        let times = journal.events.map(\.time)
        #expect(times == times.sorted(), "the clock picks up from the recorded time after each resume")
        #expect(try workspace.charterJSON(session) == referenceCharter)
    }

    @Test func aSessionKilledBeforeAnyAnswerResumesFromTheStart() throws {
        let workspace = try Workspace("atelier-kill-early")
        let session = workspace.path("s.jsonl")
        let first = try start(workspace, ["run", flagshipScript, "--session", session])
        try first.expect("Un lien s'est créé pendant le tour de table")
        first.kill()

        let resumed = try start(workspace, ["resume", session])
        try resumed.expect("Reprise de la session — phase « Ouverture »")
        try resumed.expect("Un lien s'est créé pendant le tour de table")
        resumed.send(["o"])
        try resumed.expect("Le client a compris pourquoi")
        resumed.closeInput()
        #expect(try resumed.waitForExit() == 1, "the input ended before the workshop did")
        let kinds = try readJournal(session).events.map(\.kind)
        #expect(kinds.filter { $0 == .said(item: .step(phase: "ouverture", step: "ouverture-1")) }.count == 1, "nothing journaled twice")
        #expect(kinds.contains(.checkpoint(item: .step(phase: "ouverture", step: "chk-lien"), ok: true)))
    }

    private func start(_ workspace: Workspace, _ arguments: [String]) throws -> PipedSession {
        try PipedSession(atelierExecutableURL(), arguments: arguments, environment: workspace.environment(clockStep: 1))
    }
}

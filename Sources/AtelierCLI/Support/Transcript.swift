import AtelierCore
import Foundation

/// A replay shown as it unfolded: each question, then what was answered or done.
struct Transcript {
    let saved: SavedSession
    let pace: Pace

    /// Replays every event, writing the transcript on the context's output and what the engine
    /// said about an event to its printer, at the event's line; returns the final engine. Everything
    /// written is client or script text, cleaned of control sequences on its way out.
    func play(_ context: CommandContext) -> Engine {
        func write(_ text: String) { context.say(SafeText.clean(text)) }
        let workshop = saved.script.workshop
        var engine = Engine(workshop: workshop, today: saved.header.startDay)
        var previous = 0.0
        var phase = engine.currentPhase?.id
        write("\n\(workshop.title)\(saved.header.client.map { " — \($0)" } ?? "")\n")
        for (index, event) in saved.events.enumerated() {
            if case .speed(let factor) = pace, event.time > previous {
                Thread.sleep(forTimeInterval: min(30, (event.time - previous) / factor))
            }
            previous = max(previous, event.time)
            if let line = describe(event, engine: engine) { write(line) }
            for notice in engine.apply(event).notices {
                context.report(saved.diagnostic(notice, eventAt: index))
            }
            if engine.currentPhase?.id != phase, let p = engine.currentPhase {
                phase = p.id
                write("\n— \(p.title) —\n")
            }
        }
        return engine
    }

    private func describe(_ event: Event, engine: Engine) -> String? {
        let clock = "[\(Self.clock(event.time))] "
        let language = saved.language
        func say(_ key: CLIMessage, _ arguments: [String: any MessageArgument] = [:]) -> String { key.text(language, arguments) }
        func question(_ id: ItemID) -> String { engine.describe(item: id)?.text ?? id.description }
        switch event.kind {
        case let .answer(item, value):
            let field = engine.describe(item: item)?.field
            let shown = value.isRecords ? Self.records(value, field, language) : ValueText.plain(value, language)
            return "\n\(clock)\(question(item))\n  → \(Self.indented(shown))\n"
        case let .preread(item, value):
            let field = engine.describe(item: item)?.field
            let shown = value.isRecords ? Self.records(value, field, language) : ValueText.plain(value, language)
            return "\n\(clock)\(question(item))\n  → \(say(.transcriptPreread)) \(Self.indented(shown))\n"
        case .said(let item): return "\n\(clock)» \(question(item))\n"
        case .skip(let item): return "\n\(clock)\(question(item))\n  → \(say(.transcriptSkipped))\n"
        case let .decide(item, text): return "\n\(clock)\(question(item))\n  → \(say(.transcriptDecision, ["text": text]))\n"
        case let .park(item, owner, dontKnow):
            let why = say(dontKnow ? .transcriptDontKnow : .transcriptParked)
            return "\n\(clock)\(question(item))\n  → (\(why)\(owner.map { " — \($0)" } ?? ""))\n"
        case let .checkpoint(item, ok):
            return "\n\(clock)\(say(.transcriptCheckpoint, ["question": question(item)])) → \(ok ? "✓" : "✗")\n"
        case .note(let text): return "\n\(clock)\(say(.transcriptNote, ["text": Self.indented(text)]))\n"
        case let .assignOwner(_, owner): return "  → \(say(.transcriptWillAnswer, ["owner": owner]))\n"
        case let .edit(path, value):
            return clock + say(.transcriptEdited, ["path": path, "value": ValueText.plain(value, language)]) + "\n"
        case .back: return clock + say(.transcriptBack) + "\n"
        case .undo: return clock + say(.transcriptUndo) + "\n"
        case .goto(let phase): return "\(clock)→ \(phase)\n"
        case .lock(let section): return "\(clock)🔒 \(section)\n"
        case .parkRest(let phase): return clock + say(.transcriptParkRest, ["phase": phase]) + "\n"
        case .keepGoing(let phase):
            let offer = engine.describe(item: .parkOffer(phase: phase))?.text ?? phase
            return "\n\(clock)\(offer)\n  → \(say(.transcriptKeepGoing))\n"
        case .board: return nil
        case .resume: return clock + say(.transcriptResumed) + "\n"
        case .quit: return clock + say(.transcriptSaved) + "\n"
        // The answer that closes a draft shows all its lines; a command that only showed something
        // is noted, a refused or cancelled line is not.
        case .line: return nil
        case let .input(_, text): return text.hasPrefix("/") ? "\(clock)\(text)\n" : nil
        case let .followUp(start): return "\(clock)" + CLIMessage.transcriptFollowUp.text(language, ["parent": String(start.parent.prefix(8)), "day": start.parentDay.iso]) + "\n"
        case let .migrate(migration): return "\(clock)" + CLIMessage.transcriptMigrated.text(language, ["path": migration.scriptPath ?? "?"]) + "\n"
        }
    }

    /// One line per record, its fields in the script's order.
    static func records(_ value: Value, _ field: FieldModel?, _ language: Language) -> String {
        guard case .records(let records) = value else { return "" }
        let order: [String]
        if case .records(let model)? = field?.type { order = model.fields.map(\.id) } else { order = [] }
        return records.map { r in
            let keys = order.filter { r.fields[$0] != nil } + r.fields.keys.filter { !order.contains($0) }.sorted()
            return keys.compactMap { key in r.fields[key].map { ValueText.plain($0, language) } }.joined(separator: " · ")
        }.joined(separator: "\n")
    }

    /// Continuation lines of a multi-line answer, aligned under the first one.
    static func indented(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\n    ")
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(s / 3600):\(two(s % 3600 / 60)):\(two(s % 60))"
    }

    /// « Charte prête à 80 % — 2 points bloquants ouverts… » and the command that exports it.
    static func summary(_ engine: Engine, saved: SavedSession, in context: CommandContext) -> String {
        let language = saved.language
        let ready = engine.readiness()
        let blocking = CLIMessage.plural(ready.open, one: .blockingOpenOne, other: .blockingOpenOther, language)
        let open = CLIMessage.plural(engine.openGaps().count, one: .openInAllOne, other: .openInAllOther, language)
        let command = context.command(["export", saved.path, "--format", "md"])
        return "\n" + CLIMessage.replaySummary.text(language, [
            "percent": Int((ready.overall * 100).rounded()), "blocking": blocking, "open": open, "command": command,
        ]) + "\n"
    }
}

extension Value {
    var isRecords: Bool { if case .records = self { true } else { false } }
}

import AtelierCore
import Foundation

/// A replay shown as it unfolded: each question, then what was answered or done.
struct Transcript {
    let saved: SavedSession
    let pace: Pace

    /// Replays every event, writing the transcript; returns the final engine. Everything written
    /// is client or script text, cleaned of control sequences on its way out.
    func play(_ output: (String) -> Void) -> Engine {
        func write(_ text: String) { output(SafeText.clean(text)) }
        let workshop = saved.script.workshop
        var engine = Engine(workshop: workshop, today: saved.header.startDay)
        let fr = workshop.language == .fr
        var previous = 0.0
        var phase = engine.currentPhase?.id
        write("\n\(workshop.title)\(saved.header.client.map { " — \($0)" } ?? "")\n")
        for (index, event) in saved.events.enumerated() {
            if case .speed(let factor) = pace, event.time > previous {
                Thread.sleep(forTimeInterval: min(30, (event.time - previous) / factor))
            }
            previous = max(previous, event.time)
            if let line = describe(event, engine: engine, fr: fr) { write(line) }
            let line = saved.eventLines.indices.contains(index) ? saved.eventLines[index] : 0
            let place = line > 0 ? "\(saved.path):\(line): " : ""
            for notice in engine.apply(event).notices { write("  ! " + place + notice.message(workshop.language) + "\n") }
            if engine.currentPhase?.id != phase, let p = engine.currentPhase {
                phase = p.id
                write("\n— \(p.title) —\n")
            }
        }
        return engine
    }

    private func describe(_ event: Event, engine: Engine, fr: Bool) -> String? {
        let clock = "[\(Self.clock(event.time))] "
        let language = engine.workshop.language
        func question(_ id: ItemID) -> String { engine.describe(item: id)?.text ?? id.description }
        switch event.kind {
        case let .answer(item, value):
            let field = engine.describe(item: item)?.field
            let shown = value.isRecords ? Self.records(value, field, language) : ValueText.plain(value, language)
            return "\n\(clock)\(question(item))\n  → \(Self.indented(shown))\n"
        case .said(let item): return "\n\(clock)» \(question(item))\n"
        case .skip(let item): return "\n\(clock)\(question(item))\n  → " + (fr ? "(passée)" : "(skipped)") + "\n"
        case let .decide(item, text): return "\n\(clock)\(question(item))\n  → " + (fr ? "décision : " : "decision: ") + text + "\n"
        case let .park(item, owner, dontKnow):
            let why = dontKnow ? (fr ? "ne sait pas" : "doesn't know") : (fr ? "reportée" : "parked")
            return "\n\(clock)\(question(item))\n  → (\(why)\(owner.map { " — \($0)" } ?? ""))\n"
        case let .checkpoint(item, ok): return "\n\(clock)check : \(question(item)) → \(ok ? "✓" : "✗")\n"
        case .note(let text): return "\n\(clock)note : \(Self.indented(text))\n"
        case let .assignOwner(_, owner): return "  → " + (fr ? "répondra : " : "will answer: ") + owner + "\n"
        case let .edit(path, value): return "\(clock)" + (fr ? "modifié " : "edited ") + "\(path) → \(ValueText.plain(value, language))\n"
        case .back: return "\(clock)/retour\n"
        case .undo: return "\(clock)/annuler\n"
        case .goto(let phase): return "\(clock)→ \(phase)\n"
        case .lock(let section): return "\(clock)🔒 \(section)\n"
        case .parkRest(let phase): return "\(clock)" + (fr ? "fin de phase à l'heure : le reste est reporté (\(phase))" : "finishing on time: the rest is parked (\(phase))") + "\n"
        case .keepGoing(let phase):
            let offer = engine.describe(item: .parkOffer(phase: phase))?.text ?? phase
            return "\n\(clock)\(offer)\n  → " + (fr ? "non, on continue" : "no, keep going") + "\n"
        case .board: return nil
        case .resume: return "\(clock)" + (fr ? "(reprise de la session)" : "(session resumed)") + "\n"
        case .quit: return "\(clock)" + (fr ? "(session enregistrée)" : "(session saved)") + "\n"
        // The answer that closes a draft shows all its lines; a command that only showed something
        // is noted, a refused or cancelled line is not.
        case .line: return nil
        case let .input(_, text): return text.hasPrefix("/") ? "\(clock)\(text)\n" : nil
        case let .followUp(start): return "\(clock)" + LibraryText.followUpStarted(start.parent, day: start.parentDay, language) + "\n"
        case let .migrate(migration): return "\(clock)" + LibraryText.migrated(migration.scriptPath, language) + "\n"
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

    static func summary(_ engine: Engine, saved: SavedSession) -> String {
        let ready = engine.readiness()
        let fr = engine.workshop.language == .fr
        let pct = Int((ready.overall * 100).rounded())
        return fr
            ? "\nCharte prête à \(pct) % — \(ready.open) point(s) bloquant(s) ouvert(s), \(engine.openGaps().count) point(s) ouvert(s) en tout.\nPour l'exporter : atelier export \(Console.shellQuoted(saved.path)) --format md\n"
            : "\nCharter \(pct)% ready — \(ready.open) blocking gap(s) open, \(engine.openGaps().count) open gap(s) in all.\nTo export it: atelier export \(Console.shellQuoted(saved.path)) --format md\n"
    }
}

extension Value {
    var isRecords: Bool { if case .records = self { true } else { false } }
}

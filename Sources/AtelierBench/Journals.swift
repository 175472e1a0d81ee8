import AtelierCore

/// Deterministic session journals of a given size over the flagship script: the flagship session
/// played to its end, then a long tail of what a consultant does after it, until `count` events:
/// notes, edits of answers and of record fields, new list items, checkpoints, undos. Every 500
/// events the two growing lists are rewritten, as a consultant tidies them, so the charter stays
/// the size of a real one (the cost of one event grows with the size of what it touches: see
/// docs/performance.md).
enum Journals {
    static func events(count: Int, flagship: Workshop, today: Day) -> [Event] {
        var driver = SessionDriver(engine: Engine(workshop: flagship, today: today))
        driver.run(maxSteps: count)
        var events = Array(driver.events.prefix(count))
        let recordTexts = driver.engine.answeredPaths().filter { entry in
            entry.path.components.count > 1 && entry.path.components.allSatisfy { if case .item = $0 { false } else { true } }
                && { if case .text = entry.value { true } else { false } }()
                && (driver.engine.fieldModel(at: entry.path).map { $0.type == .text || $0.type == .longText } ?? false)
        }.map(\.path.description)
        var time = driver.time
        var answers = Answers()
        var n = 0
        while events.count < count {
            n += 1
            time += 7
            let kind: Event.Kind
            if n % 500 == 0 {
                kind = .edit(path: n % 1000 == 0 ? "inclus" : "fiertes",
                             value: .list([answers.value(for: .text, firm: true), answers.value(for: .text, firm: false)]))
                events.append(Event(kind, at: time))
                continue
            }
            switch n % 10 {
            case 0: kind = .note("Note \(n) : le client insiste sur le calendrier.")
            case 1: kind = .edit(path: "contexte", value: answers.value(for: .longText, firm: n % 4 == 0))
            case 2:
                let path = recordTexts.isEmpty ? "budget" : recordTexts[(n / 10) % recordTexts.count]
                kind = .edit(path: path, value: answers.value(for: .text, firm: n % 3 == 0))
            case 3: kind = .edit(path: "budget", value: answers.value(for: .text, firm: n % 2 == 0))
            case 4: kind = .answer(item: .step(phase: "perimetre", step: "inclus"), value: .list([answers.value(for: .text, firm: n % 3 == 0)]))
            case 5: kind = .checkpoint(item: .step(phase: "ouverture", step: "chk-lien"), ok: n % 20 == 5)
            case 6: kind = .undo
            case 7: kind = .edit(path: "enjeux", value: answers.value(for: .longText, firm: false))
            case 8: kind = .answer(item: .step(phase: "objectifs", step: "fiertes"), value: .list([answers.value(for: .text, firm: true)]))
            default: kind = .note("Le sponsor rejoint la réunion.")
            }
            events.append(Event(kind, at: time))
        }
        return events
    }

    /// The journal's text: header line, then one line per event.
    static func text(events: [Event], flagship: Workshop, scriptBytes: [UInt8], today: Day) throws -> String {
        let header = JournalHeader(sessionID: "00000000-0000-4000-8000-000000000001", workshop: flagship,
                                   scriptBytes: scriptBytes, client: "ACME Industrie",
                                   startedAt: "\(today.iso)T09:00:00+01:00", startDay: today, atelierVersion: "bench")
        var lines = [try JournalCodec.encodeHeader(header)]
        lines.reserveCapacity(events.count + 1)
        for event in events { lines.append(try JournalCodec.encode(event)) }
        return lines.joined(separator: "\n") + "\n"
    }
}

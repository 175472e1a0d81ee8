import AtelierCore
import AtelierExport
import AtelierStore
import Foundation

/// One line of the results table.
struct Row {
    var name: String
    var value: String
    /// "≤ 1 ms", "≤ 1.6× floor"…
    var target: String
    /// measured / target: at most 1 means the target is met.
    var ratio: Double
    var met: Bool { ratio <= 1 }
}

/// The benchmarks run in-process.
struct Benchmarks {
    let root: String
    let today = Day(year: 2026, month: 11, day: 24)

    func flagship() throws -> (workshop: Workshop, bytes: [UInt8]) {
        try load("\(root)/workshops/cadrage-mission.fr.yaml")
    }

    func load(_ path: String) throws -> (workshop: Workshop, bytes: [UInt8]) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let (workshop, diagnostics) = WorkshopLoader.load(source: String(decoding: data, as: UTF8.self), file: path)
        guard let workshop else { throw BenchError("\(path) does not load: \(diagnostics.first?.message ?? "?")") }
        return (workshop, [UInt8](data))
    }

    // MARK: - Engine steps

    /// Every step of the flagship session, played to its end (several times for stable quantiles).
    func flagshipSteps() throws -> Row2 {
        let workshop = try flagship().workshop
        var samples: [Double] = []
        var steps = 0
        for _ in 0..<20 {
            var driver = SessionDriver(engine: Engine(workshop: workshop, today: today))
            driver.run(maxSteps: 5_000)
            samples += driver.stepSeconds
            steps = driver.stepSeconds.count
        }
        return Row2(p50: Measure.quantile(samples, 0.5), p99: Measure.quantile(samples, 0.99), count: steps)
    }

    /// Steps on the synthetic script: `rules` rules, a charter filled with `items` records first.
    func syntheticSteps(rules: Int, items: Int, lists: Int = 100, steps: Int = 400) throws -> Row2 {
        let yaml = Synthetic.engineScript(rules: rules, lists: lists)
        let (workshop, diagnostics) = WorkshopLoader.load(source: yaml, file: "synthetic.yaml")
        guard let workshop else { throw BenchError("the synthetic script does not load: \(diagnostics.first?.message ?? "?")") }
        var driver = SessionDriver(engine: Engine(workshop: workshop, today: today))
        var answers = Answers()
        let perList = items / lists
        var fill: [Event] = []
        for k in 0..<lists {
            let records = (0..<perList).map { i -> Record in
                var r = Record(id: "")
                r.fields["name"] = .text(i % 9 == 0 ? "urgent item \(k).\(i)" : "Item \(k).\(i)")
                r.fields["target"] = answers.value(for: .text, firm: i % 2 == 0)
                if i % 5 != 0 { r.fields["owner"] = answers.value(for: .person, firm: true) }
                if i % 4 != 0 { r.fields["due"] = answers.value(for: .date, firm: true) }
                return r
            }
            fill.append(Event(.answer(item: .step(phase: "main", step: "items\(k)"), value: .records(records)), at: 0))
        }
        driver.prefill(fill)
        driver.run(maxSteps: steps)
        let samples = driver.stepSeconds
        return Row2(p50: Measure.quantile(samples, 0.5), p99: Measure.quantile(samples, 0.99), count: samples.count)
    }

    struct Row2 { var p50: Double; var p99: Double; var count: Int }

    /// One list answered `times` times in a row on the flagship (`objectifs/fiertes`, one new
    /// item each time, one in three hedging): the CPU time of the whole run, each step being
    /// apply + next. It grows linearly when an answer costs the same with 10 items or 10,000.
    func listAnswers(times: Int) throws -> Double {
        let workshop = try flagship().workshop
        var engine = Engine(workshop: workshop, today: today)
        var answers = Answers()
        let events = (0..<times).map { n in
            Event(.answer(item: .step(phase: "objectifs", step: "fiertes"), value: .list([answers.value(for: .text, firm: n % 3 != 0)])), at: Double(n))
        }
        return Measure.time {
            for event in events {
                engine.apply(event)
                _ = engine.next(at: event.time)
            }
        }
    }

    // MARK: - Lint

    func lint(steps: Int) -> (seconds: Double, diagnostics: Int) {
        let yaml = Synthetic.lintScript(steps: steps)
        var count = 0
        let seconds = Measure.best(runs: 3) {
            count = WorkshopLoader.load(source: yaml, file: "steps.yaml").diagnostics.count
        }
        return (seconds, count)
    }

    // MARK: - Export

    /// The flagship charter filled with 1,000 items, rendered in each format.
    func export() throws -> [(ExportFormat, Double)] {
        let workshop = try flagship().workshop
        var engine = Engine(workshop: workshop, today: today)
        var answers = Answers()
        func records(_ count: Int, _ field: String, _ nested: ((Int) -> [String: Value])? = nil) -> Value {
            guard case .records(let model)? = workshop.charter.field(field)?.type else { return .records([]) }
            return .records((0..<count).map { i in
                var r = Record(id: "")
                for f in model.fields {
                    if case .records = f.type { continue }
                    r.fields[f.id] = answers.value(for: f.type, firm: i % 3 == 0)
                }
                if let nested { r.fields.merge(nested(i)) { $1 } }
                return r
            })
        }
        let objectiveModel: RecordModel? = { if case .records(let m)? = workshop.charter.field("objectifs")?.type { m } else { nil } }()
        let indicatorField = objectiveModel?.field("indicateurs")
        func indicatorRecords() -> Value {
            guard case .records(let model)? = indicatorField?.type else { return .records([]) }
            return .records((0..<3).map { _ in
                var r = Record(id: "")
                for f in model.fields { r.fields[f.id] = answers.value(for: f.type, firm: true) }
                return r
            })
        }
        let fills: [(String, String, Value)] = [
            ("objectifs", "objectifs", records(100, "objectifs") { _ in ["indicateurs": indicatorRecords()] }),
            ("risques", "risques", records(200, "risques")),
            ("perimetre", "livrables", records(150, "livrables")),
            ("gouvernance", "parties_prenantes", records(100, "parties_prenantes")),
            ("conclusion", "prochaines_etapes", records(100, "prochaines_etapes")),
            ("perimetre", "inclus", .list((0..<50).map { _ in answers.value(for: .text, firm: false) })),
        ]
        for (phase, step, value) in fills {
            let item = ItemID.step(phase: phase, step: step)
            if engine.apply(Event(.answer(item: item, value: value), at: 1)).rejected { throw BenchError("the export charter was refused at \(item)") }
        }
        let doc = engine.document(sessionID: "bench", client: "ACME Industrie", date: today)
        let options = ExportOptions(recipients: ["direction@acme.example"], from: "Camille <camille@cabinet.example>",
                                    now: "Tue, 24 Nov 2026 11:00:00 +0100")
        return try ExportFormat.allCases.map { format in
            (format, try Measure.best(runs: 3) { _ = try Exporter.render(doc, as: format, options: options) })
        }
    }

    // MARK: - Replay

    /// Writes the journals of the given sizes into `directory`; returns their paths.
    func writeJournals(sizes: [Int], directory: String) throws -> [(Int, String)] {
        let (workshop, bytes) = try flagship()
        let all = Journals.events(count: sizes.max() ?? 0, flagship: workshop, today: today)
        return try sizes.map { size in
            let path = "\(directory)/journal-\(size).jsonl"
            let text = try Journals.text(events: Array(all.prefix(size)), flagship: workshop, scriptBytes: bytes, today: today)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return (size, path)
        }
    }

    /// The engine's time per kind of event (and per item answered or path edited) over a journal,
    /// decoded first and not timed: for profiling.
    func replayByKind(path: String) throws -> [(kind: String, count: Int, seconds: Double)] {
        let (workshop, _) = try flagship()
        guard case .success(let result) = JournalReader.read(path: path), let header = result.header else {
            throw BenchError("\(path) does not read")
        }
        var engine = Engine(workshop: workshop, today: header.startDay)
        var byKind: [String: (count: Int, seconds: Double)] = [:]
        for event in result.events {
            var kind = String("\(event.kind)".prefix { $0 != "(" })
            if case .edit(let path, _) = event.kind { kind += " " + path }
            if case .answer(let item, _) = event.kind { kind += " " + item.description }
            let seconds = Measure.time { engine.apply(event) }
            byKind[kind, default: (0, 0)].count += 1
            byKind[kind, default: (0, 0)].seconds += seconds
        }
        return byKind.map { ($0.key, $0.value.count, $0.value.seconds) }.sorted { $0.seconds > $1.seconds }
    }

    /// Reads and replays one journal in this process: seconds, peak memory, events replayed, and
    /// the seconds of reading and decoding its lines alone (no engine), measured first.
    func replay(path: String) throws -> (seconds: Double, peak: Int, events: Int, decoding: Double) {
        let (workshop, _) = try flagship()
        var replayed = 0
        let decoding = try Measure.time {
            guard case .success(let result) = JournalReader.read(path: path), result.isUsable else {
                throw BenchError("\(path) does not read")
            }
            replayed = result.events.count
        }
        let seconds = try Measure.time {
            let result: JournalReadResult
            switch JournalReader.read(path: path) {
            case .success(let r): result = r
            case .failure(let e): throw BenchError("\(e)")
            }
            guard result.isUsable, let header = result.header else { throw BenchError("\(path) is damaged") }
            let (engine, _) = Engine.replaying(result.events, workshop: workshop, today: header.startDay)
            replayed = result.events.count
            _ = engine.next(at: result.elapsedTime)
        }
        return (seconds, Measure.peakMemory(), replayed, decoding)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

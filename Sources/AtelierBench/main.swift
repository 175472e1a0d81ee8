import Foundation

// atelier-bench: the performance measurements of docs/performance.md (see scripts/bench).
//   atelier-bench all --root DIR [--startup MS --startup-cold MS --floor MS]   every benchmark, a Markdown table
//   atelier-bench replay JOURNAL --root DIR                   one replay (run in a child process)
//   atelier-bench engine|replay-inline N|list|lint|export|board --root DIR   one benchmark, for profiling
//   atelier-bench replay-by-kind JOURNAL --root DIR           the engine's time per kind of event
//   atelier-bench journal N PATH --root DIR                   writes a generated journal of N events

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
let bench = Benchmarks(root: option("--root") ?? FileManager.default.currentDirectoryPath)

do {
    switch arguments.first {
    case "replay":
        guard arguments.count > 1 else { throw BenchError("usage: atelier-bench replay JOURNAL --root DIR") }
        let r = try bench.replay(path: arguments[1])
        print("\(r.seconds) \(r.peak) \(r.events) \(r.decoding)")
    case "engine":
        let rules = Int(option("--rules") ?? "") ?? 10_000
        let r = try bench.syntheticSteps(rules: rules, items: 5_000)
        print("synthetic: p50 \(Report.ms(r.p50)) p99 \(Report.ms(r.p99)) over \(r.count) steps")
        let f = try bench.flagshipSteps()
        print("flagship: p50 \(Report.ms(f.p50)) p99 \(Report.ms(f.p99)) over \(f.count) steps")
    case "replay-inline":
        let size = Int(arguments.dropFirst().first ?? "") ?? 10_000
        let dir = NSTemporaryDirectory() + "atelier-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (_, path) = try bench.writeJournals(sizes: [size], directory: dir)[0]
        let r = try bench.replay(path: path)
        print("replay \(size): \(Report.ms(r.seconds)) (decoding alone \(Report.ms(r.decoding))), peak \(r.peak / 1_048_576) MB")
    case "replay-by-kind":
        guard arguments.count > 1 else { throw BenchError("usage: atelier-bench replay-by-kind JOURNAL --root DIR") }
        for row in try bench.replayByKind(path: arguments[1]) {
            print("\(row.kind): \(row.count) events, \(Report.ms(row.seconds)) (\(String(format: "%.1f", row.seconds / Double(row.count) * 1e6)) µs each)")
        }
    case "list":
        for times in [1_000, 10_000] { print("list answered \(times) times: \(Report.ms(try bench.listAnswers(times: times)))") }
    case "journal":
        guard arguments.count > 2, let size = Int(arguments[1]) else { throw BenchError("usage: atelier-bench journal N PATH --root DIR") }
        let (workshop, bytes) = try bench.flagship()
        let events = Journals.events(count: size, flagship: workshop, today: bench.today)
        try Journals.text(events: events, flagship: workshop, scriptBytes: bytes, today: bench.today)
            .write(toFile: arguments[2], atomically: true, encoding: .utf8)
    case "board":
        let r = try bench.board()
        print("fan-out to \(r.viewers) viewers: p50 \(Report.ms(Measure.quantile(r.fanOut, 0.5))) p99 \(Report.ms(Measure.quantile(r.fanOut, 0.99))) over \(r.fanOut.count) events")
        print("terminal step alone: p50 \(Report.ms(Measure.quantile(r.stepAlone, 0.5))) p99 \(Report.ms(Measure.quantile(r.stepAlone, 0.99)))")
        print("terminal step with the board: p50 \(Report.ms(Measure.quantile(r.stepWithBoard, 0.5))) p99 \(Report.ms(Measure.quantile(r.stepWithBoard, 0.99)))")
    case "lint":
        let r = bench.lint(steps: 10_000)
        print("lint: \(Report.ms(r.seconds)), \(r.diagnostics) diagnostics")
    case "export":
        for (format, seconds) in try bench.export() { print("\(format): \(Report.ms(seconds))") }
    case "all":
        let startup = option("--startup").flatMap(Double.init)
        let floor = option("--floor").flatMap(Double.init)
        print(try Report(bench: bench).run(startupMS: startup, coldStartupMS: option("--startup-cold").flatMap(Double.init), floorMS: floor))
    default:
        throw BenchError("usage: atelier-bench all|replay|engine|replay-inline|list|lint|export|board --root DIR")
    }
} catch {
    FileHandle.standardError.write(Data("atelier-bench: \(error)\n".utf8))
    exit(1)
}

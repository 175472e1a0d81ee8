import Foundation

/// Runs every benchmark and lays the results out as a Markdown table, each figure as a ratio
/// against its target (≤ 1 means met).
struct Report {
    let bench: Benchmarks

    static func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }
    static func ratio(_ r: Double) -> String { String(format: "%.2f", r) }

    func run(startupMS: Double?, coldStartupMS: Double?, floorMS: Double?) throws -> String {
        var rows: [Row] = []
        if let startupMS, let floorMS, floorMS > 0 {
            rows.append(Row(name: "start-up to the first question, script checked before (vs hello world + Foundation, \(String(format: "%.1f", floorMS)) ms)",
                            value: String(format: "%.1f ms (%.2f×)", startupMS, startupMS / floorMS),
                            target: "≤ 1.6× floor", ratio: startupMS / floorMS / 1.6))
            if let coldStartupMS {
                rows.append(Row(name: "start-up, first run of a script (empty cache)",
                                value: String(format: "%.1f ms (%.2f×)", coldStartupMS, coldStartupMS / floorMS), target: "—", ratio: 0))
            }
        }
        let flagship = try bench.flagshipSteps()
        rows.append(Row(name: "engine step, flagship session (\(flagship.count) steps), p50", value: Self.ms(flagship.p50),
                        target: "—", ratio: 0))
        rows.append(Row(name: "engine step, flagship session, p99", value: Self.ms(flagship.p99),
                        target: "< 1 ms", ratio: flagship.p99 / 0.001))
        let synthetic = try bench.syntheticSteps(rules: 10_000, items: 5_000)
        rows.append(Row(name: "engine step, 10,000 rules / 5,000 items (\(synthetic.count) steps), p50",
                        value: Self.ms(synthetic.p50), target: "—", ratio: 0))
        rows.append(Row(name: "engine step, 10,000 rules / 5,000 items, p99", value: Self.ms(synthetic.p99),
                        target: "< 5 ms", ratio: synthetic.p99 / 0.005))
        rows += try replayRows()
        rows += try listRows()
        let lint = bench.lint(steps: 10_000)
        rows.append(Row(name: "lint, 10,000-step script", value: Self.ms(lint.seconds), target: "< 300 ms",
                        ratio: lint.seconds / 0.300))
        for (format, seconds) in try bench.export() {
            rows.append(Row(name: "export \(format.rawValue), 1,000-item charter", value: Self.ms(seconds),
                            target: "< 200 ms", ratio: seconds / 0.200))
        }
        rows += try boardRows()
        var out = "| measure | result | target | ratio to target | met |\n|---|---|---|---|---|\n"
        for row in rows {
            let ratio = row.target == "—" ? "—" : Self.ratio(row.ratio)
            let met = row.target == "—" ? "" : (row.met ? "yes" : "**no**")
            out += "| \(row.name) | \(row.value) | \(row.target) | \(ratio) | \(met) |\n"
        }
        return out
    }

    /// The live board with 30 viewers: how fast a journaled event reaches them all, and whether the
    /// terminal's step (journal + engine) is any slower with the board following it.
    private func boardRows() throws -> [Row] {
        let board = try bench.board()
        let alone = Measure.quantile(board.stepAlone, 0.99), with = Measure.quantile(board.stepWithBoard, 0.99)
        let p99 = Measure.quantile(board.fanOut, 0.99)
        return [
            Row(name: "board: journal fsync → all \(board.viewers) viewers (\(board.fanOut.count) events), p50",
                value: Self.ms(Measure.quantile(board.fanOut, 0.5)), target: "—", ratio: 0),
            Row(name: "board: journal fsync → all \(board.viewers) viewers, p99", value: Self.ms(p99), target: "< 200 ms",
                ratio: p99 / 0.200),
            Row(name: "terminal step (journal + fsync + engine), no board, p50 / p99",
                value: "\(Self.ms(Measure.quantile(board.stepAlone, 0.5))) / \(Self.ms(alone))", target: "—", ratio: 0),
            Row(name: "terminal step with the board and \(board.viewers) viewers, p50 / p99",
                value: "\(Self.ms(Measure.quantile(board.stepWithBoard, 0.5))) / \(Self.ms(with))",
                target: "p99 ≤ 1.5× without", ratio: alone > 0 ? with / alone / 1.5 : 0),
        ]
    }

    /// Each journal replayed in its own child process, so each peak memory is its own.
    private func replayRows() throws -> [Row] {
        let dir = NSTemporaryDirectory() + "atelier-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let journals = try bench.writeJournals(sizes: [1_000, 10_000, 100_000], directory: dir)
        var rows: [Row] = []
        var seconds: [Int: Double] = [:]
        for (size, path) in journals {
            let (t, peak, decoding) = try child(path)
            seconds[size] = t
            let mb = Double(peak) / 1_048_576
            let target = size == 100_000 ? "< 500 ms" : "—"
            rows.append(Row(name: "replay, \(size) events (read + replay)", value: Self.ms(t), target: target, ratio: t / 0.5))
            rows.append(Row(name: "replay, \(size) events, reading and JSON decoding alone", value: Self.ms(decoding),
                            target: "—", ratio: 0))
            rows.append(Row(name: "replay, \(size) events, peak memory", value: String(format: "%.1f MB", mb),
                            target: "< 100 MB", ratio: mb / 100))
        }
        if let big = seconds[100_000], let mid = seconds[10_000], mid > 0 {
            rows.append(Row(name: "replay growth, 100k / 10k", value: String(format: "%.1f×", big / mid),
                            target: "≤ 11×", ratio: big / mid / 11))
        }
        return rows
    }

    /// One list answered 1,000 and 10,000 times: the best of three runs of each, and their ratio.
    private func listRows() throws -> [Row] {
        let small = try (0..<3).map { _ in try bench.listAnswers(times: 1_000) }.min() ?? 0
        let large = try (0..<3).map { _ in try bench.listAnswers(times: 10_000) }.min() ?? 0
        return [
            Row(name: "one list answered 1,000 times (apply + next each)", value: Self.ms(small), target: "—", ratio: 0),
            Row(name: "one list answered 10,000 times", value: Self.ms(large), target: "—", ratio: 0),
            Row(name: "list growth, 10k / 1k", value: String(format: "%.1f×", large / small), target: "≤ 11×",
                ratio: large / small / 11),
        ]
    }

    private func child(_ path: String) throws -> (Double, Int, Double) {
        var best = (Double.infinity, 0, 0.0)
        for _ in 0..<3 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            process.arguments = ["replay", path, "--root", bench.root]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let parts = String(decoding: data, as: UTF8.self).split(separator: " ")
            guard process.terminationStatus == 0, parts.count >= 4, let t = Double(parts[0]), let peak = Int(parts[1]),
                  let decoding = Double(parts[3].trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw BenchError("the replay of \(path) failed")
            }
            if t < best.0 { best = (t, max(best.1, peak), decoding) } else { best.1 = max(best.1, peak) }
        }
        return best
    }
}

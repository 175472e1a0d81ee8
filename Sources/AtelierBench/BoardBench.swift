import AtelierBoard
import AtelierCore
import AtelierStore
import Foundation

/// The live board under load: the flagship session journaled as the terminal journals it (append +
/// fsync, then the engine's step), a board following the journal, and 30 viewers on its stream.
extension Benchmarks {
    struct BoardFigures {
        /// From the end of each event's fsync to its snapshot reaching the last of the viewers.
        var fanOut: [Double]
        /// The terminal's step (append + fsync, apply, next question), wall time, without and with the board.
        var stepAlone: [Double]
        var stepWithBoard: [Double]
        var viewers: Int
    }

    /// Seconds from one event to the next in the board's benchmark.
    static let pace = 0.080

    func board(viewers count: Int = 30, sessions: Int = 3) throws -> BoardFigures {
        let (workshop, bytes) = try flagship()
        let folder = NSTemporaryDirectory() + "atelier-bench-board-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var figures = BoardFigures(fanOut: [], stepAlone: [], stepWithBoard: [], viewers: count)
        for round in 0..<sessions {
            // The same session twice, alone and followed by the board and its viewers, in turns first.
            for withBoard in round % 2 == 0 ? [false, true] : [true, false] {
                let path = "\(folder)/\(withBoard ? "board" : "alone")-\(round).jsonl"
                let result = try journaledSession(workshop, bytes, path: path, board: withBoard ? count : nil)
                if withBoard {
                    figures.stepWithBoard += result.steps
                    figures.fanOut += result.fanOut
                } else {
                    figures.stepAlone += result.steps
                }
            }
        }
        return figures
    }

    /// Plays the flagship session into a journal at `path`, timing each step as the terminal does
    /// it; with `board` viewers, waits after each event for the snapshot to reach all of them.
    private func journaledSession(_ workshop: Workshop, _ bytes: [UInt8], path: String, board viewers: Int?) throws
        -> (steps: [Double], fanOut: [Double]) {
        let header = JournalHeader(sessionID: "bench", workshop: workshop, scriptBytes: bytes, client: "Bench",
                                   startedAt: "2026-11-24T09:00:00+01:00", startDay: today, atelierVersion: "bench")
        let writer: JournalWriter
        do { writer = try JournalWriter.create(path: path, header: header) } catch { throw BenchError("\(error)") }
        var live: Board?
        var clients: [BoardViewer] = []
        if let viewers {
            do {
                live = try Board(following: path, header: header, workshop: workshop, address: .local, live: { true })
            } catch { throw BenchError("\(error)") }
            let port = UInt16(live?.urls.first?.split(separator: ":").last?.prefix { $0.isNumber } ?? "") ?? 0
            clients = try (0..<viewers).map { _ in try BoardViewer(port: port) }
            let deadline = Date().addingTimeInterval(10)
            while (live?.viewerCount ?? 0) < viewers || clients.contains(where: { $0.newestVersion == 0 }) {
                if Date() > deadline { throw BenchError("the viewers did not all connect") }
                usleep(10_000)
            }
        }
        defer {
            clients.forEach { $0.stop() }
            live?.stop()
        }
        var engine = Engine(workshop: workshop, today: today)
        var answers = Answers()
        var time = 0.0
        var next = engine.next(at: time)
        var steps: [Double] = [], fanOut: [Double] = []
        for _ in 0..<400 {
            guard let event = answers.event(for: next, at: time) else { break }
            let version = clients.map(\.newestVersion).min() ?? 0
            let start = BoardViewer.monotonic()
            do { try writer.append(event) } catch { throw BenchError("\(error)") }
            let synced = BoardViewer.monotonic()
            engine.apply(event)
            next = engine.next(at: time)
            steps.append(BoardViewer.monotonic() - start)
            if !clients.isEmpty {
                var last = synced
                for client in clients {
                    guard let arrival = client.arrival(after: version, timeout: 5) else { throw BenchError("a viewer saw nothing within 5 s") }
                    last = max(last, arrival)
                }
                fanOut.append(last - synced)
            }
            // One event every 80 ms, with or without the board: faster than anyone types, and the same
            // pace for both runs, so both see the disk alike and the board has shown each event
            // before the next one is typed, as in a room.
            let spent = BoardViewer.monotonic() - start
            if spent < Self.pace { usleep(UInt32((Self.pace - spent) * 1_000_000)) }
            time += 30
        }
        try? writer.close()
        return (steps, fanOut)
    }
}

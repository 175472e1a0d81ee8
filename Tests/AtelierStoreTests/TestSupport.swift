#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import AtelierCore
import AtelierStore

/// A fresh folder under /tmp, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = "/tmp/atelier-store-" + UUID().uuidString.lowercased()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Permission bits (`st_mode & 0o7777`) of `path`.
func permissions(_ path: String) -> mode_t? {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
}

/// The bytes of `path`, read through a handle of its own.
func contents(_ path: String) -> [UInt8] {
    (FileManager.default.contents(atPath: path).map { [UInt8]($0) }) ?? []
}

/// Writes `bytes` to a new file at `path`, as a crash would have left it.
func writeFile(_ path: String, _ bytes: [UInt8]) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
}

/// A sink over a real file that fails on purpose: each write call takes the next scripted step
/// (fail with an errno, or write only a few bytes); with no step left, writes go through.
final class FlakySink: FileSink {
    enum Step { case fail(Int32), partial(Int) }

    private let inner: POSIXFileSink
    var writeSteps: [Step] = []
    var syncFailures: [Int32] = []
    private(set) var syncCount = 0

    init(path: String) {
        inner = POSIXFileSink(descriptor: open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600))
    }

    func failWrites(_ count: Int, _ code: Int32) {
        writeSteps.append(contentsOf: Array(repeating: .fail(code), count: count))
    }

    func write(_ bytes: ArraySlice<UInt8>) throws(SinkFailure) -> Int {
        guard !writeSteps.isEmpty else { return try inner.write(bytes) }
        switch writeSteps.removeFirst() {
        case let .fail(code): throw SinkFailure(code: code)
        case let .partial(count): return try inner.write(bytes.prefix(count))
        }
    }

    func synchronize() throws(SinkFailure) {
        syncCount += 1
        if !syncFailures.isEmpty { throw SinkFailure(code: syncFailures.removeFirst()) }
        try inner.synchronize()
    }

    func close() { inner.close() }
}

enum Samples {
    static let header = JournalHeader(
        sessionID: "s-1", workshopID: "cadrage", workshopTitle: "Atelier de cadrage",
        workshopHash: SHA256.hex(Array("id: cadrage\n".utf8)), client: "ACME Industrie",
        startedAt: "2026-11-24T09:02:11+01:00", startDay: Day(year: 2026, month: 11, day: 24),
        atelierVersion: "0.1.0", language: .fr)

    /// `count` distinct answers, one second apart.
    static func answers(_ count: Int, from first: Int = 0) -> [Event] {
        (first..<(first + count)).map { Event(.answer(item: .step(phase: "p", step: "q\($0)"), value: .text("réponse \($0)")), at: Double($0)) }
    }

    static func journalText(_ events: [Event]) throws -> String {
        var text = try JournalCodec.encodeHeader(header) + "\n"
        for event in events { text += try JournalCodec.encode(event) + "\n" }
        return text
    }
}

extension Result {
    var value: Success? { if case let .success(value) = self { value } else { nil } }
    var failure: Failure? { if case let .failure(error) = self { error } else { nil } }
}

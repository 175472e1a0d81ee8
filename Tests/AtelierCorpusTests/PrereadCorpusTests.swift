import AtelierCLI
import AtelierCore
import AtelierStore
import Foundation
import Testing

/// Returned pre-read questionnaires, broken every way a file coming back by e-mail can be: another
/// workshop's, cut short, edited by hand into values that do not read, far too large, not text.
/// Each gets one located sentence (or, for a good file, the answers it brings), checked against
/// the recruitment kick-off script for the client "Acme Industrie".
@Suite struct PrereadCorpusTests {
    static let generated: [String: @Sendable () -> [UInt8]] = [
        // A file of 50 MB: refused by its size before it is read.
        "generated-50mb.json": { Array(repeating: UInt8(ascii: " "), count: 50 * 1024 * 1024) },
        // Nested far deeper than any questionnaire writes: refused without exhausting the stack.
        "generated-deep-nesting.json": { Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8) },
    ]

    static let names = Corpus.names("preread", generated: generated)

    static let workshop: Workshop? = {
        let script = Corpus.sourceFolder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("workshops/kickoff-recrutement.fr.yaml")
        guard let source = try? String(contentsOf: script, encoding: .utf8) else { return nil }
        return WorkshopLoader.load(source: source, file: "kickoff-recrutement.fr.yaml").workshop
    }()

    /// What Atelier says of the file: read as `run --preread` reads it (a regular file of bounded size).
    static func outcome(_ bytes: [UInt8], name: String, workshop: Workshop) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-preread-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let read: [UInt8]
        switch InputFile.read(path, limit: PrereadFormat.sizeLimit) {
        case .success(let got): read = got
        case .failure(let error): return "refused: \(error.message(.en).replacingOccurrences(of: path, with: name))\n"
        }
        switch PrereadReader.read(read, file: name, workshop: workshop, client: "Acme Industrie",
                                   today: Day(year: 2026, month: 11, day: 20)) {
        case .failure(let problem):
            // As `run --preread` shows it: the one printer, the line and its caret unless the line is too long to read.
            let source = String(decoding: read, as: UTF8.self)
            let line = problem.location?.line.flatMap { source.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(max(0, $0 - 1)).first }
            let sources = (line?.unicodeScalars.count ?? 0) > 240 ? [:] : [name: source]
            return DiagnosticText.render([problem.diagnostic(.en)], sources: sources)
        case .success(let answers):
            var out = "client: \(answers.client ?? "none")\n"
            for answer in answers.answers {
                out += "\(answer.item): \(SafeText.clean(ValueText.plain(answer.value, .en)))\n"
            }
            return out
        }
    }

    @Test func theCorpusCoversTheCasesTheIssueNames() {
        for name in ["wrong-workshop.json", "truncated.json", "edited-into-an-impossible-date.json", "generated-50mb.json"] {
            #expect(Self.names.contains(name))
        }
    }

    @Test(arguments: PrereadCorpusTests.names)
    func returnedFile(name: String) throws {
        let workshop = try #require(Self.workshop)
        let bytes = try Corpus.bytes("preread", name, generated: Self.generated)
        let outcome = try Self.outcome(bytes, name: name, workshop: workshop)
        Corpus.check(outcome, kind: "preread", name: name)
        // One sentence: a single error line (then, for a located one, the line and its caret).
        // Files that read: their answers (a date without its year is taken from the day the file was saved).
        if !["valid-scorecard.json", "escape-sequences-in-an-answer.json", "a-date-without-its-year.json"].contains(name) {
            #expect(outcome.components(separatedBy: "error:").count == 2 || outcome.hasPrefix("refused:"), "\(outcome)")
        }
        #expect(!outcome.contains("\u{1B}"), "an escape sequence reached the output")
    }
}

import AtelierCore
import Foundation
import Testing

/// Issue 9: when the disk refuses to the end, the rescue file holds what was typed, and following
/// the printed instruction literally gives back the whole session — no damaged line, nothing twice.
/// The "disk" here is a file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored): writes past it fail
/// with EFBIG, the first of them only in part, as on a full disk.
@Suite struct RescueTests {
    @Test func theRescueInstructionFollowedLiterallyGivesBackTheWholeSession() throws {
        let lines = Array(ExampleRun.answers.prefix(60))
        let reference = try ExampleRun("atelier-rescue-reference")
        defer { reference.remove() }
        let whole = try PipedRun.run(atelierExecutableURL(), arguments: reference.runArguments,
                                     input: ExampleRun.text(lines[...]), environment: reference.environment, timeout: .seconds(60))
        #expect(whole.exitStatus == 1, "the input ends before the workshop does (issue 10)")
        let header = try #require(try String(contentsOfFile: reference.session, encoding: .utf8).split(separator: "\n").first)
        let limit = header.utf8.count + 1 + 3_000  // the header and a few answers fit; the rest does not

        let run = try ExampleRun("atelier-rescue")
        defer { run.remove() }
        let full = try PipedRun.run(URL(fileURLWithPath: "/bin/sh"),
                                    arguments: ["-c", "trap '' XFSZ; exec prlimit --fsize=\(limit) \"$@\"", "sh",
                                                atelierExecutableURL().path] + run.runArguments,
                                    input: ExampleRun.text(lines[...]), environment: run.environment, timeout: .seconds(60))
        #expect(full.exitStatus == 3, "the disk refused: a file that cannot be written")
        let said = full.standardError
        let command = try #require(Self.between("lancez ", " : Atelier les remet", in: said), "\(said)")
        // The notice is located at the rescue file.
        let rescue = try #require(said.split(separator: "\n").first { $0.contains(": notice: le disque refuse l'écriture") }?
            .components(separatedBy: ": notice: ").first)
        #expect(rescue.hasPrefix(run.folder.path + "/atelier/rescue/"))
        let sessionID = try #require(try readJournal(run.session).header?.sessionID)
        #expect(rescue.hasSuffix(sessionID + ".jsonl"))
        let mode = try FileManager.default.attributesOfItem(atPath: String(rescue))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // The journal ends with a line the disk took in part; the rescue file has it whole.
        #expect(try readJournal(run.session).warnings.count == 1)

        // Export reads the rescue too, and says so, without writing anything back.
        let preview = try PipedRun.run(atelierExecutableURL(), arguments: ["export", run.session, "--format", "json", "-o", "-"],
                                       input: "", environment: run.environment)
        #expect(preview.exitStatus == 0, "\(preview.standardError)")
        #expect(preview.standardError.contains("sont repris à la suite de la session"))
        #expect(try run.charter("json") == reference.charter("json"))

        // "atelier resume SESSION", as printed.
        var words = command.split(separator: " ").map(String.init)
        words.removeFirst()
        let resumed = try PipedRun.run(atelierExecutableURL(), arguments: words, input: "", environment: run.environment)
        #expect(resumed.exitStatus == 1, "the input ends before the workshop does: \(resumed.standardError)")
        #expect(resumed.standardError.contains("\(rescue): notice: les ")
                && resumed.standardError.contains(" événements de cette copie de secours ont été remis dans la session, dans l'ordre ; la copie est supprimée"),
                "\(resumed.standardError)")
        #expect(!FileManager.default.fileExists(atPath: String(rescue)))
        let journal = try readJournal(run.session)
        #expect(journal.error == nil && journal.warnings.isEmpty)
        #expect(journal.workshopEvents == (try readJournal(reference.session)).workshopEvents)
        #expect(try run.charter("md") == reference.charter("md"))
    }

    static func between(_ start: String, _ end: String, in text: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return nil }
        return String(text[from.upperBound..<to.lowerBound])
    }
}

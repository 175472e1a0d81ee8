import AtelierCore
import Foundation

/// The package's folder (where `workshops/` is), found from this source file.
func repositoryRoot() -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // AtelierEndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
}

/// The flagship workshop script, by absolute path.
var flagshipScript: String {
    repositoryRoot().appendingPathComponent("workshops/cadrage-mission.fr.yaml").path
}

/// A temporary folder standing for a consultant's machine: HOME and XDG_STATE_HOME point into it,
/// and sessions are saved in it.
struct Workspace {
    let folder: URL

    init(_ label: String = "atelier-e2e") throws {
        folder = try makeTemporaryFolder(label)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// An explicit environment, nothing inherited: no locale variable unless given. The session
    /// clock moves `clockStep` seconds at each read, so times are reproducible.
    func environment(_ extra: [String: String] = [:], clockStep: Int = 5) -> [String: String] {
        var environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "XDG_STATE_HOME": folder.path,
                           "ATELIER_CLOCK_STEP": String(clockStep)]
        environment.merge(extra) { $1 }
        return environment
    }

    /// Runs `atelier ARGUMENTS` with `input` piped on standard input.
    func atelier(_ arguments: [String], input: String = "", environment extra: [String: String] = [:],
                 clockStep: Int = 5) throws -> PipedRun {
        try PipedRun.run(atelierExecutableURL(), arguments: arguments, input: input,
                         environment: environment(extra, clockStep: clockStep), timeout: .seconds(30))
    }

    /// The session's charter as exported in JSON, without what differs from one run to the next
    /// (the session id and the date), re-serialized with sorted keys to compare as text.
    func charterJSON(_ session: String) throws -> String {
        let run = try atelier(["export", session, "--format", "json", "-o", "-"])
        guard run.exitStatus == 0 else {
            throw TerminalSessionError(description: "export failed (\(run.exitStatus)): \(run.standardError)")
        }
        guard var object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any] else {
            throw TerminalSessionError(description: "export did not give a JSON object: \(run.standardOutput)")
        }
        object["session_id"] = nil
        object["date"] = nil
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }
}

/// The journal at `path`, decoded as Atelier itself reads it.
func readJournal(_ path: String) throws -> JournalReadResult {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return JournalCodec.decode([UInt8](data), file: path)
}

extension JournalReadResult {
    /// The events that say what happened in the workshop, without the resume and quit marks
    /// that interruptions add.
    var workshopEvents: [Event.Kind] {
        events.map(\.kind).filter { $0 != .resume && $0 != .quit }
    }

    /// Every piece of text the client's answers put in the session (answers, edits, decisions,
    /// people named), flattened.
    var recordedTexts: [String] {
        events.flatMap { event -> [String] in
            switch event.kind {
            case .answer(_, let value), .edit(_, let value): return value.texts
            case .decide(_, let text), .note(let text): return [text]
            case .park(_, let owner?, _), .assignOwner(_, let owner): return [owner]
            default: return []
            }
        }
    }
}

extension Value {
    /// The texts inside, lines of long texts split, dates in ISO form.
    var texts: [String] {
        switch self {
        case .text(let text): return [text] + text.split(separator: "\n").map(String.init)
        case .number(let number): return [String(number)]
        case .date(let day): return [day.description]
        case .month(let month): return [month.iso]
        case .wordedChoice(let choice): return [choice.words] + (choice.option.map { [$0] } ?? [])
        case .duration(let minutes): return [String(minutes)]
        case .bool(let flag): return [String(flag)]
        case .list(let items): return items.flatMap(\.texts)
        case .records(let records): return records.flatMap { $0.fields.values.flatMap(\.texts) }
        }
    }
}

/// True when `text` holds an ANSI/VT escape (CSI, OSC…) or any other C0 control but newline.
func containsTerminalControls(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
}

/// SGR colour or style codes (`ESC[…m`).
func containsColourCodes(_ text: String) -> Bool {
    text.range(of: "\u{1B}\\[[0-9;]*m", options: .regularExpression) != nil
}

/// How the tests start Atelier (the built binary, by absolute path): the commands it prints (to
/// resume, to export) start with it, so they work as printed.
var atelierAsStarted: String {
    ShellText.quoted(atelierExecutableURL().path)
}

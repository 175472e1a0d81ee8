#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Issue 15: a run on an unchanged script takes the checked script from the cache in
/// `$XDG_CACHE_HOME/atelier/scripts` (files private), and a damaged entry changes nothing but the
/// time it takes: the session is the same.
@Suite struct ScriptCacheEndToEndTests {
    @Test func aSecondRunUsesThePrivateCacheAndADamagedEntryIsIgnored() throws {
        let workspace = try Workspace("atelier-cache")
        let cacheHome = workspace.path("cache")
        let environment = ["XDG_CACHE_HOME": cacheHome]
        let first = try workspace.atelier(["run", flagshipScript, "--session", workspace.path("a.jsonl")],
                                          input: FlagshipAnswers.text, environment: environment)
        #expect(first.exitStatus == 0)
        let folder = cacheHome + "/atelier/scripts"
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(entries.count == 1)
        let entry = folder + "/" + (entries.first ?? "")
        #expect(Self.permissions(folder) == 0o700)
        #expect(Self.permissions(entry) == 0o600)

        let second = try workspace.atelier(["run", flagshipScript, "--session", workspace.path("b.jsonl")],
                                           input: FlagshipAnswers.text, environment: environment)
        #expect(second.exitStatus == 0)
        #expect(Self.withoutSessionName(second.standardOutput) == Self.withoutSessionName(first.standardOutput))

        // A damaged entry: the script is loaded again, the session is the same.
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: entry)))
        bytes.removeLast(bytes.count / 3)
        try Data(bytes).write(to: URL(fileURLWithPath: entry))
        let third = try workspace.atelier(["run", flagshipScript, "--session", workspace.path("c.jsonl")],
                                          input: FlagshipAnswers.text, environment: environment)
        #expect(third.exitStatus == 0)
        #expect(third.standardError.isEmpty)
        #expect(Self.withoutSessionName(third.standardOutput) == Self.withoutSessionName(first.standardOutput))
        #expect(try workspace.charterJSON(workspace.path("c.jsonl")) == workspace.charterJSON(workspace.path("a.jsonl")))
    }

    static func permissions(_ path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    /// The output without the session file's name, the only thing that differs between the runs.
    static func withoutSessionName(_ output: String) -> String {
        output.replacingOccurrences(of: #"[abc]\.jsonl"#, with: "S.jsonl", options: .regularExpression)
    }
}

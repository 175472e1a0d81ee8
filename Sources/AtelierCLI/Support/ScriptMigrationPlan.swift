import AtelierCore
import AtelierStore
import Foundation

/// Which script a resumed session goes on with: the one it was recorded with (its copy in the
/// journal), or an edited one — the same in meaning (comments, layout: nothing to do), or
/// different (the session migrates: a `migrate` event, answers carried over by field id).
struct ScriptMigrationPlan {
    enum Edit {
        case none
        /// Edited in form only (comments, blank lines, quoting): resumed as it is.
        case formOnly(String)
        /// Edited in meaning: the session migrates to it.
        case meaning(ScriptFile)
    }

    /// The script the journal starts with (what its events before any `migrate` were recorded against).
    var base: ScriptFile
    var edit: Edit

    static func make(header: JournalHeader, events: [Event], given: String?, session: String,
                     in context: CommandContext) throws -> ScriptMigrationPlan {
        guard let copy = header.scriptSource else {
            // A journal without a copy of its script: the script file must be the one recorded.
            return ScriptMigrationPlan(base: try Atelier.Resume.script(for: header, given: given, session: session, in: context),
                                       edit: .none)
        }
        let language = context.language(of: header.language)
        let base = try ScriptFile.load(source: copy, path: header.scriptPath ?? header.workshopID, in: context)
        // The script the session runs under now: the last migration's, else the recorded one.
        let last = events.reversed().lazy.compactMap { event -> ScriptMigration? in
            if case .migrate(let migration) = event.kind { return migration }
            return nil
        }.first
        let currentSource = last?.scriptSource ?? copy
        let currentHash = last?.workshopHash ?? header.workshopHash
        guard let path = given ?? last?.scriptPath ?? header.scriptPath, given != nil || access(path, R_OK) == 0 else {
            return ScriptMigrationPlan(base: base, edit: .none)
        }
        let file = try ScriptFile.load(path, in: context)
        guard file.workshop.id == header.workshopID else {
            throw CommandFailure(.problemsFound, [JournalError.differentWorkshop(file: session, recorded: header.workshopID,
                                                                                 given: file.workshop.id).diagnostic(language)])
        }
        if SHA256.hex(file.bytes) == currentHash { return ScriptMigrationPlan(base: base, edit: .none) }
        if ScriptMeaning.same(currentSource, file.source) { return ScriptMigrationPlan(base: base, edit: .formOnly(path)) }
        guard given != nil else {
            // The file the session names was edited: continue on it only when asked to.
            let command = "atelier resume \(ShellText.quoted(session)) --workshop \(ShellText.quoted(path))"
            throw CommandFailure(.problemsFound, [
                JournalError.scriptChanged(file: session, script: path).diagnostic(language),
                .notice(CLIMessage.continueOnEdited.text(language, ["command": command]), at: SourceLocation(file: session)),
            ])
        }
        return ScriptMigrationPlan(base: base, edit: .meaning(file))
    }

    /// Carries the session over to `edited`: asks (on a terminal) where each field with no
    /// place went, applies the `migrate` event to the engine, says what changed; returns the
    /// event to journal.
    static func migrate(_ engine: inout Engine, to edited: ScriptFile, renamed given: [String: String], at time: Double,
                        in context: CommandContext) -> Event {
        let language = context.language(of: edited.workshop.language)
        var renamed = given
        var preview = engine.migrated(to: edited.workshop, renamed: renamed, at: time)
        if context.isInteractive, !preview.report.unplaced.isEmpty {
            for field in preview.report.unplaced where renamed[field] == nil {
                let choices = Self.siblings(of: field, in: edited.workshop.charter)
                for _ in 0..<3 {
                    context.say(SafeText.clean(CLIMessage.whereDidItGo.text(language, ["field": field, "choices": choices.joined(separator: ", ")])))
                    guard let line = context.readAnswer() else { break }
                    let answer = line.trimmingCharacters(in: .whitespaces)
                    if answer.isEmpty { break }
                    let id = String(answer.split(separator: ".").last ?? "")
                    if choices.contains(id) {
                        renamed[field] = id
                        break
                    }
                    context.say(SafeText.clean(CLIMessage.noSuchField.text(language, ["answer": answer])) + "\n")
                }
            }
            preview = engine.migrated(to: edited.workshop, renamed: renamed, at: time)
        }
        let before = engine.document(sessionID: "", client: nil, date: engine.today)
        let event = Event(.migrate(ScriptMigration(scriptSource: edited.source, workshopHash: SHA256.hex(edited.bytes),
                                                   scriptPath: edited.path, renamed: renamed)),
                          at: time, wallTime: WallClock.iso8601(Date()))
        // Applied as a replay will apply it, so the live session and its replay are the same.
        engine.apply(event)
        let after = engine.document(sessionID: "", client: nil, date: engine.today)
        context.say(SafeText.clean(report(preview.report, diff: CharterDiff(from: before, to: after), script: edited.path, language)))
        return event
    }

    /// What a migration says: answers carried, fields renamed, answers turned into open
    /// questions, new questions, gaps the edited rules open or no longer raise.
    static func report(_ report: MigrationReport, diff: CharterDiff, script: String, _ language: Language) -> String {
        var out = "\n" + CLIMessage.migrationTitle.text(language, ["script": script]) + "\n"
        out += CLIMessage.migrationCarried.text(language, ["count": report.carried]) + "\n"
        func section(_ title: CLIMessage, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            out += "\n\(title.text(language)) (\(lines.count))\n" + lines.map { "  • \($0)\n" }.joined()
        }
        section(.migrationRenamed, report.renames.map { "\($0.from) → \($0.to)" })
        section(.migrationOpenQuestions, report.openQuestions)
        section(.migrationNewQuestions, report.newQuestions)
        section(.migrationNewGaps, diff.gapsOpened.map(\.question))
        section(.migrationGapsClosed, diff.gapsClosed.map(\.question))
        return out + "\n"
    }

    /// The field ids beside `field` in the edited charter (same record, or top level).
    static func siblings(of field: String, in charter: CharterModel) -> [String] {
        var fields = charter.allFields
        for name in field.split(separator: ".").dropLast() {
            guard let next = fields.first(where: { $0.id == name }), case .records(let model) = next.type else { return [] }
            fields = model.fields
        }
        return fields.map(\.id)
    }
}

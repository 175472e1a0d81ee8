import ArgumentParser
import AtelierCore
import AtelierExport
import AtelierStore
import Foundation

extension Atelier {
    /// `atelier export SESSION`: writes the charter (or the follow-up e-mail) of a session.
    struct Export: AtelierCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export the charter of a session: md (default), html, json, docx, or eml (the follow-up e-mail).",
            discussion: """
            Works on finished and interrupted sessions alike (open gaps are listed as such). The client's copy \
            leaves out the facilitator's notes, checkpoints and timing; --facilitator adds them as an annex. \
            Templates are Mustache files: `atelier templates DIR` writes the defaults to copy and restyle.
            """
        )

        @Argument(help: "The session: its file, its id (or the start of it), or client/date (see `atelier sessions`).", completion: .file(extensions: ["jsonl"]))
        var session: String

        @Option(help: "md, html, json, docx or eml.")
        var format: ExportFormat = .md

        @Option(name: [.short, .customLong("output")], help: "Where to write (default: beside the session; - for standard output).",
                completion: .file())
        var output: String?

        @Option(help: "A folder of Mustache templates overriding the defaults (see `atelier templates`).",
                completion: .directory)
        var template: String?

        @Flag(help: "Add the facilitator annex (checkpoints, time per phase, notes).")
        var facilitator = false

        @Option(help: "Recipient of the e-mail (repeatable, or several separated by , or ;); default: the stakeholders' e-mails.")
        var to: [String] = []

        @Option(help: "Sender of the e-mail (also asked for the confirmation of receipt); or set ATELIER_FROM.")
        var from: String?

        @Flag(name: .customLong("internal"), help: "The e-mail goes to the consulting team: lets --facilitator go to recipients other than the sender.")
        var internalRecipients = false

        @Option(help: "Charter attached to the e-mail: html or docx.")
        var attach: ExportOptions.Attachment = .html

        @Option(name: .customLong("doc-version"), help: "The document's version, in its title block and footer.")
        var documentVersion = "1.0"

        @Option(help: "draft (the charter is sent for approval) or validated.")
        var status: DocumentStatus = .draft

        @Flag(help: "Write the charter even when events of the session land nowhere in its script (each is still reported).")
        var force = false

        @Flag(help: "With --format eml: the invitation to the pre-read questionnaire (the argument is then the workshop script).")
        var preread = false

        @Option(help: "With --preread: the client's name.")
        var client: String?

        @Option(help: ArgumentHelp("With --preread: the day the answers are due.", valueName: "date"))
        var due: String?

        @Option(name: .customLong("workshop-date"), help: ArgumentHelp("With --preread: the workshop's day (the due day follows from the script's rule).", valueName: "date"))
        var workshopDate: String?

        @OptionGroup var languageOption: LanguageOption

        func run(in context: CommandContext) throws {
            if preread {
                guard format == .eml else { throw CommandFailure(.usage, CLIMessage.prereadExportNeedsEML.text(context.language())) }
                return try PrereadInvitationOptions.write(script: session, client: client, due: due, workshopDate: workshopDate,
                                                          to: to, from: from, format: .eml, output: output, in: context)
            }
            let saved = try SavedSession.read(session, in: context)
            let language = saved.language
            let (engine, warnings) = saved.replay()
            // Silent loss is refused: every event the charter leaves out is named, with its line.
            let problems = (saved.scriptCopyWarning.map { [$0] } ?? []) + warnings
            context.printer.report(problems.map { $0.diagnostic(language) })
            let losses = problems.filter(\.losesData).count
            if losses > 0 && !force {
                throw CommandFailure(.problemsFound, CLIMessage.plural(losses, one: .exportRefusedOne, other: .exportRefusedOther, language),
                                     file: saved.path)
            }
            let document = saved.document(engine)
            var options = ExportOptions()
            options.facilitator = facilitator
            options.templateDirectory = template
            options.recipients = to
            options.from = from ?? context.environment["ATELIER_FROM"]
            options.internalRecipients = internalRecipients
            options.attachment = attach
            options.version = documentVersion
            options.status = status
            options.now = ExportOptions.emailDate(Date(), offsetMinutes: TimeZone.current.secondsFromGMT() / 60)
            // Each e-mail exported is a new message: a corrected resend never reuses a Message-ID.
            options.messageToken = UUID().uuidString
            if format == .eml && (options.from ?? "").isEmpty {
                throw CommandFailure(.usage, CLIMessage.senderMissing.text(language))
            }
            let bytes: [UInt8]
            do {
                bytes = try Exporter.render(document, as: format, options: options)
            } catch {
                throw error.failure(language)
            }
            context.printer.report(Exporter.templateWarnings(document, as: format, options: options).map { $0.diagnostic(language) })
            let destination = output ?? Self.defaultPath(session: saved.path, format: format)
            if destination == "-" {
                context.output.write(bytes)
                return
            }
            try Self.write(bytes, to: destination, session: saved.path, language: language)
            context.say(CLIMessage.charterWritten.text(language, ["path": destination]) + "\n")
        }

        static func defaultPath(session: String, format: ExportFormat) -> String {
            let base = session.hasSuffix(".jsonl") ? String(session.dropLast(6)) : session
            return base + "." + format.fileExtension
        }

        /// Client data: readable by its owner only from the first byte, and only in place of a
        /// regular file that is not a journal (see `OutputFile`).
        static func write(_ bytes: [UInt8], to path: String, session: String?, language: Language) throws {
            do throws(StoreError) {
                try OutputFile.write(bytes, to: path, session: session)
            } catch {
                throw error.failure(language)
            }
        }
    }

    /// `atelier templates DIR`: writes the default templates, to copy and restyle; with `--check`,
    /// checks a folder of templates instead.
    struct Templates: AtelierCommand {
        static let configuration = CommandConfiguration(
            commandName: "templates",
            abstract: "Write the default charter templates (Mustache) into a folder, to restyle and use with --template.",
            discussion: """
            With --check, reads the templates in the folder instead: each problem that would stop an export is \
            an error (exit status 1), each variable that does not exist (it would print nothing) a warning. \
            A logo.png or logo.jpg in the folder goes in the title block and the DOCX header.
            """
        )

        @Argument(help: "The folder to write them into (or to check).", completion: .directory)
        var directory: String

        @Flag(help: "Check the templates in the folder instead of writing them.")
        var check = false

        @Option(help: "With --check: the workshop script the templates are for (checks charter.<field> too).",
                completion: .file(extensions: ["yaml", "yml"]))
        var workshop: String?

        @OptionGroup var languageOption: LanguageOption

        func run(in context: CommandContext) throws {
            if check { return try runCheck(in: context) }
            do {
                let written = try Exporter.writeDefaultTemplates(to: directory)
                for path in written { context.say(path + "\n") }
            } catch {
                throw error.failure(context.language())
            }
        }

        private func runCheck(in context: CommandContext) throws {
            let script = try workshop.map { try ScriptFile.load($0, in: context) }
            let language = context.language(of: script?.workshop.language)
            let (problems, warnings) = Exporter.checkTemplates(in: directory, charter: script?.workshop.charter)
            for path in Set((problems.compactMap(\.file)) + warnings.map(\.file)) {
                if let text = try? String(contentsOfFile: path, encoding: .utf8) { context.printer.show(source: text, of: path) }
            }
            context.printer.report(problems.map { $0.diagnostic(language) } + warnings.map { $0.diagnostic(language) })
            if !problems.isEmpty { throw CommandFailure(.problemsFound, []) }
            if warnings.isEmpty { context.say(CLIMessage.templatesReady.text(language, ["folder": directory]) + "\n") }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension ExportOptions.Attachment: ExpressibleByArgument {}
extension DocumentStatus: ExpressibleByArgument {}

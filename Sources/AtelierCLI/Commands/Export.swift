import ArgumentParser
import AtelierCore
import AtelierExport
import Foundation

extension Atelier {
    /// `atelier export SESSION`: writes the charter (or the follow-up e-mail) of a session.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the charter of a session: md (default), html, json, docx, or eml (the follow-up e-mail).",
            discussion: """
            Works on finished and interrupted sessions alike (open gaps are listed as such). The client's copy \
            leaves out the facilitator's notes, checkpoints and timing; --facilitator adds them as an annex. \
            Templates are Mustache files: `atelier templates DIR` writes the defaults to copy and restyle.
            """
        )

        @Argument(help: "The session file (sessions/….jsonl).")
        var session: String

        @Option(help: "md, html, json, docx or eml.")
        var format: ExportFormat = .md

        @Option(name: [.short, .customLong("output")], help: "Where to write (default: beside the session; - for standard output).")
        var output: String?

        @Option(help: "A folder of Mustache templates overriding the defaults (see `atelier templates`).")
        var template: String?

        @Flag(help: "Add the facilitator annex (checkpoints, time per phase, notes).")
        var facilitator = false

        @Option(help: "Recipient of the e-mail (repeatable); default: the stakeholders' e-mails.")
        var to: [String] = []

        @Option(help: "Sender of the e-mail (also asked for the confirmation of receipt); or set ATELIER_FROM.")
        var from: String?

        @Option(help: "Charter attached to the e-mail: html or docx.")
        var attach: ExportOptions.Attachment = .html

        func run() throws {
            let saved = try SavedSession.read(session)
            let language = saved.header.language
            let document = saved.document(saved.replay().engine)
            var options = ExportOptions()
            options.facilitator = facilitator
            options.templateDirectory = template
            options.recipients = to
            options.from = from ?? ProcessInfo.processInfo.environment["ATELIER_FROM"]
            options.attachment = attach
            options.now = ExportOptions.emailDate(Date(), offsetMinutes: TimeZone.current.secondsFromGMT() / 60)
            if format == .eml && (options.from ?? "").isEmpty {
                throw Console.fail(Console.t(language, "indiquez l'expéditeur du compte rendu avec --from (ou ATELIER_FROM) : c'est à lui que le client confirmera la réception.",
                                             "name the sender of the follow-up e-mail with --from (or ATELIER_FROM): the client confirms receipt to it."))
            }
            let bytes: [UInt8]
            do {
                bytes = try Exporter.render(document, as: format, options: options)
            } catch {
                throw Console.fail(error.message(in: language))
            }
            let destination = output ?? Self.defaultPath(session: session, format: format)
            if destination == "-" {
                FileHandle.standardOutput.write(Data(bytes))
                return
            }
            try Self.write(bytes, to: destination, language: language)
            Console.out(Console.t(language, "Charte écrite dans \(destination)\n", "Charter written to \(destination)\n"))
        }

        static func defaultPath(session: String, format: ExportFormat) -> String {
            let base = session.hasSuffix(".jsonl") ? String(session.dropLast(6)) : session
            return base + "." + format.fileExtension
        }

        /// Client data: the file is readable by its owner only.
        static func write(_ bytes: [UInt8], to path: String, language: Language) throws {
            let url = URL(fileURLWithPath: path)
            do {
                try Data(bytes).write(to: url, options: .atomic)
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            } catch {
                throw Console.fail(Console.t(language, "impossible d'écrire \(path) : \(error.localizedDescription)",
                                             "cannot write \(path): \(error.localizedDescription)"))
            }
        }
    }

    /// `atelier templates DIR`: writes the default templates, to copy and restyle.
    struct Templates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the default charter templates (Mustache) into a folder, to restyle and use with --template."
        )

        @Argument(help: "The folder to write them into.")
        var directory: String

        func run() throws {
            let language = Console.language
            do {
                let written = try Exporter.writeDefaultTemplates(to: directory)
                for path in written { Console.out(path + "\n") }
            } catch {
                throw Console.fail(error.message(in: language))
            }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension ExportOptions.Attachment: ExpressibleByArgument {}

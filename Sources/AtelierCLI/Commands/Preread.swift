import ArgumentParser
import AtelierCore
import AtelierExport
import AtelierStore
import Foundation

extension Atelier {
    /// `atelier preread SCRIPT`: writes the pre-read questionnaire the client fills in before the
    /// workshop (one self-contained HTML page), or the e-mail that carries it.
    struct Preread: AtelierCommand {
        static let configuration = CommandConfiguration(
            commandName: "preread",
            abstract: "Write the pre-read questionnaire (html) the client fills in before the workshop, or its invitation e-mail (eml).",
            discussion: """
            The page needs no server and no network: the client opens it from the e-mail, answers, and saves \
            a small file to send back; `atelier run SCRIPT --preread FILE` starts the workshop from it.
            """
        )

        @Argument(help: "The workshop script (its questions marked `preread`).")
        var script: String

        @OptionGroup var invitation: PrereadInvitationOptions

        @Option(help: "html (the questionnaire) or eml (the invitation, questionnaire attached).")
        var format: PrereadOutputFormat = .html

        @Option(name: [.short, .customLong("output")], help: "Where to write (default: in the current folder; - for standard output).")
        var output: String?

        @OptionGroup var languageOption: LanguageOption

        func run(in context: CommandContext) throws {
            try invitation.write(script: script, format: format, output: output, in: context)
        }
    }
}

/// The formats `atelier preread` writes.
enum PrereadOutputFormat: String, ExpressibleByArgument, Sendable {
    case html, eml
}

/// What the questionnaire and its e-mail need, shared by `atelier preread` and `atelier export --preread`.
struct PrereadInvitationOptions: ParsableArguments {
    @Option(help: "The client's name (on the questionnaire; the returned answers must be for this client).")
    var client: String?

    @Option(help: ArgumentHelp("The day the answers are due (2026-11-23 or 23/11/2026).", valueName: "date"))
    var due: String?

    @Option(name: .customLong("workshop-date"), help: ArgumentHelp("The workshop's day: the due day follows from the script's `due` rule (e.g. 24h before).", valueName: "date"))
    var workshopDate: String?

    @Option(help: "Recipient of the e-mail (repeatable, or several separated by , or ;).")
    var to: [String] = []

    @Option(help: "Sender of the e-mail (the client replies to it); or set ATELIER_FROM.")
    var from: String?

    func write(script: String, format: PrereadOutputFormat, output: String?, in context: CommandContext) throws {
        try Self.write(script: script, client: client, due: due, workshopDate: workshopDate, to: to, from: from,
                       format: format, output: output, in: context)
    }

    static func write(script: String, client: String?, due: String?, workshopDate: String?, to: [String], from: String?,
                      format: PrereadOutputFormat, output: String?, in context: CommandContext) throws {
        let file = try ScriptFile.load(script, in: context)
        var workshop = file.workshop
        workshop.language = context.language(of: workshop.language)
        let language = workshop.language
        guard workshop.hasPreread else {
            throw CommandFailure(.problemsFound, CLIMessage.prereadNone.text(language, ["script": script]), file: script)
        }
        let options = PrereadOptions(client: client, due: try dueDay(workshop, due: due, workshopDate: workshopDate))
        let bytes: [UInt8]
        switch format {
        case .html:
            bytes = PrereadQuestionnaire.render(workshop, options: options)
        case .eml:
            let sender = from ?? context.environment["ATELIER_FROM"] ?? ""
            if sender.isEmpty { throw CommandFailure(.usage, CLIMessage.prereadNeedsSender.text(language)) }
            if to.isEmpty { throw CommandFailure(.usage, CLIMessage.prereadNeedsRecipient.text(language)) }
            let mail = PrereadMail(from: sender, to: to,
                                   now: ExportOptions.emailDate(Date(), offsetMinutes: TimeZone.current.secondsFromGMT() / 60),
                                   messageToken: UUID().uuidString)
            do {
                bytes = try PrereadInvitation.render(workshop, options: options, mail: mail)
            } catch {
                throw error.failure(language)
            }
        }
        let name = PrereadQuestionnaire.fileName(workshop, client: client)
        let destination = output ?? (format == .html ? name : String(name.dropLast(5)) + ".eml")
        if destination == "-" {
            context.output.write(bytes)
            return
        }
        try Atelier.Export.write(bytes, to: destination, session: nil, language: language)
        let written: CLIMessage = format == .html ? .prereadWrittenPage : .prereadWrittenMail
        context.say(written.text(language, ["path": destination]) + "\n")
    }

    /// `--due`, or the workshop's day less the script's rule; a `--due` later than the rule allows is refused.
    private static func dueDay(_ workshop: Workshop, due: String?, workshopDate: String?) throws -> Day? {
        let language = workshop.language
        func day(_ text: String, option: String) throws -> Day {
            guard let day = AnswerParser.date(text.trimmingCharacters(in: .whitespaces)) else {
                throw CommandFailure(.usage, CLIMessage.prereadBadDate.text(language, ["option": option, "text": text]))
            }
            return day
        }
        let explicit = try due.map { try day($0, option: "--due") }
        let workshopDay = try workshopDate.map { try day($0, option: "--workshop-date") }
        let latest = workshopDay.flatMap { workshop.preread.dueDay(forWorkshopOn: $0) ?? Day(ordinal: $0.ordinal - 1) }
        if let explicit, let latest, explicit > latest {
            throw CommandFailure(.usage, CLIMessage.prereadDueTooLate.text(language, ["due": explicit.iso, "latest": latest.iso]))
        }
        return explicit ?? latest
    }
}

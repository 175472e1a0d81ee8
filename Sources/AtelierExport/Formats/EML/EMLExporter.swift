import AtelierCore
import Foundation

/// The compte rendu e-mail: RFC 5322 headers, multipart/mixed holding a multipart/alternative
/// summary (text and HTML, quoted-printable UTF-8) and the charter attached in base64.
enum EMLExporter {
    static let mixedBoundary = "=_atelier-mixed"
    static let alternativeBoundary = "=_atelier-alternative"

    static func render(_ view: CharterView, options: ExportOptions, logo: Logo?) throws(ExportError) -> String {
        let from = (options.from ?? "").trimmingCharacters(in: .whitespaces)
        guard !from.isEmpty else { throw .missingSender }
        guard let sender = MailAddress.mailbox(from) else { throw .invalidAddress(Sanitizer.line(from), isSender: true) }
        let recipients = try self.recipients(view, sender: sender, options: options)
        let extras = TemplateExtras(logo: logo, senderName: Sanitizer.line(sender.name))
        let text = try TemplateRenderer.render(.emailText, view, escaper: PlainEscaper(), options: options, extras: extras)
        let html = try TemplateRenderer.render(.emailHTML, view, escaper: HTMLEscaper(), options: options, extras: extras)
        let attachment = try self.attachment(view, options: options, extras: extras)
        let subject = [view.labels[.subjectPrefix], view.workshopTitle, view.client].compactMap { $0 }.joined(separator: " — ")
        let domain = sender.address.split(separator: "@").last.map(String.init) ?? "atelier.invalid"
        let date = options.now.map(Sanitizer.line) ?? rfc5322(isoDay: view.isoDate)

        let crlf = MIME.crlf
        var out = ""
        out.reserveCapacity(text.utf8.count + html.utf8.count + attachment.bytes.count * 4 / 3 + 4096)
        func header(_ name: String, _ value: String) { out += "\(name): \(value)\(crlf)" }
        header("From", sender.header)
        header("To", recipients.joined(separator: ",\(crlf) "))
        header("Subject", MIME.headerText(subject))
        header("Date", date)
        header("Message-ID", "<atelier.\(messageIDPart(view.sessionID)).\(messageToken(options, date: date))@\(domain)>")
        // A draft: mail programs open it for editing and sending, not as a message received.
        header("X-Unsent", "1")
        header("MIME-Version", "1.0")
        header("Content-Language", view.language.rawValue)
        header("Disposition-Notification-To", sender.header)
        header("Content-Type", "multipart/mixed; boundary=\"\(mixedBoundary)\"")
        out += crlf
        out += "--\(mixedBoundary)\(crlf)"
        out += "Content-Type: multipart/alternative; boundary=\"\(alternativeBoundary)\"\(crlf)\(crlf)"
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            out += "--\(alternativeBoundary)\(crlf)"
            out += "Content-Type: \(type); charset=utf-8\(crlf)"
            out += "Content-Transfer-Encoding: quoted-printable\(crlf)\(crlf)"
            out += MIME.quotedPrintable(body)
            out += crlf
        }
        out += "--\(alternativeBoundary)--\(crlf)"
        out += "--\(mixedBoundary)\(crlf)"
        out += "Content-Type: \(attachment.type); \(MIME.fileNameParameters(attachment.name, parameter: "name"))\(crlf)"
        out += "Content-Disposition: attachment; \(MIME.fileNameParameters(attachment.name))\(crlf)"
        out += "Content-Transfer-Encoding: base64\(crlf)\(crlf)"
        out += MIME.base64(attachment.bytes)
        out += crlf
        out += "--\(mixedBoundary)--\(crlf)"
        return out
    }

    /// The `To` mailboxes: those given (every one checked: a bad one is named, never dropped), or the
    /// people named in the session less the sender. The facilitator's copy goes to the sender alone
    /// unless the recipients are said to be the consulting team.
    private static func recipients(_ view: CharterView, sender: MailAddress.Mailbox,
                                   options: ExportOptions) throws(ExportError) -> [String] {
        var recipients: [MailAddress.Mailbox] = []
        var seen = Set<String>()
        if options.recipients.isEmpty {
            _ = seen.insert(sender.address.lowercased())
            for person in view.people {
                guard let email = person.email, let address = MailAddress.plain(email),
                      let header = MailAddress.mailbox(name: person.name, address: address),
                      seen.insert(address.lowercased()).inserted else { continue }
                recipients.append(MailAddress.Mailbox(header: header, address: address, name: person.name))
            }
            if recipients.isEmpty { throw .noRecipient }
        } else {
            for piece in options.recipients.flatMap(MailAddress.split) {
                guard let mailbox = MailAddress.mailbox(piece) else { throw .invalidAddress(Sanitizer.line(piece), isSender: false) }
                if seen.insert(mailbox.address.lowercased()).inserted { recipients.append(mailbox) }
            }
            if recipients.isEmpty { throw .noRecipient }
        }
        if options.facilitator && !options.internalRecipients {
            let others = recipients.filter { $0.address.lowercased() != sender.address.lowercased() }.map(\.address)
            if !others.isEmpty { throw .facilitatorCopyToOthers(others) }
        }
        return recipients.map(\.header)
    }

    private static func attachment(_ view: CharterView, options: ExportOptions,
                                   extras: TemplateExtras) throws(ExportError) -> (name: String, type: String, bytes: [UInt8]) {
        let base = fileName(view.head.title.replacingOccurrences(of: " — ", with: " - "))
        switch options.attachment {
        case .html:
            let html = try TemplateRenderer.render(.html, view, escaper: HTMLEscaper(), options: options, extras: extras)
            return (base + ".html", "text/html; charset=utf-8", Array(html.utf8))
        case .docx:
            return (base + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    try DOCXExporter.render(view, logo: extras.logo))
        }
    }

    /// A file name without the characters file systems or mail clients refuse.
    static func fileName(_ text: String) -> String {
        let refused = Set("/\\:*?\"<>|")
        let cleaned = String(Sanitizer.line(text).map { refused.contains($0) ? "-" : $0 })
        return String(cleaned.prefix(120)).trimmingCharacters(in: .whitespaces)
    }

    private static func messageIDPart(_ sessionID: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._")
        let kept = String(sessionID.filter { allowed.contains($0) }.prefix(64))
        return kept.isEmpty ? "charter" : kept
    }

    /// The caller's token for this export, or one derived from the `Date` header (so a resend at
    /// another time never reuses a Message-ID), in the characters a Message-ID allows.
    private static func messageToken(_ options: ExportOptions, date: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
        if let token = options.messageToken.map({ String($0.filter { allowed.contains($0) }.prefix(64)) }), !token.isEmpty {
            return token
        }
        return String(SHA256.hex(Array(date.utf8)).prefix(16))
    }

    /// Noon UTC on the workshop's day, as an RFC 5322 date-time.
    static func rfc5322(isoDay: String) -> String {
        let day = Day(iso: isoDay) ?? Day(year: 1970, month: 1, day: 1)
        return rfc5322(day: day, hour: 12, minute: 0, second: 0, offsetMinutes: 0)
    }

    static func rfc5322(day: Day, hour: Int, minute: Int, second: Int, offsetMinutes: Int) -> String {
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = weekdays[((day.ordinal + 4) % 7 + 7) % 7]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let offset = abs(offsetMinutes)
        return "\(weekday), \(day.day) \(months[max(1, min(12, day.month)) - 1]) \(day.year) "
            + "\(two(hour)):\(two(minute)):\(two(second)) \(sign)\(two(offset / 60))\(two(offset % 60))"
    }
}

extension ExportOptions {
    /// `date` as an RFC 5322 date-time for `now`, in the given offset from UTC (minutes). The caller
    /// reads the clock; the exporter never does.
    public static func emailDate(_ date: Date, offsetMinutes: Int = 0) -> String {
        let raw = date.timeIntervalSince1970
        let seconds = raw.isFinite && abs(raw) < 1e11 ? Int(raw.rounded(.down)) : 0
        let local = seconds + offsetMinutes * 60
        let days = Int((Double(local) / 86_400).rounded(.down))
        let rest = local - days * 86_400
        return EMLExporter.rfc5322(day: Day(ordinal: days), hour: rest / 3600, minute: rest / 60 % 60,
                                   second: rest % 60, offsetMinutes: offsetMinutes)
    }
}

import AtelierCore

/// Who sends the pre-read invitation, to whom, and when.
public struct PrereadMail: Sendable, Hashable {
    /// The sender, `Name <address>`: the client replies to it with the saved answers, and it asks
    /// for the confirmation of receipt.
    public var from: String
    /// The client's addresses (each checked; several may be separated by `,` or `;`).
    public var to: [String]
    /// The `Date` header (RFC 5322), read from the clock by the caller.
    public var now: String?
    /// Makes each e-mail a new message (`Message-ID`).
    public var messageToken: String?

    public init(from: String, to: [String], now: String? = nil, messageToken: String? = nil) {
        self.from = from
        self.to = to
        self.now = now
        self.messageToken = messageToken
    }
}

/// The e-mail that carries the questionnaire (`atelier preread … --format eml`): a draft, with the
/// questionnaire attached, the due date, how to answer, and a request to confirm receipt.
public enum PrereadInvitation {
    public static func render(_ workshop: Workshop, options: PrereadOptions, mail: PrereadMail) throws(ExportError) -> [UInt8] {
        let from = mail.from.trimmingCharacters(in: .whitespaces)
        guard !from.isEmpty else { throw .missingSender }
        guard let sender = MailAddress.mailbox(from) else { throw .invalidAddress(SafeText.line(from), isSender: true) }
        var recipients: [String] = []
        var seen = Set<String>()
        for piece in mail.to.flatMap(MailAddress.split) {
            guard let mailbox = MailAddress.mailbox(piece) else { throw .invalidAddress(SafeText.line(piece), isSender: false) }
            if seen.insert(mailbox.address.lowercased()).inserted { recipients.append(mailbox.header) }
        }
        guard !recipients.isEmpty else { throw .noRecipient }

        let text = PrereadText(workshop.language)
        let workshopTitle = SafeText.line(workshop.title)
        let client = options.client.map(SafeText.line).flatMap { $0.isEmpty ? nil : $0 }
        let attachmentName = PrereadQuestionnaire.fileName(workshop, client: client)
        var paragraphs = [text.text(.mailIntro, ["workshop": workshopTitle])]
        if let due = options.due { paragraphs.append(text.text(.mailDue, ["date": PrereadDates.long(due, workshop.language)])) }
        paragraphs += [text.text(.mailHow, ["file": attachmentName]), text.text(.mailPaper), text.text(.mailConfirm)]
        let signature = [text.text(.mailSignature), SafeText.line(sender.name)].filter { !$0.isEmpty }

        var plain = text.text(.mailGreeting) + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n\n" + signature.joined(separator: "\n") + "\n"
        plain += "\n" + text.text(.mailAttached, ["file": attachmentName]) + "\n"
        let e = HTMLEscaper()
        var html = "<!DOCTYPE html>\n<html lang=\"\(workshop.language.rawValue)\"><head><meta charset=\"utf-8\"><title>\(e.inline(text.text(.mailSubject, ["workshop": workshopTitle])))</title></head>\n"
        html += "<body style=\"font-family: Arial, sans-serif; font-size: 15px; line-height: 1.5; color: #1f2933\">\n"
        html += "<p>\(e.inline(text.text(.mailGreeting)))</p>\n"
        for (index, paragraph) in paragraphs.enumerated() {
            let strong = options.due != nil && index == 1
            html += strong ? "<p><strong>\(e.inline(paragraph))</strong></p>\n" : "<p>\(e.inline(paragraph))</p>\n"
        }
        html += "<p>" + signature.map { e.inline($0) }.joined(separator: "<br>\n") + "</p>\n</body></html>\n"

        let subject = [text.text(.mailSubject, ["workshop": workshopTitle]), client].compactMap { $0 }.joined(separator: " — ")
        let questionnaire = PrereadQuestionnaire.render(workshop, options: options)
        let date = mail.now.map(SafeText.line) ?? EMLExporter.rfc5322(isoDay: (options.due ?? Day(year: 1970, month: 1, day: 1)).iso)
        let domain = sender.address.split(separator: "@").last.map(String.init) ?? "atelier.invalid"
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
        let token = mail.messageToken.map { String($0.filter { allowed.contains($0) }.prefix(64)) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? String(SHA256.hex(Array((date + subject).utf8)).prefix(16))

        let crlf = MIME.crlf, mixed = "=_atelier-preread-mixed", alternative = "=_atelier-preread-alternative"
        var out = ""
        func header(_ name: String, _ value: String) { out += "\(name): \(value)\(crlf)" }
        header("From", sender.header)
        header("To", recipients.joined(separator: ",\(crlf) "))
        header("Subject", MIME.headerText(subject))
        header("Date", date)
        header("Message-ID", "<atelier.preread.\(token)@\(domain)>")
        header("X-Unsent", "1")
        header("MIME-Version", "1.0")
        header("Content-Language", workshop.language.rawValue)
        header("Disposition-Notification-To", sender.header)
        header("Content-Type", "multipart/mixed; boundary=\"\(mixed)\"")
        out += crlf + "--\(mixed)\(crlf)"
        out += "Content-Type: multipart/alternative; boundary=\"\(alternative)\"\(crlf)\(crlf)"
        for (type, body) in [("text/plain", plain), ("text/html", html)] {
            out += "--\(alternative)\(crlf)Content-Type: \(type); charset=utf-8\(crlf)"
            out += "Content-Transfer-Encoding: quoted-printable\(crlf)\(crlf)" + MIME.quotedPrintable(body) + crlf
        }
        out += "--\(alternative)--\(crlf)--\(mixed)\(crlf)"
        out += "Content-Type: text/html; charset=utf-8; \(MIME.fileNameParameters(attachmentName, parameter: "name"))\(crlf)"
        out += "Content-Disposition: attachment; \(MIME.fileNameParameters(attachmentName))\(crlf)"
        out += "Content-Transfer-Encoding: base64\(crlf)\(crlf)" + MIME.base64(questionnaire) + crlf
        out += "--\(mixed)--\(crlf)"
        return Array(out.utf8)
    }
}

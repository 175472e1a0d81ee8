import Foundation

/// The encodings an e-mail needs: quoted-printable and base64 bodies, RFC 2047 encoded-words for
/// non-ASCII headers, RFC 2231 parameters for non-ASCII file names. Lines end in CRLF.
enum MIME {
    static let crlf = "\r\n"

    /// Quoted-printable (RFC 2045 §6.7) of UTF-8 text; the text's line breaks become CRLF, lines
    /// are soft-wrapped before 76 characters, never inside an encoded character.
    static func quotedPrintable(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 2)
        var column = 0
        var pending: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1; continue }
            if byte == 0x0A || byte == 0x0D {
                out += [0x0D, 0x0A]
                column = 0
                index += 1
                continue
            }
            let lineEnds = index + 1 == bytes.count || bytes[index + 1] == 0x0A || bytes[index + 1] == 0x0D
            pending.removeAll(keepingCapacity: true)
            // A multi-byte character is encoded as one unit, so a soft break never splits it.
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            for offset in 0..<min(length, bytes.count - index) {
                let b = bytes[index + offset]
                let literal = (b >= 0x21 && b <= 0x7E && b != 0x3D && !(b == 0x2E && column == 0))
                    || ((b == 0x20 || b == 0x09) && !lineEnds)
                if literal { pending.append(b) } else { pending += [0x3D, hexDigits[Int(b >> 4)], hexDigits[Int(b & 0x0F)]] }
            }
            if column + pending.count > 75 {
                out += [0x3D, 0x0D, 0x0A]
                column = 0
            }
            out += pending
            column += pending.count
            index += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static func hex(_ byte: UInt8) -> String {
        String(decoding: [0x3D, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]], as: UTF8.self)
    }

    /// Base64 in lines of 76 characters.
    static func base64(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }

    /// A header value: as is when printable ASCII, else RFC 2047 `=?UTF-8?B?…?=` words of at most
    /// 75 characters, folded onto continuation lines. `prefixLength` is the header name's length.
    static func headerText(_ text: String) -> String {
        let clean = Sanitizer.line(text)
        if clean.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) && !clean.contains("=?") {
            return clean
        }
        // 45 bytes of UTF-8 -> 60 base64 characters + 12 of wrapping = 72, under the limit of 75.
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in clean {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append(encodedWord(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(encodedWord(chunk)) }
        return words.joined(separator: crlf + " ")
    }

    private static func encodedWord(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?="
    }

    /// `filename*=UTF-8''percent-encoded; filename="ascii fallback"` (RFC 2231) for a non-ASCII name.
    static func fileNameParameters(_ name: String, parameter: String = "filename") -> String {
        let ascii = String(name.unicodeScalars.map { scalar -> Character in
            scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\"" && scalar != "\\" ? Character(scalar) : "_"
        })
        if ascii == name { return "\(parameter)=\"\(name)\"" }
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        var encoded = ""
        for byte in name.utf8 {
            encoded += unreserved.contains(byte) ? String(UnicodeScalar(byte)) : "%" + hex(byte).dropFirst()
        }
        // The extended parameter first: readers that know RFC 2231 take it, the others the fallback.
        return "\(parameter)*=UTF-8''\(encoded);\(crlf) \(parameter)=\"\(ascii)\""
    }
}

/// E-mail addresses from people's entries or the command line, made safe for a header: an address
/// that does not look like one is never pasted into the header.
enum MailAddress {
    /// `local@domain` with no spaces, quotes, angle brackets, commas or control characters.
    static func plain(_ text: String) -> String? {
        let trimmed = Sanitizer.line(text).trimmingCharacters(in: .whitespaces)
        let forbidden = Set(" \"<>(),;:\\[]")
        guard !trimmed.isEmpty, trimmed.count <= 254, !trimmed.contains(where: { forbidden.contains($0) }),
              trimmed.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else { return nil }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
              !parts[1].hasSuffix("."), !parts[1].contains("..") else { return nil }
        return trimmed
    }

    /// A mailbox as written on the command line.
    struct Mailbox {
        /// `"Name" <address>` (the name encoded when needed) or the bare address.
        var header: String
        var address: String
        /// The display name, "" when none.
        var name: String
    }

    /// `Name <address>` or the bare address; nil when invalid.
    static func mailbox(_ text: String) -> Mailbox? {
        let clean = Sanitizer.line(text).trimmingCharacters(in: .whitespaces)
        if let open = clean.lastIndex(of: "<"), clean.hasSuffix(">") {
            let address = String(clean[clean.index(after: open)..<clean.index(before: clean.endIndex)])
            guard let plain = plain(address) else { return nil }
            let name = clean[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return Mailbox(header: name.isEmpty ? plain : "\(displayName(name)) <\(plain)>", address: plain, name: name)
        }
        return plain(clean).map { Mailbox(header: $0, address: $0, name: "") }
    }

    /// Several mailboxes in one text, separated by commas or semicolons outside quotes and angle
    /// brackets (`a@x.fr; "Martin, Claire" <c@y.fr>`); blank pieces are skipped.
    static func split(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var angled = false
        for character in text {
            switch character {
            case "\"": quoted.toggle()
            case "<" where !quoted: angled = true
            case ">" where !quoted: angled = false
            case ",", ";":
                if !quoted && !angled {
                    pieces.append(current)
                    current = ""
                    continue
                }
            default: break
            }
            current.append(character)
        }
        pieces.append(current)
        return pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func mailbox(name: String, address: String) -> String? {
        guard let plain = plain(address) else { return nil }
        let clean = Sanitizer.line(name).trimmingCharacters(in: .whitespaces)
        return clean.isEmpty ? plain : "\(displayName(clean)) <\(plain)>"
    }

    /// A display name: quoted when ASCII, RFC 2047-encoded otherwise.
    private static func displayName(_ name: String) -> String {
        if name.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\""
        }
        return MIME.headerText(name)
    }
}

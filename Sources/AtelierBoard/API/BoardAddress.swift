import AtelierCore
import Foundation

/// Where the board listens: an IP address and a port (0: any free port). `127.0.0.1` by default,
/// so only this computer sees it; `0.0.0.0` opens it to the room's network (then a token guards it).
public struct BoardAddress: Sendable, Hashable, CustomStringConvertible {
    /// The IPv4 address, or the IPv6 one without brackets.
    public var host: String
    public var port: UInt16

    /// This computer only, on a free port.
    public static let local = BoardAddress(host: "127.0.0.1", port: 0)

    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// Why an address was refused.
    public enum Problem: Error, Sendable, Hashable {
        /// Not `HOST:PORT`, `HOST` or `PORT`, or a port out of range.
        case invalid(String)
        /// A host name rather than an IP address (`localhost` aside).
        case hostName(String)

        /// One sentence in the workshop's language.
        public func message(_ language: Language) -> String {
            let text = BoardText.of(language)
            switch self {
            case .invalid(let given): return text(.invalidAddress, ["address": given])
            case .hostName(let given): return text(.hostNotAnAddress, ["address": given])
            }
        }
    }

    /// `8080`, `127.0.0.1`, `0.0.0.0:8080`, `[::1]:8080`, `localhost:8080`.
    public init(parsing text: String) throws(Problem) {
        let given = text.trimmingCharacters(in: .whitespaces)
        var host = given, portText: Substring?
        if given.hasPrefix("[") {
            guard let close = given.firstIndex(of: "]") else { throw .invalid(text) }
            host = String(given[given.index(after: given.startIndex)..<close])
            let rest = given[given.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { throw .invalid(text) }
                portText = rest.dropFirst()
            }
        } else if given.allSatisfy(\.isASCIIDigit) {
            host = "127.0.0.1"
            portText = Substring(given)
        } else if given.filter({ $0 == ":" }).count == 1, let colon = given.firstIndex(of: ":") {
            host = String(given[..<colon])
            portText = given[given.index(after: colon)...]
        }
        var port: UInt16 = 0
        if let portText {
            guard !portText.isEmpty, portText.allSatisfy(\.isASCIIDigit), let value = UInt16(portText) else { throw .invalid(text) }
            port = value
        }
        if host.lowercased() == "localhost" { host = "127.0.0.1" }
        if host.isEmpty { throw .invalid(text) }
        if !Self.isIPv4(host) && !Self.isIPv6(host) {
            throw host.contains(where: \.isLetter) && !host.contains(":") ? .hostName(text) : .invalid(text)
        }
        self.init(host: host, port: port)
    }

    /// True for 127.0.0.0/8 and ::1: only this computer can reach it.
    public var isLoopback: Bool {
        host == "::1" || (Self.isIPv4(host) && host.hasPrefix("127."))
    }

    /// True for an IPv6 address.
    public var isIPv6: Bool { host.contains(":") }

    /// `127.0.0.1:8080`, `[::1]:8080`.
    public var description: String { isIPv6 ? "[\(host)]:\(port)" : "\(host):\(port)" }

    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { $0.count <= 3 && !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) && (Int($0) ?? 256) <= 255 }
    }

    static func isIPv6(_ text: String) -> Bool {
        text.contains(":") && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
            && text.filter({ $0 == ":" }).count <= 7
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

import FlyingFox
import Foundation

/// What a request may reach. Only `GET` of the page and of its event stream, under the token's path
/// when there is one (a bind other than loopback), and, on loopback, only under this computer's own
/// names (so a web page the consultant visits cannot reach the board through a rebound name).
/// Everything else — another path, another method, a request carrying data, a missing or wrong
/// token — is answered 404 with nothing else.
struct BoardGate: Sendable {
    enum Route: Equatable { case page, events, slash, none }

    /// nil on loopback.
    let token: BoardToken?
    /// `Host` header values accepted on loopback (`127.0.0.1:8080`, `localhost:8080`…).
    let hosts: Set<String>
    let port: UInt16

    init(token: BoardToken?, port: UInt16) {
        self.token = token
        self.port = port
        hosts = token == nil ? ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"] : []
    }

    /// Where the request goes; `.none` for a 404.
    func route(method: String, path: String, host: String?, carriesData: Bool) -> Route {
        guard method == "GET", !carriesData else { return .none }
        var rest = Substring(path)
        if let token {
            guard rest.hasPrefix("/") else { return .none }
            let component = rest.dropFirst().prefix { $0 != "/" }
            guard token.matches(String(component)) else { return .none }
            rest = rest.dropFirst(1 + component.count)
            if rest.isEmpty { return .slash }
        } else {
            guard let host, hosts.contains(host.lowercased()) else { return .none }
        }
        switch rest {
        case "/": return .page
        case "/events": return .events
        default: return .none
        }
    }

    func route(_ request: HTTPRequest) -> Route {
        let length = request.headers[.contentLength].flatMap { Int($0) } ?? 0
        let carriesData = length > 0 || request.headers[.transferEncoding] != nil
        // The path as sent (FlyingFox's `path` drops a final slash, which tells `/TOKEN` from `/TOKEN/`).
        return route(method: request.method.rawValue, path: request.target.path(), host: request.headers[.host], carriesData: carriesData)
    }
}

/// The secret part of a board's address on the room's network: 128 random bits, as 26 base32 letters.
struct BoardToken: Sendable, Hashable {
    let value: String

    init(value: String) { self.value = value }

    /// A fresh token from the system's random source.
    static func random() -> BoardToken {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        return BoardToken(value: String((0..<26).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] }))
    }

    /// Compares in a time that does not depend on where the texts differ.
    func matches(_ candidate: String) -> Bool {
        let a = Array(value.utf8), b = Array(candidate.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

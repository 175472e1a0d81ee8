#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AtelierCore

/// Why a board could not start.
public enum BoardFailure: Error, Sendable, Hashable {
    /// The address could not be bound (port taken, address not on this computer…): the system's
    /// error, or nil when the server did not start listening in time.
    case cannotListen(address: BoardAddress, systemError: Int32?)
    /// The session file cannot be read.
    case cannotFollow(session: String, reason: String)

    /// One sentence in the workshop's language.
    public func message(_ language: Language) -> String {
        let text = BoardText.of(language)
        switch self {
        case let .cannotListen(address, code):
            return text(.cannotListen, ["address": address.description, "reason": Self.reason(code, address: address, language)])
        case let .cannotFollow(session, reason): return text(.notFollowable, ["session": session, "reason": reason])
        }
    }
}

extension BoardFailure {
    /// Why an address cannot be listened on, in words that say what to do instead.
    static func reason(_ code: Int32?, address: BoardAddress, _ language: Language) -> String {
        let text = BoardText.of(language)
        switch code {
        case nil: return text(.listenSilent)
        case EADDRINUSE?: return text(.portTaken, ["port": String(address.port)])
        case EADDRNOTAVAIL?: return text(.addressNotHere, ["host": address.host])
        case EACCES?, EPERM?: return text(.portReserved, ["port": String(address.port)])
        case let code?: return SystemErrorText.describe(code, language)
        }
    }
}

import AtelierCore

/// Why a board could not start.
public enum BoardFailure: Error, Sendable, Hashable {
    /// The address could not be bound (port taken, address not on this computer…).
    case cannotListen(address: String, reason: String)
    /// The session file cannot be read.
    case cannotFollow(session: String, reason: String)

    /// One sentence in the workshop's language.
    public func message(_ language: Language) -> String {
        let text = BoardText.of(language)
        switch self {
        case let .cannotListen(address, reason): return text(.cannotListen, ["address": address, "reason": reason])
        case let .cannotFollow(session, reason): return text(.notFollowable, ["session": session, "reason": reason])
        }
    }
}

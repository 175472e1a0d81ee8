import AtelierCore
import Foundation

/// What `atelier-board` was asked to do, read from its command line.
struct BoardProgramOptions: Equatable {
    /// The session journal to follow.
    var session: String?
    /// Where to listen (`BoardAddress` syntax); nil: this computer, a free port.
    var address: String?
    /// The session's script, for a journal that keeps no copy of it.
    var workshop: String?
    /// Only check that `address` is one the board can use, and say why not.
    var checkAddress: String?
    /// The language of what is said before a session is read (`--check-address`).
    var language: Language?
    /// Started by `atelier`: standard input is its lifeline, descriptor 3 receives the addresses.
    var supervised = false
    /// A session of that `atelier` is writing the journal right now.
    var live = false

    /// Nil when the command line is not one the program understands.
    init?(_ arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--supervised": supervised = true
            case "--live": live = true
            case "--address", "--workshop", "--check-address", "--lang":
                guard let value = rest.popFirst() else { return nil }
                switch argument {
                case "--address": address = value
                case "--workshop": workshop = value
                case "--check-address": checkAddress = value
                default:
                    guard let language = Language(rawValue: value) else { return nil }
                    self.language = language
                }
            default:
                guard !argument.hasPrefix("--"), session == nil else { return nil }
                session = argument
            }
        }
        if checkAddress == nil && session == nil { return nil }
    }

    /// The language of messages before a session is read: `--lang`, else the locale's, chosen as
    /// `atelier` chooses it (`Language.chosen`).
    var messageLanguage: Language {
        Language.chosen(flag: language, document: nil, environment: ProcessInfo.processInfo.environment)
    }
}

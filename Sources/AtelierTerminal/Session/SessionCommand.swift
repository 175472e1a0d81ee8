import AtelierCore

/// A facilitator command typed during the session, on any line of any kind of answer (the first
/// line of a list or the third field of a record alike). Commands start with `/`; an answer that
/// really starts with a slash is typed `//` ("//24h" is the answer "/24h"), so a command can never
/// be mistaken for what the client said, nor the other way round.
public enum SessionCommand: Sendable, Hashable {
    case help, status, skip, back, gaps, charter, why, undo, quit
    case edit(String?)
    case park(String?)
    case note(String?)
    case decide(String?)
    case goto(String?)
    case lock(String?)

    /// Each command by its canonical name, with the catalogue entry of the words it answers to.
    static let words: [(canonical: String, key: TerminalMessage)] = [
        ("help", .wordsHelp), ("status", .wordsStatus), ("skip", .wordsSkip), ("back", .wordsBack), ("edit", .wordsEdit),
        ("park", .wordsPark), ("note", .wordsNote), ("decide", .wordsDecide), ("gaps", .wordsGaps), ("charter", .wordsCharter),
        ("goto", .wordsGoto), ("lock", .wordsLock), ("why", .wordsWhy), ("undo", .wordsUndo), ("quit", .wordsQuit),
    ]

    /// The words a command answers to in one language (`etat`, `statut`).
    static func names(_ key: TerminalMessage, _ language: Language) -> [String] {
        key.text(language).split(separator: "|").map(String.init)
    }

    /// What `/` completes to in a language: its own names first, then the other languages'.
    public static func completions(_ language: Language) -> [String] {
        let others = Language.allCases.filter { $0 != language }
        var seen = Set<String>()
        return words.flatMap { entry in ([language] + others).flatMap { names(entry.key, $0) } }
            .filter { seen.insert($0).inserted }.map { "/" + $0 }
    }

    public enum ParseResult: Sendable, Hashable {
        /// Not a command: an answer, as meant (a leading `//` stands for one literal `/`).
        case answer(String)
        case command(SessionCommand)
        /// Starts with `/` but names no command.
        case unknown(String)
    }

    /// True for the commands that only show something (help, status, why, gaps, charter).
    public var onlyShows: Bool {
        switch self {
        case .help, .status, .why, .gaps, .charter: true
        default: false
        }
    }

    public static func parse(_ line: String) -> ParseResult {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("//") { return .answer(String(trimmed.dropFirst())) }
        guard trimmed.hasPrefix("/"), trimmed.count > 1 else { return .answer(line) }
        let body = trimmed.dropFirst()
        let word = String(body.prefix { !$0.isWhitespace })
        let rest = body.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        let argument: String? = rest.isEmpty ? nil : rest
        let folded = TextFolding.fold(word)
        guard let entry = words.first(where: { entry in Language.allCases.contains { names(entry.key, $0).contains(folded) } }) else {
            return .unknown(word)
        }
        switch entry.canonical {
        case "help": return .command(.help)
        case "status": return .command(.status)
        case "skip": return .command(.skip)
        case "back": return .command(.back)
        case "gaps": return .command(.gaps)
        case "charter": return .command(.charter)
        case "why": return .command(.why)
        case "undo": return .command(.undo)
        case "quit": return .command(.quit)
        case "edit": return .command(.edit(argument))
        case "park": return .command(.park(argument))
        case "goto": return .command(.goto(argument))
        case "lock": return .command(.lock(argument))
        case "note": return .command(.note(argument))
        default: return .command(.decide(argument))
        }
    }
}

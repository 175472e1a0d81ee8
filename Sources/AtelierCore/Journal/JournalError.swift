/// Why a session journal cannot be read, or cannot be used with the script at hand. Each case is
/// one sentence for the consultant, in French or English (`message(_:)`), and a `Diagnostic`.
public enum JournalError: Error, Sendable, Hashable {
    /// The file has no bytes at all: no header, no answer.
    case empty(file: String)
    /// The first line is binary data (NUL bytes or invalid UTF-8): not a text journal at all.
    case notText(file: String)
    /// The first line is text but not an Atelier session header (some other file).
    case notAJournal(file: String)
    /// The file stops inside its header line: the machine stopped as the session started.
    case headerCutOff(file: String)
    /// The header says a journal format newer than this version of Atelier reads.
    case newerVersion(file: String, version: Int)
    /// The header is a journal header but a field is missing or has the wrong type (`field`).
    case invalidHeader(file: String, field: String?)
    /// A line before the last one is not valid JSON: the file was damaged or edited by hand.
    case damagedLine(file: String, line: Int)
    /// A line before the last one is not valid UTF-8 text.
    case invalidText(file: String, line: Int)
    /// A second session header after the first line (two journals pasted together?).
    case duplicateHeader(file: String, line: Int)
    /// An event whose `type` this version does not know (a newer Atelier wrote it?).
    case unknownEventType(file: String, line: Int, type: String)
    /// A JSON line that is not a valid event (`field` missing or of the wrong type).
    case invalidEvent(file: String, line: Int, field: String?)
    /// The session was recorded for another workshop script (`recorded` is its id, `given` the script's).
    case differentWorkshop(file: String, recorded: String, given: String)
    /// The script's content changed since the session was recorded (the hash differs).
    case scriptChanged(file: String, script: String)
    /// An event holds a number JSON cannot store (infinite or not a number).
    case unencodable
    /// A number of the line (`field`, e.g. `t`) is outside what any session can have written.
    case outOfRange(file: String, line: Int, field: String, value: Double)

    /// The journal file concerned, when there is one.
    public var file: String? {
        switch self {
        case let .empty(file), let .notText(file), let .notAJournal(file), let .headerCutOff(file),
             let .newerVersion(file, _), let .invalidHeader(file, _), let .damagedLine(file, _),
             let .invalidText(file, _), let .duplicateHeader(file, _), let .unknownEventType(file, _, _),
             let .invalidEvent(file, _, _), let .differentWorkshop(file, _, _), let .scriptChanged(file, _),
             let .outOfRange(file, _, _, _):
            return file
        case .unencodable:
            return nil
        }
    }

    /// The line the problem is on (the header is line 1), when it is about one line.
    public var line: Int? {
        switch self {
        case .notText, .notAJournal, .headerCutOff, .newerVersion, .invalidHeader: return 1
        case let .damagedLine(_, line), let .invalidText(_, line), let .duplicateHeader(_, line),
             let .unknownEventType(_, line, _), let .invalidEvent(_, line, _), let .outOfRange(_, line, _, _):
            return line
        case .empty, .differentWorkshop, .scriptChanged, .unencodable: return nil
        }
    }

    /// One sentence, without the `file:line:` prefix.
    public func message(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .empty:
            return fr ? "ce fichier de session est vide (ni en-tête, ni réponse)"
                : "this session file is empty (no header, no answer)"
        case .notText:
            return fr ? "ce fichier contient des données binaires, ce n'est pas un journal de session Atelier"
                : "this file holds binary data, not an Atelier session journal"
        case .notAJournal:
            return fr ? "ce fichier n'est pas un journal de session Atelier (sa première ligne n'est pas un en-tête de session)"
                : "this file is not an Atelier session journal (its first line is not a session header)"
        case .headerCutOff:
            return fr ? "l'en-tête de la session est incomplet (la machine s'est probablement arrêtée au démarrage de la session) ; aucune réponse n'a été enregistrée dans ce fichier"
                : "the session header is incomplete (the machine probably stopped as the session started); no answer was recorded in this file"
        case let .newerVersion(_, version):
            return fr ? "cette session a été écrite par une version plus récente d'Atelier (format \(version)) ; cette version lit le format \(JournalHeader.currentVersion)"
                : "this session was written by a newer Atelier (format \(version)); this version reads format \(JournalHeader.currentVersion)"
        case let .invalidHeader(_, field?):
            return fr ? "l'en-tête de la session est abîmé : son champ « \(field) » manque ou n'a pas le bon type"
                : "the session header is damaged: its “\(field)” field is missing or has the wrong type"
        case .invalidHeader(_, nil):
            return fr ? "l'en-tête de la session est abîmé" : "the session header is damaged"
        case .damagedLine:
            return fr ? "cette ligne est abîmée (ce n'est pas du JSON valide) ; corrigez-la ou supprimez-la à la main, rien n'a été lu après elle"
                : "this line is damaged (it is not valid JSON); fix or delete it by hand, nothing after it was read"
        case .invalidText:
            return fr ? "cette ligne n'est pas du texte UTF-8 valide ; corrigez-la ou supprimez-la à la main, rien n'a été lu après elle"
                : "this line is not valid UTF-8 text; fix or delete it by hand, nothing after it was read"
        case .duplicateHeader:
            return fr ? "cette ligne est un second en-tête de session (deux journaux collés ensemble ?) ; un fichier ne contient qu'une session"
                : "this line is a second session header (two journals pasted together?); a file holds only one session"
        case let .unknownEventType(_, _, type):
            return fr ? "cette ligne contient un événement de type inconnu « \(type) » (écrit par une version plus récente d'Atelier ?) ; rien n'a été lu après elle"
                : "this line holds an event of unknown type “\(type)” (written by a newer Atelier?); nothing after it was read"
        case let .invalidEvent(_, _, field?):
            return fr ? "cette ligne n'est pas un événement de session valide : son champ « \(field) » manque ou n'a pas le bon type"
                : "this line is not a valid session event: its “\(field)” field is missing or has the wrong type"
        case .invalidEvent(_, _, nil):
            return fr ? "cette ligne n'est pas un événement de session valide" : "this line is not a valid session event"
        case let .differentWorkshop(_, recorded, given):
            return fr ? "cette session appartient à l'atelier « \(recorded) », pas à « \(given) »"
                : "this session belongs to the workshop “\(recorded)”, not to “\(given)”"
        case let .scriptChanged(file, script):
            return fr ? "le script « \(script) » a changé depuis l'enregistrement de cette session ; pour voir ce qui se passerait autrement, rejouez-la avec le nouveau script : atelier replay \(file) --workshop \(script)"
                : "the script “\(script)” has changed since this session was recorded; to see what would go differently, replay it against the new script: atelier replay \(file) --workshop \(script)"
        case .unencodable:
            return fr ? "cette saisie contient un nombre qui ne peut pas être enregistré (infini ou indéfini)"
                : "this entry holds a number that cannot be saved (infinite or not a number)"
        case let .outOfRange(_, _, field, value):
            let limit = Int(JournalDecoding.maximumTime)
            return fr ? "le champ « \(field) » de cette ligne vaut \(value), hors des limites d'une session (de 0 à \(limit) secondes) ; corrigez-le à la main, rien n'a été lu après cette ligne"
                : "the “\(field)” field of this line is \(value), outside what a session can hold (0 to \(limit) seconds); fix it by hand, nothing after this line was read"
        }
    }

    /// The compiler-style line: `SESSION:LINE: error: …` (or `SESSION: error: …` for the whole file).
    public func rendered(_ language: Language) -> String {
        switch (file, line) {
        case let (file?, line?): return "\(file):\(line): error: \(message(language))"
        case let (file?, nil): return "\(file): error: \(message(language))"
        default: return "error: \(message(language))"
        }
    }

    /// As a `Diagnostic` in `language`, located at column 1 of the line concerned. Whole-file
    /// problems have no location, so the file name leads the message.
    public func diagnostic(_ language: Language) -> Diagnostic {
        switch (file, line) {
        case let (file?, line?):
            return .error(message(language), at: SourceLocation(file: file, line: line, column: 1))
        case let (file?, nil):
            return .error("\(file): \(message(language))", at: nil)
        default:
            return .error(message(language), at: nil)
        }
    }

    /// As a `Diagnostic` in French (Atelier's first language); use `diagnostic(_:)` to choose.
    public var diagnostic: Diagnostic { diagnostic(.fr) }
}

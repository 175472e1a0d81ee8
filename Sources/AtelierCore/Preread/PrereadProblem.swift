/// Why a returned questionnaire cannot be taken into a session. Each is one sentence, placed
/// where the file says it when it says it somewhere (`file:line:column`). The file is never
/// changed, and no session is started: nothing is lost.
public enum PrereadProblem: Error, Sendable, Hashable {
    /// Not UTF-8 text.
    case notText
    /// Not JSON at all, or JSON cut short (a truncated file), with where.
    case syntax(JSONSyntaxReason)
    /// JSON, but not a questionnaire Atelier wrote (no `format: atelier-preread`).
    case notAPrereadFile
    /// Written by a newer Atelier.
    case newerVersion(Int)
    /// A key the file must have is missing.
    case missingKey(String)
    /// The questionnaire of another workshop.
    case otherWorkshop(found: String, expected: String)
    /// The script's pre-read questions changed since the questionnaire was sent.
    case questionsChanged(workshop: String)
    /// Filled in for another client than the one this session is for.
    case otherClient(found: String, expected: String)
    /// An answer to a question the script's questionnaire does not ask.
    case unknownQuestion(String)
    /// A value of the wrong kind (a list where a text is expected…), for the field `label`.
    case wrongShape(label: String, expected: Shape)
    /// A value that does not read as its field's type (a date that is not a day…).
    case invalidAnswer(label: String, problem: AnswerParser.Problem)
    /// A record field the question does not ask.
    case unknownRecordField(String, label: String)

    /// What a JSON text was missing, in words.
    public enum JSONSyntaxReason: Sendable, Hashable {
        case endOfFile, unexpected(String), badString, badNumber, tooDeep, trailing, duplicateKey(String)
    }

    /// The kind of JSON value a field expects.
    public enum Shape: Sendable, Hashable {
        case text, list, records, record, object
    }

    public func message(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .notText:
            return fr ? "ce fichier n'est pas du texte : ce n'est pas un questionnaire préalable enregistré par Atelier"
                : "this file is not text: it is not a pre-read questionnaire saved by Atelier"
        case .syntax(let reason):
            return Self.syntaxMessage(reason, fr)
        case .notAPrereadFile:
            return fr ? "ce fichier n'est pas un questionnaire préalable d'Atelier (il n'a pas « \"format\": \"atelier-preread\" »)"
                : "this file is not an Atelier pre-read questionnaire (it has no “\"format\": \"atelier-preread\"”)"
        case .newerVersion(let version):
            return fr ? "ce questionnaire a été enregistré par un Atelier plus récent (format \(version)) ; cette version lit le format \(PrereadFormat.version)"
                : "this questionnaire was saved by a newer Atelier (format \(version)); this version reads format \(PrereadFormat.version)"
        case .missingKey(let key):
            return fr ? "il manque « \(key) » : le fichier a sans doute été modifié à la main ; demandez au client de l'enregistrer à nouveau depuis le questionnaire"
                : "“\(key)” is missing: the file was probably edited by hand; ask the client to save it again from the questionnaire"
        case let .otherWorkshop(found, expected):
            return fr ? "ce questionnaire est celui de l'atelier « \(found) », pas de « \(expected) »"
                : "this questionnaire belongs to the workshop “\(found)”, not to “\(expected)”"
        case .questionsChanged(let workshop):
            return fr ? "les questions préalables du script « \(workshop) » ont changé depuis l'envoi de ce questionnaire : ses réponses ne tombent plus sur les mêmes questions ; lancez l'atelier avec le script tel qu'il était à l'envoi, ou envoyez un nouveau questionnaire (atelier preread)"
                : "the pre-read questions of the script “\(workshop)” have changed since this questionnaire was sent: its answers no longer fit the same questions; run the workshop with the script as it was when sent, or send a new questionnaire (atelier preread)"
        case let .otherClient(found, expected):
            return fr ? "ce questionnaire a été rempli pour « \(found) », pas pour « \(expected) »"
                : "this questionnaire was filled in for “\(found)”, not for “\(expected)”"
        case .unknownQuestion(let key):
            return fr ? "« \(key) » n'est pas une question du questionnaire préalable de ce script"
                : "“\(key)” is not a question of this script's pre-read questionnaire"
        case let .wrongShape(label, expected):
            return fr ? "« \(label) » attend \(Self.shapeName(expected, fr))" : "“\(label)” expects \(Self.shapeName(expected, fr))"
        case let .invalidAnswer(label, problem):
            return (fr ? "« \(label) » : " : "“\(label)”: ") + problem.message(language)
        case let .unknownRecordField(name, label):
            return fr ? "« \(name) » n'est pas un champ demandé pour « \(label) »"
                : "“\(name)” is not a field asked for “\(label)”"
        }
    }

    private static func shapeName(_ shape: Shape, _ fr: Bool) -> String {
        switch shape {
        case .text: fr ? "un texte" : "a text"
        case .list: fr ? "une liste de textes" : "a list of texts"
        case .records: fr ? "une liste d'éléments (des objets JSON)" : "a list of items (JSON objects)"
        case .record: fr ? "un élément (un objet JSON)" : "an item (a JSON object)"
        case .object: fr ? "des clés (un objet JSON)" : "keys (a JSON object)"
        }
    }

    private static func syntaxMessage(_ reason: JSONSyntaxReason, _ fr: Bool) -> String {
        switch reason {
        case .endOfFile:
            return fr ? "le fichier s'arrête avant la fin de ses réponses (il a sans doute été coupé en route) ; demandez au client de le renvoyer"
                : "the file stops before the end of its answers (it was probably cut short on the way); ask the client to send it again"
        case .unexpected(let c):
            return fr ? "« \(c) » n'a rien à faire ici : ce n'est plus le fichier que le questionnaire a enregistré (modifié à la main ?)"
                : "“\(c)” does not belong here: this is no longer the file the questionnaire saved (edited by hand?)"
        case .badString:
            return fr ? "un texte mal formé (caractère de contrôle ou échappement invalide)" : "a malformed text (a control character or an invalid escape)"
        case .badNumber:
            return fr ? "un nombre mal formé" : "a malformed number"
        case .tooDeep:
            return fr ? "des valeurs imbriquées bien plus profondément qu'un questionnaire ne l'écrit" : "values nested far deeper than a questionnaire writes"
        case .trailing:
            return fr ? "du texte suit la fin des réponses" : "text follows the end of the answers"
        case .duplicateKey(let key):
            return fr ? "« \(key) » est écrit deux fois" : "“\(key)” is written twice"
        }
    }
}

/// A problem with the place it was found.
public struct LocatedPrereadProblem: Error, Sendable, Hashable {
    public var problem: PrereadProblem
    /// Where in the file; nil for a problem with the whole file.
    public var location: SourceLocation?

    /// As the one diagnostics printer shows it (`file:line:column: error: …`).
    public func diagnostic(_ language: Language) -> Diagnostic {
        .error(problem.message(language), at: location)
    }

    /// The sentence, then the file's line and a caret, through the one printer (which cleans the
    /// line: the file is anyone's). A line too long to read (a file written on one line) is not
    /// shown: the place says where.
    public func printed(source: String, _ language: Language, color: Bool) -> String {
        let file = location?.file ?? ""
        let line = location.map { location in
            source.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(max(0, location.line - 1)).first ?? ""
        } ?? ""
        let sources = line.unicodeScalars.count > 240 ? [:] : [file: source]
        return DiagnosticPrinter.text([diagnostic(language)], sources: sources, color: color)
    }
}

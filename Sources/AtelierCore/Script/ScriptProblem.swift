/// Every problem the loader can find in a workshop script, each with its message in French and
/// English. The loader turns them into `Diagnostic`s in the script's language.
enum ScriptProblem: Sendable {
    /// The file is not valid YAML; the associated text is libYAML's own description.
    case yamlSyntax(String)
    /// A tab is used to indent; YAML only accepts spaces.
    case tabIndentation
    /// The same key is written twice in one mapping.
    case duplicateKey(String)
    /// The file holds no YAML document at all.
    case emptyScript
    /// The file is a list or a single value instead of `key: value` lines.
    case topLevelNotMapping
    /// The bytes cannot be read as text (bad encoding).
    case unreadableText
    /// A control character (NUL, BEL, ESC…) YAML does not accept, by code point.
    case controlCharacter(UInt32)
    /// A key the format does not know; `suggestion` is the closest known key.
    case unknownKey(String, in: ScriptPlace, suggestion: String?)
    /// A key the format requires is absent.
    case missingKey(String, in: ScriptPlace)
    /// A key holds the wrong kind of value (a list where a text is expected…).
    case wrongType(key: String, expected: ValueKind, found: ValueKind)
    /// A required text is empty.
    case emptyValue(key: String)
    /// `atelier:` names a format version this Atelier does not read.
    case unsupportedVersion(String)
    /// An id uses characters other than letters, digits, `-` and `_`.
    case invalidID(String)
    /// A field id that cannot be used in expressions (it must start with a letter; letters, digits, `_`).
    case invalidFieldID(String)
    /// Two things of the same kind share an id; `firstLine` is where the first one is declared.
    case duplicateID(IDKind, String, firstLine: Int)
    /// `language:` is neither `fr` nor `en`.
    case invalidLanguage(String)
    /// A duration or timebox that is not a number of minutes ("25", "25 min", "2h", "1h30").
    case invalidDuration(String)
    /// The phase timeboxes do not add up to the workshop's duration (a warning).
    case timeboxMismatch(duration: Int, timeboxes: Int)
    /// The script declares no phase.
    case noPhases
    /// The charter declares no section.
    case noSections
    /// A field type the format does not know.
    case unknownFieldType(String, suggestion: String?)
    /// `of:` names a type a list cannot hold.
    case invalidListItemType(String)
    /// A `choice` field without its `options:`.
    case choiceWithoutOptions(field: String)
    /// A key that only makes sense for another field type (`options:` on a text field…).
    case keyNotForType(key: String, type: String)
    /// A `records` field without the `fields:` of its items.
    case recordsWithoutFields(field: String)
    /// The record `title:` names none of the record's fields.
    case unknownTitleField(String, field: String, suggestion: String?)
    /// A step is none of `say`, `ask` or `check`.
    case stepWithoutKind
    /// A step is several of `say`, `ask`, `check` at once.
    case stepWithSeveralKinds([String])
    /// A question fills a field the charter does not declare.
    case undefinedField(String, suggestion: String?)
    /// `fields:` on a question whose field is not a `records` field.
    case notARecordsField(String)
    /// `fields:` names a field the record does not have.
    case unknownRecordField(String, field: String, suggestion: String?)
    /// A rule names a phase the script does not declare.
    case unknownPhase(String, suggestion: String?)
    /// A rule names a section the charter does not declare.
    case unknownSection(String, suggestion: String?)
    /// `weight:` is neither `blocking` nor `advisory`.
    case invalidWeight(String)
    /// A rule's `when:` is not a yes/no condition.
    case conditionNotBool(ExprType)
    /// A `matches` pattern repeats a repetition (`(a+)+`): harmless in Atelier, whose patterns run
    /// in linear time, but such a pattern freezes other tools (a warning).
    case nestedQuantifier(String)
    /// An expression does not parse or does not type-check (message from the expression module).
    case expression(ExpressionError)
    /// The rule's section cannot be deduced from its `answer:`.
    case sectionNotInferred
    /// The template file of a format could not be read.
    case templateNotFound(String)
    /// A Mustache tag names a variable the charter document does not provide.
    case unknownTemplateVariable(String, suggestion: String?)
    /// A `{name}` in the document's title or subtitle is neither a placeholder nor a field of one value.
    case unknownPlaceholder(String, suggestion: String?)
    /// `show:` in the summary on a field that is not a `records` field.
    case showNeedsRecords(String)
    /// An approval line's `field:` does not name a person (or a text).
    case signatoryNotAName(String)
    /// `mission:` names a field that is not a top-level `date` field.
    case missionFieldNotADate(String)
    /// `review: true` on a step of a phase other than the last one.
    case reviewNotInLastPhase
    /// `review: true` on more than one step.
    case severalReviews

    func message(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .yamlSyntax(let detail):
            return YAMLProblemText.explain(detail, language)
        case .tabIndentation:
            return fr ? "tabulation dans l'indentation ; YAML n'accepte que des espaces"
                : "tab used for indentation; YAML only accepts spaces"
        case .duplicateKey(let key):
            return fr ? "la clé `\(key)` est écrite deux fois ; YAML n'en garde qu'une"
                : "the key `\(key)` is written twice; YAML keeps only one"
        case .emptyScript:
            return fr ? "le script est vide" : "the script is empty"
        case .topLevelNotMapping:
            return fr ? "un script commence par des clés (`id:`, `title:`, `charter:`…), pas par une liste ou une valeur seule"
                : "a script is made of keys (`id:`, `title:`, `charter:`…), not a list or a single value"
        case .unreadableText:
            return fr ? "le fichier n'est pas du texte UTF-8" : "the file is not UTF-8 text"
        case .controlCharacter(let value):
            let hex = String(value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return fr ? "caractère de contrôle \(code) interdit dans un script ; supprimez-le"
                : "control character \(code) is not allowed in a script; delete it"
        case .unknownKey(let key, let place, let suggestion):
            return (fr ? "clé inconnue `\(key)` \(place.name(language))" : "unknown key `\(key)` \(place.name(language))")
                + didYouMean(suggestion, fr)
        case .missingKey(let key, let place):
            return fr ? "il manque la clé `\(key)` \(place.name(language))" : "missing key `\(key)` \(place.name(language))"
        case .wrongType(let key, let expected, let found):
            return fr ? "`\(key)` attend \(expected.name(language)), pas \(found.name(language))"
                : "`\(key)` expects \(expected.name(language)), not \(found.name(language))"
        case .emptyValue(let key):
            return fr ? "`\(key)` est vide" : "`\(key)` is empty"
        case .unsupportedVersion(let version):
            return fr ? "version de format `\(version)` inconnue ; cet Atelier lit `atelier: 1`"
                : "unknown format version `\(version)`; this Atelier reads `atelier: 1`"
        case .invalidID(let id):
            return fr ? "l'identifiant `\(id)` ne peut contenir que des lettres, des chiffres, `-` et `_`"
                : "the id `\(id)` may only contain letters, digits, `-` and `_`"
        case .invalidFieldID(let id):
            return fr ? "l'identifiant de champ `\(id)` doit commencer par une lettre et ne contenir que des lettres, des chiffres et `_`"
                : "the field id `\(id)` must start with a letter and contain only letters, digits and `_`"
        case .duplicateID(let kind, let id, let line):
            return fr ? "l'identifiant `\(id)` est déjà celui d'\(kind.another(language)) (ligne \(line))"
                : "the id `\(id)` is already used by \(kind.another(language)) (line \(line))"
        case .invalidLanguage(let value):
            return fr ? "langue `\(value)` inconnue ; `language` vaut `fr` ou `en`"
                : "unknown language `\(value)`; `language` is `fr` or `en`"
        case .invalidDuration(let value):
            return fr ? "`\(value)` n'est pas une durée ; écrivez des minutes comme `25`, `\"25 min\"` ou `\"2h\"`"
                : "`\(value)` is not a duration; write minutes such as `25`, `\"25 min\"` or `\"2h\"`"
        case .timeboxMismatch(let duration, let timeboxes):
            return fr ? "les phases durent \(timeboxes) min au total, mais l'atelier dure \(duration) min"
                : "the phase timeboxes add up to \(timeboxes) min, but the workshop lasts \(duration) min"
        case .noPhases:
            return fr ? "le script ne déclare aucune phase" : "the script declares no phase"
        case .noSections:
            return fr ? "la charte ne déclare aucune section" : "the charter declares no section"
        case .unknownFieldType(let type, let suggestion):
            return (fr ? "type de champ `\(type)` inconnu" : "unknown field type `\(type)`") + didYouMean(suggestion, fr)
        case .invalidListItemType(let type):
            return fr ? "une liste ne peut pas contenir le type `\(type)` (pour des éléments structurés, utilisez `type: records`)"
                : "a list cannot hold the type `\(type)` (for structured items, use `type: records`)"
        case .choiceWithoutOptions(let field):
            return fr ? "le champ à choix `\(field)` n'a pas d'`options`" : "the choice field `\(field)` has no `options`"
        case .keyNotForType(let key, let type):
            return fr ? "`\(key)` ne s'applique pas à un champ de type `\(type)`"
                : "`\(key)` does not apply to a field of type `\(type)`"
        case .recordsWithoutFields(let field):
            return fr ? "le champ `\(field)` de type `records` ne déclare pas les `fields` de ses éléments"
                : "the `records` field `\(field)` does not declare the `fields` of its items"
        case .unknownTitleField(let name, let field, let suggestion):
            return (fr ? "`title` nomme `\(name)`, qui n'est pas un champ de `\(field)`"
                : "`title` names `\(name)`, which is not a field of `\(field)`") + didYouMean(suggestion, fr)
        case .stepWithoutKind:
            return fr ? "une étape est `say`, `ask` ou `check`" : "a step is `say`, `ask` or `check`"
        case .stepWithSeveralKinds(let kinds):
            let list = kinds.map { "`\($0)`" }.joined(separator: ", ")
            return fr ? "une étape ne peut être qu'une seule chose, pas \(list)" : "a step can only be one thing, not \(list)"
        case .undefinedField(let field, let suggestion):
            return (fr ? "la charte ne déclare pas de champ `\(field)`" : "the charter declares no field `\(field)`")
                + didYouMean(suggestion, fr)
        case .notARecordsField(let field):
            return fr ? "`fields` ne s'applique qu'à un champ `records`, et `\(field)` n'en est pas un"
                : "`fields` only applies to a `records` field, and `\(field)` is not one"
        case .unknownRecordField(let name, let field, let suggestion):
            return (fr ? "`\(field)` n'a pas de champ `\(name)`" : "`\(field)` has no field `\(name)`") + didYouMean(suggestion, fr)
        case .unknownPhase(let phase, let suggestion):
            return (fr ? "aucune phase ne s'appelle `\(phase)`" : "no phase is called `\(phase)`") + didYouMean(suggestion, fr)
        case .unknownSection(let section, let suggestion):
            return (fr ? "aucune section ne s'appelle `\(section)`" : "no section is called `\(section)`") + didYouMean(suggestion, fr)
        case .invalidWeight(let weight):
            return fr ? "poids `\(weight)` inconnu ; `weight` vaut `blocking` ou `advisory`"
                : "unknown weight `\(weight)`; `weight` is `blocking` or `advisory`"
        case .nestedQuantifier(let pattern):
            return fr ? "le motif « \(pattern) » répète une répétition (quantificateurs imbriqués, comme (a+)+) : Atelier l'évalue sans risque, mais il bloquerait d'autres outils ; simplifiez-le (a+ plutôt que (a+)+)"
                : "the pattern “\(pattern)” repeats a repetition (nested quantifiers, like (a+)+): Atelier runs it safely, but it would freeze other tools; simplify it (a+ rather than (a+)+)"
        case .conditionNotBool(let type):
            return fr ? "la condition `when` doit être vraie ou fausse, or elle donne \(type.name(language))"
                : "the `when` condition must be true or false, but it gives \(type.name(language))"
        case .expression(let error):
            return error.message(language)
        case .sectionNotInferred:
            return fr ? "impossible de déduire la section de cette règle de son `answer` ; ajoutez `section:`"
                : "cannot tell this rule's section from its `answer`; add `section:`"
        case .templateNotFound(let path):
            return fr ? "impossible de lire le modèle `\(path)`" : "cannot read the template `\(path)`"
        case .unknownTemplateVariable(let name, let suggestion):
            return (fr ? "le modèle utilise `\(name)`, qui n'existe pas dans la charte"
                : "the template uses `\(name)`, which does not exist in the charter") + didYouMean(suggestion, fr)
        case .unknownPlaceholder(let name, let suggestion):
            return (fr ? "`{\(name)}` n'est ni `{client}`, `{date}` ou `{workshop}`, ni un champ de la charte à une seule valeur"
                : "`{\(name)}` is not `{client}`, `{date}` or `{workshop}`, nor a charter field holding one value")
                + didYouMean(suggestion.map { "{\($0)}" }, fr)
        case .showNeedsRecords(let field):
            return fr ? "`show` ne s'applique qu'à un champ `records`, et `\(field)` n'en est pas un"
                : "`show` only applies to a `records` field, and `\(field)` is not one"
        case .signatoryNotAName(let field):
            return fr ? "`\(field)` ne contient pas un nom : une ligne de validation prend un champ `person` ou `text`"
                : "`\(field)` does not hold a name: an approval line takes a `person` or `text` field"
        case .missionFieldNotADate(let field):
            return PendingCoreMessage.missionFieldNotADate.text(language, ["field": field])
        case .reviewNotInLastPhase:
            return PendingCoreMessage.reviewNotInLastPhase.text(language)
        case .severalReviews:
            return PendingCoreMessage.severalReviews.text(language)
        }
    }

    private func didYouMean(_ suggestion: String?, _ fr: Bool) -> String {
        guard let suggestion else { return "" }
        return fr ? " ; vouliez-vous dire `\(suggestion)` ?" : "; did you mean `\(suggestion)`?"
    }
}

/// The core's sentences added for issue 10 (dates in words, choices in the client's words, the
/// decision-scope question, the new script checks), one table per language. They move into the core's message catalogue
/// (`CoreMessage`) when it lands; until then, none is written inline.
enum PendingCoreMessage: String, CaseIterable, Sendable {
    case dayInWords            // {day} {month} {year}
    case monthInWords          // {month} {year}
    case monthStartInWords     // {month} {year}
    case monthMiddleInWords    // {month} {year}
    case monthEndInWords       // {month} {year}
    case wordedChoice          // {option} {words}
    case otherChoice           // {words}
    case otherOption
    case decisionScope         // {decision} {item} {fields}
    case decisionScopeLabel
    case placeMission
    case missionFieldNotADate  // {field}
    case reviewNotInLastPhase
    case severalReviews

    static let french: [PendingCoreMessage: String] = [
        .dayInWords: "{day} {month} {year}",
        .monthInWords: "{month} {year}",
        .monthStartInWords: "début {month} {year}",
        .monthMiddleInWords: "mi-{month} {year}",
        .monthEndInWords: "fin {month} {year}",
        .wordedChoice: "{option} (« {words} »)",
        .otherChoice: "autre (« {words} »)",
        .otherOption: "autre",
        .decisionScope: "Cette décision (« {decision} ») vaut-elle pour tout « {item} » ? Si oui, on ne demandera plus : {fields}.",
        .decisionScopeLabel: "La décision vaut pour tout l'élément",
        .placeMission: "dans `mission`",
        .missionFieldNotADate: "`{field}` n'est pas un champ `date` du premier niveau de la charte : `mission` nomme les champs qui portent le début et la fin de la mission",
        .reviewNotInLastPhase: "`review: true` ouvre la revue finale : il ne se met que dans la dernière phase",
        .severalReviews: "la revue finale est déjà ouverte par une étape plus haut : une seule étape porte `review: true`",
    ]

    static let english: [PendingCoreMessage: String] = [
        .dayInWords: "{month} {day}, {year}",
        .monthInWords: "{month} {year}",
        .monthStartInWords: "early {month} {year}",
        .monthMiddleInWords: "mid-{month} {year}",
        .monthEndInWords: "end of {month} {year}",
        .wordedChoice: "{option} (“{words}”)",
        .otherChoice: "other (“{words}”)",
        .otherOption: "other",
        .decisionScope: "Does this decision (“{decision}”) hold for the whole of “{item}”? If so, we will no longer ask: {fields}.",
        .decisionScopeLabel: "The decision holds for the whole item",
        .placeMission: "in `mission`",
        .missionFieldNotADate: "`{field}` is not a top-level `date` field of the charter: `mission` names the fields that hold the mission's start and end",
        .reviewNotInLastPhase: "`review: true` opens the final review: it only goes in the last phase",
        .severalReviews: "the final review is already opened by a step above: only one step carries `review: true`",
    ]

    /// The message in `language`, its `{placeholders}` replaced by `arguments`.
    func text(_ language: Language, _ arguments: [String: String] = [:]) -> String {
        let template = (language == .fr ? Self.french : Self.english)[self] ?? Self.french[self] ?? rawValue
        return Self.fill(template, arguments)
    }

    /// One pass over the template, so an argument's own braces are never read as a placeholder.
    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { return out + rest[open...] }
            let name = String(rest[rest.index(after: open)..<close])
            out += arguments[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}

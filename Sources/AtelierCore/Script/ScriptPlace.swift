/// Where in a workshop script a key was found, to say "unknown key `x` in a field".
enum ScriptPlace: Sendable {
    case topLevel, section, field, phase, step, sayStep, askStep, checkStep, rule, lexicons, templates
    case document, summaryItem, signatory, mission

    func name(_ language: Language) -> String {
        switch (self, language) {
        case (.topLevel, .fr): "au premier niveau du script"
        case (.topLevel, .en): "at the top level of the script"
        case (.section, .fr): "dans une section de la charte"
        case (.section, .en): "in a charter section"
        case (.field, .fr): "dans un champ"
        case (.field, .en): "in a field"
        case (.phase, .fr): "dans une phase"
        case (.phase, .en): "in a phase"
        case (.step, .fr): "dans une étape"
        case (.step, .en): "in a step"
        case (.sayStep, .fr): "dans une étape `say`"
        case (.sayStep, .en): "in a `say` step"
        case (.askStep, .fr): "dans une étape `ask`"
        case (.askStep, .en): "in an `ask` step"
        case (.checkStep, .fr): "dans une étape `check`"
        case (.checkStep, .en): "in a `check` step"
        case (.rule, .fr): "dans une règle"
        case (.rule, .en): "in a rule"
        case (.lexicons, .fr): "dans `lexicons`"
        case (.lexicons, .en): "in `lexicons`"
        case (.templates, .fr): "dans `templates`"
        case (.templates, .en): "in `templates`"
        case (.document, .fr): "dans `document`"
        case (.document, .en): "in `document`"
        case (.summaryItem, .fr): "dans un élément de `summary`"
        case (.summaryItem, .en): "in a `summary` item"
        case (.signatory, .fr): "dans un élément de `approval`"
        case (.signatory, .en): "in an `approval` item"
        case (.mission, _): PendingCoreMessage.placeMission.text(language)
        }
    }
}

/// The kind of value a key holds, for "expected a list, found a text".
enum ValueKind: Sendable {
    case text, number, yesNo, list, mapping, textList, nothing

    func name(_ language: Language) -> String {
        switch (self, language) {
        case (.text, .fr): "un texte"
        case (.text, .en): "a text"
        case (.number, .fr): "un nombre"
        case (.number, .en): "a number"
        case (.yesNo, .fr): "true ou false"
        case (.yesNo, .en): "true or false"
        case (.list, .fr): "une liste"
        case (.list, .en): "a list"
        case (.mapping, .fr): "des clés (`clé: valeur`)"
        case (.mapping, .en): "keys (`key: value`)"
        case (.textList, .fr): "une liste de textes"
        case (.textList, .en): "a list of texts"
        case (.nothing, .fr): "rien"
        case (.nothing, .en): "nothing"
        }
    }
}

/// What kind of thing an id names, for "already used by another field".
enum IDKind: Sendable {
    case field, recordField, section, phase, step, rule

    /// "another field", "une autre section"…
    func another(_ language: Language) -> String {
        switch (self, language) {
        case (.field, .fr): "un autre champ"
        case (.field, .en): "another field"
        case (.recordField, .fr): "un autre champ de cet élément"
        case (.recordField, .en): "another field of this record"
        case (.section, .fr): "une autre section"
        case (.section, .en): "another section"
        case (.phase, .fr): "une autre phase"
        case (.phase, .en): "another phase"
        case (.step, .fr): "une autre étape de cette phase"
        case (.step, .en): "another step of this phase"
        case (.rule, .fr): "une autre règle"
        case (.rule, .en): "another rule"
        }
    }
}

extension ExprType {
    /// The type's name for a workshop author.
    func name(_ language: Language) -> String {
        guard language == .fr else { return description }
        switch self {
        case .text: return "un texte"
        case .number: return "un nombre"
        case .date: return "une date"
        case .duration: return "une durée"
        case .bool: return "oui/non"
        case .null: return "null"
        case .list(let item): return "une liste de \(item.name(.fr).replacingPrefix())"
        case .record: return "un élément"
        case .answer: return "une réponse"
        case .lexicon: return "un lexique"
        }
    }
}

private extension String {
    /// "un texte" -> "textes"-like noun for "une liste de …": drop the article.
    func replacingPrefix() -> String {
        for article in ["un ", "une "] where hasPrefix(article) { return String(dropFirst(article.count)) }
        return self
    }
}

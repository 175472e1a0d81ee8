extension ExpressionError {
    /// One sentence a workshop author understands, in the script's language.
    public func message(_ language: Language) -> String {
        let fr = language == .fr
        func q(_ s: String) -> String { fr ? "« \(s) »" : "“\(s)”" }
        func didYouMean(_ s: String?) -> String {
            guard let s else { return "" }
            return fr ? " Vouliez-vous dire \(q(s)) ?" : " Did you mean \(q(s))?"
        }
        func type(_ t: ExprType) -> String { t.phrase(language) }

        switch problem {
        case .unexpectedCharacter(let c):
            return fr ? "Le caractère \(q(String(c))) n'a pas de sens dans une expression."
                      : "The character \(q(String(c))) has no meaning in an expression."
        case .operatorSpelling(let found, let use):
            return fr ? "Écrivez \(q(use)) au lieu de \(q(found))." : "Write \(q(use)) instead of \(q(found))."
        case .unterminatedString:
            return fr ? "Ce texte entre guillemets n'est jamais refermé." : "This quoted text is never closed."
        case .invalidNumber(let s):
            return fr ? "\(q(s)) n'est ni un nombre ni une durée (par exemple 12, 3.5, 30min, 2h, 1h30, 7j)."
                      : "\(q(s)) is neither a number nor a duration (for example 12, 3.5, 30min, 2h, 1h30, 7d)."
        case .invalidDate(let s):
            return fr ? "\(q(s)) n'est pas une date qui existe (écrivez AAAA-MM-JJ, par exemple 2027-03-15)."
                      : "\(q(s)) is not a real date (write YYYY-MM-DD, for example 2027-03-15)."
        case .expected(let what, let found):
            return expectedMessage(what, found: found, language)
        case .unclosedInterpolation:
            return fr ? "Cette « { » n'est jamais refermée par « } » (écrivez « {{ » pour une accolade)."
                      : "This “{” is never closed by “}” (write “{{” for a literal brace)."
        case .unmatchedClosingBrace:
            return fr ? "Cette « } » ne ferme rien (écrivez « }} » pour une accolade)."
                      : "This “}” closes nothing (write “}}” for a literal brace)."
        case .emptyInterpolation:
            return fr ? "Ces accolades sont vides : mettez-y une expression, par exemple {o.intitule}."
                      : "These braces are empty: put an expression in them, for example {o.title}."
        case .unknownName(let n, let s):
            return (fr ? "\(q(n)) n'est ni une variable, ni un champ de la charte, ni un lexique."
                       : "\(q(n)) is not a variable, a charter field or a lexicon.") + didYouMean(s)
        case .unknownField(let n, let s):
            return (fr ? "Il n'y a pas de champ \(q(n)) ici." : "There is no field \(q(n)) here.") + didYouMean(s)
        case .noFields(let n, let t):
            return fr ? "On ne peut pas lire \(q(n)) dans \(type(t)) : seuls les éléments d'une liste ont des champs."
                      : "\(q(n)) cannot be read from \(type(t)): only records have fields."
        case .notAList(let t):
            return fr ? "« [] » s'applique à une liste, pas à \(type(t))." : "“[]” applies to a list, not to \(type(t))."
        case .unknownFunction(let n, let s):
            return (fr ? "La fonction \(q(n)) n'existe pas." : "There is no function \(q(n)).") + didYouMean(s)
        case .wrongArgumentCount(let f, let expected, let found):
            let plural = expected > 1 ? "s" : ""
            return fr ? "\(f) prend \(expected) argument\(plural), pas \(found)."
                      : "\(f) takes \(expected) argument\(plural), not \(found)."
        case .typeMismatch(let expected, let found):
            let options = listPhrase(expected.map(type), language)
            return fr ? "Il faut ici \(options), pas \(type(found))." : "This needs \(options), not \(type(found))."
        case .cannotCompare(let a, let b):
            return fr ? "On ne peut pas comparer \(type(a)) avec \(type(b))."
                      : "\(capitalized(type(a))) cannot be compared with \(type(b))."
        case .cannotCombine(let op, let a, let b):
            return fr ? "\(q(op)) ne s'applique pas à \(type(a)) et \(type(b)) (seulement nombre \(op) nombre, date \(op) durée, durée \(op) durée)."
                      : "\(q(op)) does not apply to \(type(a)) and \(type(b)) (only number \(op) number, date \(op) duration, duration \(op) duration)."
        case .regexNotLiteral:
            return fr ? "Le motif de matches doit être un texte entre guillemets." : "The pattern of matches must be a quoted text."
        case .invalidRegex(let p):
            return fr ? "\(q(p)) n'est pas une expression régulière valide." : "\(q(p)) is not a valid regular expression."
        case let .unsupportedRegex(p, feature):
            let french = ["back-references": "références arrière", "look-arounds": "assertions avant ou arrière",
                          "possessive quantifiers": "quantificateurs possessifs", "atomic groups": "groupes atomiques",
                          "inline options": "options dans le motif"][feature]
                ?? feature.replacingOccurrences(of: "the escape", with: "l'échappement")
            return fr ? "\(q(p)) utilise ce qu'Atelier ne permet pas dans un motif (\(french)) : ses motifs s'évaluent en temps linéaire, pour ne jamais bloquer une session."
                : "\(q(p)) uses what Atelier does not allow in a pattern (\(feature)): its patterns run in linear time, so they never freeze a session."
        case .unknownLexicon(let n, let s):
            return (fr ? "Le script n'a pas de lexique \(q(n))." : "The script has no lexicon \(q(n)).") + didYouMean(s)
        case .misplacedLexicon(let n):
            return fr ? "\(q(n)) est un lexique : il ne s'emploie que dans uses(texte, \(n)) ou quote(texte, \(n))."
                      : "\(q(n)) is a lexicon: it is only used in uses(text, \(n)) or quote(text, \(n))."
        case .notABindingSource(let t):
            return fr ? "Une variable ne peut parcourir qu'une liste d'éléments ou answers, pas \(type(t))."
                      : "A variable can only range over a list of records or answers, not \(type(t))."
        case .duplicateVariable(let v):
            return fr ? "La variable \(q(v)) est déjà définie." : "The variable \(q(v)) is already defined."
        case .tooDeeplyNested:
            return fr ? "Cette expression est trop imbriquée : découpez-la en plusieurs règles."
                      : "This expression is nested too deeply: split it into several rules."
        case .notAssignable:
            return fr ? "Une réponse ne peut pas être rangée ici : indiquez un champ (sponsor), le champ d'une variable (o.indicateurs) ou une variable de answers."
                      : "An answer cannot be stored here: name a field (sponsor), a field of a variable (o.indicators) or a variable over answers."
        }
    }

    private func expectedMessage(_ what: Expectation, found: String?, _ language: Language) -> String {
        let fr = language == .fr
        func q(_ s: String) -> String { fr ? "« \(s) »" : "“\(s)”" }
        let tail: String = if let found {
            fr ? ", trouvé \(q(found))" : ", found \(q(found))"
        } else {
            fr ? " à la fin de l'expression" : " at the end of the expression"
        }
        switch what {
        case .expression:
            return fr ? "Une valeur est attendue ici (un champ, un nombre, un texte…)\(tail)."
                      : "A value is expected here (a field, a number, a text…)\(tail)."
        case .name:
            return fr ? "Un nom est attendu ici\(tail)." : "A name is expected here\(tail)."
        case .token(let t):
            return fr ? "\(q(t)) est attendu ici\(tail)." : "\(q(t)) is expected here\(tail)."
        case .endOfExpression:
            return fr ? "L'expression devrait s'arrêter ici, mais continue avec \(q(found ?? ""))."
                      : "The expression should end here, but it goes on with \(q(found ?? ""))."
        }
    }

    private func listPhrase(_ items: [String], _ language: Language) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + (language == .fr ? " ou " : " or ") + last
    }

    private func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}

extension ExprType {
    /// "un nombre", "a list of texts": the type as a workshop author calls it.
    func phrase(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .text: return fr ? "un texte" : "a text"
        case .number: return fr ? "un nombre" : "a number"
        case .date: return fr ? "une date" : "a date"
        case .duration: return fr ? "une durée" : "a duration"
        case .bool: return fr ? "un oui/non" : "a yes/no"
        case .null: return "null"
        case .record: return fr ? "un élément" : "a record"
        case .answer: return fr ? "une réponse" : "an answer"
        case .lexicon: return fr ? "un lexique" : "a lexicon"
        case .list(.null): return fr ? "une liste" : "a list"
        case .list(let item): return (fr ? "une liste " : "a list of ") + item.plural(language)
        }
    }

    private func plural(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .text: return fr ? "de textes" : "texts"
        case .number: return fr ? "de nombres" : "numbers"
        case .date: return fr ? "de dates" : "dates"
        case .duration: return fr ? "de durées" : "durations"
        case .bool: return fr ? "de oui/non" : "yes/no values"
        case .null: return fr ? "vide" : "nulls"
        case .record: return fr ? "d'éléments" : "records"
        case .answer: return fr ? "de réponses" : "answers"
        case .lexicon: return fr ? "de lexiques" : "lexicons"
        case .list: return fr ? "de listes" : "lists"
        }
    }
}

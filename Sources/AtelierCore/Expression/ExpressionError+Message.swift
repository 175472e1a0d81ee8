extension ExpressionError {
    /// One sentence a workshop author understands, in `language`.
    func message(_ language: Language) -> String {
        let (key, arguments, suggestion) = parts
        let text = key.text(language, arguments)
        return suggestion.map { text + CoreMessage.didYouMean.text(language, ["suggestion": $0]) } ?? text
    }

    /// The catalogue key, its arguments, and a name to suggest ("did you mean").
    var parts: (CoreMessage, [String: any MessageArgument], String?) {
        switch problem {
        case .unexpectedCharacter(let c): return (.unexpectedCharacter, ["character": String(c)], nil)
        case let .operatorSpelling(found, use): return (.operatorSpelling, ["found": found, "use": use], nil)
        case .unterminatedString: return (.unterminatedString, [:], nil)
        case .invalidNumber(let text): return (.invalidNumber, ["text": text], nil)
        case .invalidDate(let text): return (.invalidDate, ["text": text], nil)
        case let .expected(what, found): return Self.expected(what, found: found)
        case .unclosedInterpolation: return (.unclosedInterpolation, [:], nil)
        case .unmatchedClosingBrace: return (.unmatchedClosingBrace, [:], nil)
        case .emptyInterpolation: return (.emptyInterpolation, [:], nil)
        case let .unknownName(name, suggestion): return (.unknownName, ["name": name], suggestion)
        case let .unknownField(name, suggestion): return (.unknownField, ["name": name], suggestion)
        case let .noFields(name, type): return (.noFields, ["name": name, "type": type.phrase], nil)
        case .notAList(let type): return (.notAList, ["type": type.phrase], nil)
        case let .unknownFunction(name, suggestion): return (.unknownFunction, ["name": name], suggestion)
        case let .wrongArgumentCount(function, expected, found):
            return (expected == 1 ? .argumentCountOne : .argumentCountOther, ["function": function, "count": expected, "found": found], nil)
        case let .typeMismatch(expected, found):
            return (.typeMismatch, ["expected": Alternatives(expected.map(\.phrase)), "found": found.phrase], nil)
        case let .cannotCompare(left, right): return (.cannotCompare, ["left": left.phrase, "right": right.phrase], nil)
        case let .cannotCombine(op, left, right):
            return (.cannotCombine, ["operator": op, "left": left.phrase, "right": right.phrase], nil)
        case .regexNotLiteral: return (.regexNotLiteral, [:], nil)
        case .invalidRegex(let pattern): return (.invalidRegex, ["pattern": pattern], nil)
        case let .unsupportedRegex(pattern, feature): return (.unsupportedRegex, ["pattern": pattern, "feature": feature.phrase], nil)
        case let .unknownLexicon(name, suggestion): return (.unknownLexicon, ["name": name], suggestion)
        case .misplacedLexicon(let name): return (.misplacedLexicon, ["name": name], nil)
        case .notABindingSource(let type): return (.notABindingSource, ["type": type.phrase], nil)
        case .duplicateVariable(let name): return (.duplicateVariable, ["name": name], nil)
        case .tooDeeplyNested: return (.tooDeeplyNested, [:], nil)
        case .notAssignable: return (.notAssignable, [:], nil)
        case let .notAnOption(value, field, options, suggestion):
            return (.notAnOption, ["value": value, "field": field, "options": options.joined(separator: ", ")], suggestion)
        }
    }

    private static func expected(_ what: Expectation, found: String?) -> (CoreMessage, [String: any MessageArgument], String?) {
        let tail: any MessageArgument = found.map { Phrase(CoreMessage.foundTail, ["found": $0]) } ?? CoreMessage.atTheEnd
        switch what {
        case .expression: return (.expectedValue, ["tail": tail], nil)
        case .name: return (.expectedName, ["tail": tail], nil)
        case .token(let token): return (.expectedToken, ["token": token, "tail": tail], nil)
        case .endOfExpression: return (.expectedEnd, ["found": found ?? ""], nil)
        }
    }
}

/// « un nombre, une date ou une durée »: several phrases, the last one after « ou ».
struct Alternatives: MessageArgument {
    let items: [any MessageArgument]

    init(_ items: [any MessageArgument]) {
        self.items = items
    }

    func text(in language: Language) -> String {
        let texts = items.map { $0.text(in: language) }
        guard let last = texts.last else { return "" }
        guard texts.count > 1 else { return last }
        return CoreMessage.alternatives.text(language, ["first": texts.dropLast().joined(separator: ", "), "last": last])
    }
}

extension ExprType {
    /// « un nombre », "a list of texts": the type as a workshop author calls it.
    var phrase: any MessageArgument {
        switch self {
        case .text: CoreMessage.typeText
        case .number: CoreMessage.typeNumber
        case .date: CoreMessage.typeDate
        case .duration: CoreMessage.typeDuration
        case .bool: CoreMessage.typeBool
        case .null: CoreMessage.typeNull
        case .record: CoreMessage.typeRecord
        case .answer: CoreMessage.typeAnswer
        case .lexicon: CoreMessage.typeLexicon
        case .list(.null): CoreMessage.typeList
        case .list(let item): Phrase(CoreMessage.typeListOf, ["items": item.items])
        }
    }

    /// « de textes », "texts": the items of a list of this type.
    private var items: CoreMessage {
        switch self {
        case .text: .itemsText
        case .number: .itemsNumber
        case .date: .itemsDate
        case .duration: .itemsDuration
        case .bool: .itemsBool
        case .null: .itemsNull
        case .record: .itemsRecord
        case .answer: .itemsAnswer
        case .lexicon: .itemsLexicon
        case .list: .itemsList
        }
    }
}

extension LinearRegex.Feature {
    /// What the pattern uses, as a workshop author would call it.
    var phrase: any MessageArgument {
        switch self {
        case .backReferences: CoreMessage.regexBackReferences
        case .lookArounds: CoreMessage.regexLookArounds
        case .possessiveQuantifiers: CoreMessage.regexPossessiveQuantifiers
        case .atomicGroups: CoreMessage.regexAtomicGroups
        case .inlineOptions: CoreMessage.regexInlineOptions
        case .escape(let letter): Phrase(CoreMessage.regexEscape, ["escape": "\\" + String(letter)])
        }
    }
}

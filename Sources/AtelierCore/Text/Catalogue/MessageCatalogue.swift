/// The messages of one module: one key per sentence, and one table per language.
///
/// A module lists its messages as the cases of an enum and gives each language a table of
/// templates, where `{name}` stands for an argument and `{{` / `}}` for a literal brace:
///
/// ```swift
/// enum StoreMessage: String, MessageCatalogue {
///     case notFound  // {path}
/// }
/// extension StoreMessage {  // StoreMessage+French.swift
///     static let french: [StoreMessage: String] = [.notFound: "Il n'y a pas de fichier de session « {path} »."]
/// }
/// extension StoreMessage {  // StoreMessage+English.swift
///     static let english: [StoreMessage: String] = [.notFound: "There is no session file “{path}”."]
/// }
///
/// StoreMessage.notFound.text(language, ["path": path])
/// ```
///
/// A message is never written inline (`fr ? "…" : "…"`): a third language is one more table per
/// module. The catalogue tests check that every table has every key, with the same placeholders.
public protocol MessageCatalogue: MessageArgument, RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// Every message in French, Atelier's first language.
    static var french: [Self: String] { get }
    /// Every message in English.
    static var english: [Self: String] { get }
    /// True when the texts are typeset in the language's typography before they are filled in (the
    /// documents' words: narrow no-break spaces in French); false for the terminal's.
    static var typesetsFrench: Bool { get }
}

extension MessageCatalogue {
    public static var typesetsFrench: Bool { false }

    /// The table of one language.
    public static func table(_ language: Language) -> [Self: String] {
        switch language {
        case .fr: french
        case .en: english
        }
    }

    /// The message in `language`, its `{placeholders}` replaced by `arguments`.
    ///
    /// A key missing from the table falls back to French, then to the key's name; a placeholder
    /// without an argument stays as written. Both are caught by the catalogue tests, and stop a
    /// debug build at once.
    public func text(_ language: Language, _ arguments: [String: any MessageArgument] = [:]) -> String {
        guard let template = Self.table(language)[self] ?? Self.french[self] else {
            assertionFailure("no \(language) message for \(Self.self).\(rawValue)")
            return rawValue
        }
        let typeset = Self.typesetsFrench ? language.typeset(template) : template
        return MessageTemplate.fill(typeset, arguments.mapValues { $0.text(in: language) }, key: "\(Self.self).\(rawValue)")
    }

    /// The text of the table as written, placeholders unfilled (typeset when the catalogue is): for a
    /// document's label a template may show as it is.
    public func template(_ language: Language) -> String {
        let text = Self.table(language)[self] ?? Self.french[self] ?? rawValue
        return Self.typesetsFrench ? language.typeset(text) : text
    }

    /// The message without arguments, as the argument of another message.
    public func text(in language: Language) -> String { text(language) }

    /// `one` or `other` as `count` asks in `language` (« 1 erreur », "0 errors"), with `count` among
    /// the arguments.
    public static func plural(_ count: Int, one: Self, other: Self, _ language: Language,
                              _ arguments: [String: any MessageArgument] = [:]) -> String {
        var all = arguments
        all["count"] = count
        return (language.takesSingular(count) ? one : other).text(language, all)
    }

    /// What is wrong with this catalogue's tables: a key missing from a language, or placeholders
    /// that differ from the French ones. Empty when the catalogue is complete.
    package static var inconsistencies: [String] {
        var problems: [String] = []
        for key in allCases {
            guard let french = Self.french[key] else {
                problems.append("\(Self.self).\(key.rawValue) has no French text")
                continue
            }
            let expected = MessageTemplate.placeholders(in: french)
            for language in Language.allCases where language != .fr {
                guard let text = table(language)[key] else {
                    problems.append("\(Self.self).\(key.rawValue) has no \(language) text")
                    continue
                }
                let found = MessageTemplate.placeholders(in: text)
                if found != expected {
                    problems.append("\(Self.self).\(key.rawValue): the \(language) text has \(found.sorted()), French has \(expected.sorted())")
                }
            }
        }
        return problems
    }
}

/// What can fill a message's `{placeholder}`: a text or a number as it is, or another message
/// (a catalogue key, a `Phrase`), written in the same language.
public protocol MessageArgument {
    func text(in language: Language) -> String
}

extension String: MessageArgument {
    public func text(in language: Language) -> String { self }
}

extension Substring: MessageArgument {
    public func text(in language: Language) -> String { String(self) }
}

extension Int: MessageArgument {
    public func text(in language: Language) -> String { String(self) }
}

/// A message with its arguments, not yet in a language: the argument of another message
/// (« clé inconnue `x` {place} »), or a sentence to say later.
public struct Phrase: MessageArgument {
    private let render: (Language) -> String

    public init<Key: MessageCatalogue>(_ key: Key, _ arguments: [String: any MessageArgument] = [:]) {
        render = { key.text($0, arguments) }
    }

    public func text(in language: Language) -> String { render(language) }
}

/// `{name}` placeholders in a message template; `{{` and `}}` are literal braces.
package enum MessageTemplate {
    /// The template with each `{name}` replaced by its argument.
    static func fill(_ template: String, _ arguments: [String: String], key: String) -> String {
        guard template.contains("{") || template.contains("}") else { return template }
        var out = ""
        for piece in pieces(template) {
            switch piece {
            case .literal(let text): out += text
            case .placeholder(let name):
                if let value = arguments[name] {
                    out += value
                } else {
                    assertionFailure("\(key): no argument for {\(name)}")
                    out += "{\(name)}"
                }
            }
        }
        return out
    }

    /// The names of the placeholders of a template.
    package static func placeholders(in template: String) -> Set<String> {
        Set(pieces(template).compactMap { if case .placeholder(let name) = $0 { name } else { nil } })
    }

    private enum Piece {
        case literal(String)
        case placeholder(String)
    }

    private static func pieces(_ template: String) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            let next = template.index(after: index)
            if (character == "{" || character == "}"), next < template.endIndex, template[next] == character {
                literal.append(character)
                index = template.index(after: next)
                continue
            }
            if character == "{", let close = template[next...].firstIndex(of: "}") {
                pieces.append(.literal(literal))
                literal = ""
                pieces.append(.placeholder(String(template[next..<close])))
                index = template.index(after: close)
                continue
            }
            literal.append(character)
            index = next
        }
        pieces.append(.literal(literal))
        return pieces
    }
}

/// A language Atelier speaks: the script's, the session's, or the one asked for.
///
/// Adding a language means a case here, its plural rule below, and one table in each module's
/// message catalogue (see `MessageCatalogue`).
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// French, Atelier's first language.
    case fr
    /// English, complete.
    case en

    /// The language of every message of a command, chosen in one place:
    /// 1. `--lang` when it is given;
    /// 2. otherwise the language of the script or session the command works on;
    /// 3. otherwise the environment's locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first
    ///    one set and not empty): French for `fr…`, English for anything else (`C`, `de_DE`, unset).
    public static func chosen(flag: Language?, document: Language?, environment: [String: String]) -> Language {
        flag ?? document ?? locale(environment)
    }

    /// The locale's language as POSIX orders the variables: French only for `fr…`.
    public static func locale(_ environment: [String: String]) -> Language {
        let name = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return name.lowercased().hasPrefix("fr") ? .fr : .en
    }

    /// True when `count` takes the singular: French says « 0 point, 1 point, 2 points », English
    /// "0 points, 1 point, 2 points".
    public func takesSingular(_ count: Int) -> Bool {
        switch self {
        case .fr: abs(count) < 2
        case .en: abs(count) == 1
        }
    }

    /// `text` in the language's typography (French: narrow no-break spaces before ; : ! ? % and
    /// inside « »), for the text Atelier writes itself, never the client's.
    package func typeset(_ text: String) -> String {
        switch self {
        case .fr: Typography.french(text)
        case .en: text
        }
    }
}

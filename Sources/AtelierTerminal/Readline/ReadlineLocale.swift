#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// readline decodes keystrokes in the LC_CTYPE locale. Without a UTF-8 locale (no locale variable
/// at all, as under `env -i`, or LANG=C) it takes "é" for two meta keys and "équipe" arrives as
/// "quipe". Atelier reads and writes UTF-8 whatever the locale, so readline must too.
enum ReadlineLocale {
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"]

    static func ensureUTF8(environment: [String: String]) {
        setlocale(LC_CTYPE, "")
        if isUTF8() { return }
        guard let chosen = fallbacks.first(where: { setlocale(LC_CTYPE, $0) != nil }) else { return }
        // readline re-applies LC_ALL / LC_CTYPE / LANG from the environment at every call; when one
        // of them names a non-UTF-8 locale, point it at the one chosen here.
        if let all = environment["LC_ALL"], !all.isEmpty {
            setenv("LC_ALL", chosen, 1)
        } else if environment["LC_CTYPE"].map({ !$0.isEmpty }) == true
                    || environment["LANG"].map({ !$0.isEmpty }) == true {
            setenv("LC_CTYPE", chosen, 1)
        }
    }

    static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}

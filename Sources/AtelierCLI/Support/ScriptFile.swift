import ArgumentParser
import AtelierCore
import AtelierStore
import Foundation

/// A workshop script read from disk and loaded, or the diagnostics explaining why not.
struct ScriptFile {
    var path: String
    var source: String
    var bytes: [UInt8]
    var workshop: Workshop

    /// Reads and loads `path`; prints `file:line:column: error: …` with the source line and a caret,
    /// and throws exit status 1, when the script has errors.
    static func load(_ path: String) throws -> ScriptFile {
        let language = Console.language
        let bytes: [UInt8]
        switch InputFile.read(path, limit: InputFile.scriptLimit) {
        case .success(let read): bytes = read
        case .failure(.notFound):
            throw Console.fail(Console.t(language, "le script \(path) est introuvable. Les scripts livrés sont dans workshops/.",
                                         "no script at \(path). The shipped scripts are in workshops/."))
        case .failure(let error):
            throw Console.fail(error.message(language))
        }
        guard let source = String(validating: bytes, as: UTF8.self) else {
            // Not UTF-8: the loader says where the first bad byte is.
            let result = WorkshopLoader.load(bytes: bytes, file: path, fallbackLanguage: language)
            Console.err(DiagnosticPrinter.text(result.diagnostics, sources: [:], color: false))
            throw ExitCode.failure
        }
        return try load(source: source, bytes: bytes, path: path)
    }

    /// Loads a script whose text is already at hand (the copy kept in a journal). A script
    /// checked by an earlier run comes from the cache of checked scripts instead.
    static func load(source: String, bytes: [UInt8], path: String) throws -> ScriptFile {
        let cache = ScriptCache(directory: ScriptCache.standardDirectory(), toolVersion: AtelierVersion.current)
        if let workshop = cache.workshop(scriptBytes: bytes, file: path) {
            return ScriptFile(path: path, source: source, bytes: bytes, workshop: workshop)
        }
        let result = WorkshopLoader.load(source: source, file: path, fallbackLanguage: Console.language)
        guard let workshop = result.workshop, !result.diagnostics.hasErrors else {
            let color = isatty(STDERR_FILENO) != 0 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            Console.err(DiagnosticPrinter.text(result.diagnostics, sources: [path: source], color: color))
            throw ExitCode.failure
        }
        cache.store(workshop, scriptBytes: bytes)
        return ScriptFile(path: path, source: source, bytes: bytes, workshop: workshop)
    }
}

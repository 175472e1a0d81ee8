import ArgumentParser
import AtelierCore
import AtelierStore

/// What commands that take a session accept: a path, or a session of the library by its id (or
/// the start of it), by `client/date`, or by its file name.
enum SessionReference {
    /// The journal a reference names, or one sentence saying why there is none.
    static func resolve(_ reference: String, language: Language = Console.language) throws -> String {
        switch SessionLibrary().resolve(reference) {
        case .found(let path): return path
        case .none:
            // Let the reader say what is wrong with a path (missing, a folder…).
            if reference.contains("/") || reference.hasSuffix(".jsonl") { return reference }
            throw Console.fail(LibraryText.noSuchSession(reference, library: SessionLibrary().home, language))
        case .ambiguous(let paths):
            throw Console.fail(LibraryText.ambiguousSession(reference, paths: paths, language))
        }
    }
}

import AtelierCore
import AtelierStore

/// What commands that take a session accept: a path, or a session of the library by its id (or
/// the start of it), by `client/date`, or by its file name.
enum SessionReference {
    /// The journal a reference names, or one located error saying why there is none.
    static func resolve(_ reference: String, in context: CommandContext) throws -> String {
        let library = SessionLibrary(environment: context.environment)
        switch library.resolve(reference) {
        case .found(let path): return path
        case .none:
            // Let the reader say what is wrong with a path (missing, a folder…), unless it reads as client/date.
            if (reference.contains("/") || reference.hasSuffix(".jsonl")) && !looksLikeClientAndDate(reference) { return reference }
            throw CommandFailure(.fileAccess, CLIMessage.sessionNotFound.text(context.language(), ["reference": reference, "library": library.home]))
        case .ambiguous(let paths):
            throw CommandFailure(.usage, CLIMessage.sessionAmbiguous.text(context.language(), [
                "reference": reference, "paths": paths.map { "\n  " + $0 }.joined(),
            ]))
        }
    }

    /// `acme-industrie/2026-11-24`, `acme/2026-11`: one slash, a year after it, no `.jsonl`.
    static func looksLikeClientAndDate(_ reference: String) -> Bool {
        let parts = reference.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !reference.hasSuffix(".jsonl") else { return false }
        let date = parts[1]
        return date.count >= 4 && date.prefix(4).allSatisfy(\.isNumber) && date.allSatisfy { $0.isNumber || $0 == "-" }
    }
}

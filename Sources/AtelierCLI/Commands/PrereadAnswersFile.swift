import AtelierCore
import AtelierStore
import Foundation

/// A returned questionnaire, read for `atelier run --preread`: a regular file of bounded size,
/// then checked against the script. Every problem is one located sentence (the one printer shows
/// the line and a caret), the exit status is 1, and no session file is created: nothing is lost.
enum PrereadAnswersFile {
    static func read(_ path: String, workshop: Workshop, client: String?, in context: CommandContext) throws -> PrereadReturn {
        let language = workshop.language
        let bytes: [UInt8]
        switch InputFile.read(path, limit: PrereadFormat.sizeLimit) {
        case .success(let read): bytes = read
        case .failure(.tooLarge):
            throw CommandFailure(.problemsFound, CLIMessage.prereadTooLarge.text(language, [
                "megabytes": PrereadFormat.sizeLimit / (1024 * 1024),
            ]), file: path)
        case .failure(let error): throw error.failure(language)
        }
        // The session's day, as its header will say it (a rehearsal can fix it with ATELIER_TODAY).
        let today = context.environment["ATELIER_TODAY"].flatMap(Day.init(iso:)) ?? WallClock.day(Date())
        switch PrereadReader.read(bytes, file: path, workshop: workshop, client: client, today: today) {
        case .success(let answers):
            return answers
        case .failure(let problem):
            // A line too long to read (a file written on one line) is not shown: the place says where.
            let source = String(decoding: bytes, as: UTF8.self)
            if let line = problem.location?.line,
               let text = source.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(max(0, line - 1)).first,
               text.unicodeScalars.count <= 240 {
                context.printer.show(source: source, of: path)
            }
            throw CommandFailure(.problemsFound, [problem.diagnostic(language)])
        }
    }
}

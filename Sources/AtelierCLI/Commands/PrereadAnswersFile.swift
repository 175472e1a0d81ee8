import ArgumentParser
import AtelierCore
import AtelierStore
import Foundation

/// A returned questionnaire, read for `atelier run --preread`: a regular file of bounded size,
/// then checked against the script. Every problem is one located sentence (the printer shows the
/// line and a caret), the exit status is 1, and no session file is created: nothing is lost.
enum PrereadAnswersFile {
    static func read(_ path: String, workshop: Workshop, client: String?) throws -> PrereadReturn {
        let language = workshop.language
        let bytes: [UInt8]
        switch InputFile.read(path, limit: PrereadFormat.sizeLimit) {
        case .success(let read): bytes = read
        case .failure(.tooLarge): throw Console.fail(CLIText.prereadTooLarge(path, language))
        case .failure(let error): throw Console.fail(error.message(language))
        }
        switch PrereadReader.read(bytes, file: path, workshop: workshop, client: client) {
        case .success(let answers):
            return answers
        case .failure(let problem):
            let color = isatty(STDERR_FILENO) != 0 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            Console.err(problem.printed(source: String(decoding: bytes, as: UTF8.self), language, color: color))
            throw ExitStatus.failure
        }
    }
}

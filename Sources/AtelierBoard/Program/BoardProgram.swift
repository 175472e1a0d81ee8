#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import AtelierCore
import AtelierStore
import Foundation

/// `atelier-board`: the room's live board as a program of its own, built beside `atelier`. The
/// board's HTTP server (FlyingFox) brings Foundation's networking part and libcurl with it; in a
/// program of their own, they cost nothing to `atelier`'s start-up. `atelier run/resume --board`
/// and `atelier board` start this program and supervise it; it can also be run by hand:
///
///     atelier-board SESSION [--address ADDRESS] [--workshop SCRIPT]   until Ctrl-C or SIGTERM
///     atelier-board --check-address ADDRESS [--lang fr|en]            exit status 0, or why not
///
/// Started by `atelier` (`--supervised`), its standard input is a pipe that `atelier` holds: when
/// it closes — the session ended, or `atelier` died, however it died — the board stops. Once it
/// listens, it writes its addresses on descriptor 3, on one line separated by spaces. With
/// `--live`, a session of that `atelier` is writing the journal: its clocks tick on, and Ctrl-C
/// belongs to the session (it clears the line being typed), never to the board.
public enum BoardProgram {
    public static func main(_ arguments: [String]) -> Never {
        guard let options = BoardProgramOptions(arguments) else {
            fail(BoardText.of(Language.chosen(flag: nil, document: nil, environment: ProcessInfo.processInfo.environment))(.programUsage),
                 status: usageStatus)
        }
        if let text = options.checkAddress {
            do throws(BoardAddress.Problem) {
                let address = try BoardAddress(parsing: text)
                // Bound and let go: a port already taken is said before any session file exists.
                if let code = address.bindingProblem() {
                    fail(BoardFailure.cannotListen(address: address, systemError: code).message(options.messageLanguage))
                }
                exit(0)
            } catch {
                fail(error.message(options.messageLanguage))
            }
        }
        // Before any thread starts, so that every thread of the board inherits it: the signals that
        // stop the board wait for `sigwait` below, and the board stops cleanly (connections closed).
        let stops = blockStopSignals(live: options.live)
        guard let session = options.session else { fail(BoardText.of(options.messageLanguage)(.programUsage), status: usageStatus) }
        let (header, workshop) = readSession(session, script: options.workshop, language: options.messageLanguage)
        let language = header.language
        let text = BoardText.of(language)
        var address = BoardAddress.local
        if let given = options.address {
            do throws(BoardAddress.Problem) { address = try BoardAddress(parsing: given) } catch { fail(error.message(language)) }
        }
        // Beside a live session of the `atelier` that started it, the session is being written; else
        // the board asks the system whether some Atelier holds the journal's lock.
        let live: (@Sendable () -> Bool)? = options.live ? { @Sendable in true } : nil
        let board: Board
        do throws(BoardFailure) {
            board = try Board(following: session, header: header, workshop: workshop, address: address, live: live)
        } catch {
            fail(error.message(language))
        }
        for url in board.urls { say(text(board.isOnNetwork ? .openedOnNetwork : .opened, ["url": url])) }
        if board.isOnNetwork { say(text(.unencrypted)) }
        if !options.live { say(text(.followingReadOnly, ["session": session]) + "\n" + text(.stopHint)) }
        if options.supervised {
            report(board.urls)
            watchLifeline()
        }
        var received: Int32 = 0
        _ = withUnsafePointer(to: stops) { sigwait($0, &received) }
        board.stop()
        exit(0)
    }

    /// The session's header, and its script: the copy the journal keeps, or `script` for a journal
    /// without one; in the session's language (a session run with `--lang` speaks it on its board too).
    static func readSession(_ session: String, script: String?, language: Language) -> (JournalHeader, Workshop) {
        let journal: JournalReadResult
        switch JournalReader.read(path: session) {
        case .success(let read): journal = read
        case .failure(let error): fail((error.path.map { "\($0): " } ?? "") + error.message(language), status: fileStatus)
        }
        let text = BoardText.of(journal.header?.language ?? language)
        guard let header = journal.header else {
            fail(text(.notFollowable, ["session": session, "reason": text(.noSessionHeader)]))
        }
        var source = header.scriptSource
        if source == nil, let script, case .success(let bytes) = InputFile.read(script, limit: InputFile.scriptLimit) {
            source = String(validating: bytes, as: UTF8.self)
        }
        let file = script ?? header.scriptPath ?? header.workshopID
        guard let source, var workshop = WorkshopLoader.load(source: source, file: file, language: header.language).workshop else {
            fail(text(.notFollowable, ["session": session, "reason": text(.scriptUnreadable, ["script": file])]))
        }
        workshop.language = header.language
        return (header, workshop)
    }

    /// Blocks the signals that stop the board in this thread and the threads it starts, with their
    /// default action restored (a shell's `&` starts programs with SIGINT ignored, and an ignored
    /// signal is never waited for); returns the set to `sigwait` on. Beside a live session, SIGINT
    /// stays blocked and is not waited for: Ctrl-C is the session's.
    static func blockStopSignals(live: Bool) -> sigset_t {
        var blocked = sigset_t(), waited = sigset_t()
        sigemptyset(&blocked)
        sigemptyset(&waited)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_DFL)
            sigaddset(&blocked, number)
            if !(live && number == SIGINT) { sigaddset(&waited, number) }
        }
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
        return waited
    }

    /// Tells `atelier` where the board listens: one line on descriptor 3, which is then closed.
    static func report(_ urls: [String]) {
        let line = Array((urls.joined(separator: " ") + "\n").utf8)
        _ = line.withUnsafeBytes { write(3, $0.baseAddress, $0.count) }
        close(3)
    }

    /// Standard input is the pipe `atelier` holds: at its end (the session ended, `atelier` died)
    /// the board stops, through the same SIGTERM a person would send.
    static func watchLifeline() {
        let thread = Thread {
            var byte: UInt8 = 0
            while read(STDIN_FILENO, &byte, 1) > 0 {}
            kill(getpid(), SIGTERM)
        }
        thread.name = "atelier-board-lifeline"
        thread.start()
    }

    /// A line on standard output (where `atelier` prints too, so the lines come in order).
    static func say(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// The exit statuses, as `atelier`'s table has them (`ExitStatus`): 1 the board did not start
    /// (an address refused, a session it cannot follow), 2 a wrong command line, 3 a session file
    /// that cannot be read. `atelier board` ends with the board's status.
    static let usageStatus: Int32 = 2
    static let fileStatus: Int32 = 3

    /// `atelier: <sentence>` on standard error, then the exit status (1: the board did not start).
    static func fail(_ message: String, status: Int32 = 1) -> Never {
        let bytes = Array(("atelier: " + SafeText.clean(message) + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        exit(status)
    }
}

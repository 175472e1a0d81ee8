#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import AtelierCore
import Foundation

/// How a board program ended, or why it never said where it listens.
enum BoardEnding: Equatable {
    case systemError(Int32)
    case signal(Int32)
    case status(Int32)
    /// It said nothing for this many seconds.
    case silent(Int)
}

/// The board program (`atelier-board`) running beside this `atelier`, supervised.
///
/// Its standard input is the read end of a pipe only this process holds (its lifeline): when this
/// process closes it — at the end of the session — or dies, however it dies, the board sees the
/// end of its input and stops. Its addresses come back on a second pipe (its descriptor 3); it
/// prints them itself, on the same standard output, before anything else of the session.
final class BoardProcess {
    /// Where the board listens, as the board printed them.
    private(set) var urls: [String] = []
    private let pid: pid_t
    private var lifeline: Int32
    private var ending: BoardEnding?

    private init(pid: pid_t, lifeline: Int32) {
        self.pid = pid
        self.lifeline = lifeline
    }

    /// How long a board may take to say where it listens.
    static let startTimeout = 30

    /// Starts the board of `session` on `address` (nil: the board's default). `live`: a session of
    /// this process writes the journal (the board's clocks tick, and Ctrl-C stays the session's: the
    /// board starts with SIGINT blocked). `script`: for a journal that keeps no copy of its script.
    static func start(session: String, address: String?, script: String?, live: Bool, in context: CommandContext,
                      language: Language) throws -> BoardProcess {
        let program = try BoardLauncher.program(language: language)
        func failed(_ ending: BoardEnding) -> CommandFailure {
            if ending == .status(1) { return CommandFailure(.problemsFound, []) }  // the board program said why
            return CommandFailure(.problemsFound, [didNotStart(ending, program: program, language: language)])
        }
        var arguments = [session, "--supervised"]
        if let address { arguments += ["--address", address] }
        if let script { arguments += ["--workshop", script] }
        if live { arguments.append("--live") }
        guard let lifeline = pipeForChild(), let report = pipeForChild() else { throw failed(.systemError(errno)) }
        let spawned = spawn(program, arguments, lifeline: lifeline.read, report: report.write, blockInterrupt: live)
        close(lifeline.read)
        close(report.write)
        defer { close(report.read) }
        let pid: pid_t
        switch spawned {
        case .success(let started): pid = started
        case .failure(let error):
            close(lifeline.write)
            throw failed(.systemError(error.code))
        }
        let board = BoardProcess(pid: pid, lifeline: lifeline.write)
        switch readLine(report.read, seconds: startTimeout) {
        case .line(let line):
            board.urls = line.split(separator: " ").map(String.init)
            return board
        case .end:
            throw failed(board.stop(timeout: 2))
        case .timeOut:
            board.stop(timeout: 0)
            throw failed(.silent(startTimeout))
        }
    }

    /// The board program did not start, or ended on its own: why, located at the program.
    static func didNotStart(_ ending: BoardEnding, program: String = BoardLauncher.besideThisProgram(),
                            language: Language) -> Diagnostic {
        let reason: String = switch ending {
        case .systemError(let code): SystemErrorText.describe(code, language)
        case .signal(let number): CLIMessage.boardStoppedBySignal.text(language, ["number": Int(number)])
        case .status(let status): CLIMessage.boardExitStatus.text(language, ["status": Int(status)])
        case .silent(let seconds): CLIMessage.boardSilent.text(language, ["seconds": seconds])
        }
        return .error(CLIMessage.boardDidNotStart.text(language, ["reason": reason]), at: SourceLocation(file: program))
    }

    /// Closes the lifeline and waits for the board to stop (it shows the session's last event
    /// first); one that does not within `timeout` seconds is stopped by force. How it ended.
    @discardableResult
    func stop(timeout: Double = 5) -> BoardEnding {
        if let ending { return ending }
        if lifeline >= 0 {
            close(lifeline)
            lifeline = -1
        }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() >= deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                break
            }
            usleep(10_000)
        }
        let ended = Self.ending(status)
        ending = ended
        return ended
    }

    /// Runs the board program to its end (`--check-address`), its output shown as it comes.
    static func runToEnd(_ program: String, _ arguments: [String]) -> BoardEnding {
        switch spawn(program, arguments, lifeline: nil, report: nil, blockInterrupt: false) {
        case .failure(let error): return .systemError(error.code)
        case .success(let pid):
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return ending(status)
        }
    }

    private static func ending(_ status: Int32) -> BoardEnding {
        let signal = status & 0x7f
        return signal == 0 ? .status((status >> 8) & 0xff) : .signal(signal)
    }

    /// A pipe whose two ends this process does not pass on to its other children.
    private static func pipeForChild() -> (read: Int32, write: Int32)? {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    /// Starts `program` with `lifeline` as its standard input and `report` as its descriptor 3 (both
    /// left as they are when nil); standard output and error are this process's. Its signal mask
    /// is set, not inherited: empty, or SIGINT alone.
    private static func spawn(_ program: String, _ arguments: [String], lifeline: Int32?, report: Int32?,
                              blockInterrupt: Bool) -> Result<pid_t, SpawnError> {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        if let lifeline { posix_spawn_file_actions_adddup2(&actions, lifeline, STDIN_FILENO) }
        if let report { posix_spawn_file_actions_adddup2(&actions, report, 3) }
        var mask = sigset_t(), defaults = sigset_t()
        sigemptyset(&mask)
        if blockInterrupt { sigaddset(&mask, SIGINT) }
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([program] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        var terminated = argv + [nil]
        let code = posix_spawn(&pid, program, &actions, &attributes, &terminated, environ)
        return code == 0 ? .success(pid) : .failure(SpawnError(code: code))
    }

    struct SpawnError: Error { var code: Int32 }

    enum ReadLine { case line(String), end, timeOut }

    /// One line from `fd`, waiting at most `seconds`.
    private static func readLine(_ fd: Int32, seconds: Int) -> ReadLine {
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(Double(seconds))
        while true {
            let left = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, left)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return ready == 0 ? .timeOut : .end }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(fd, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return .end }
            bytes += chunk[..<count]
            if let newline = bytes.firstIndex(of: 0x0A) { return .line(String(decoding: bytes[..<newline], as: UTF8.self)) }
        }
    }
}

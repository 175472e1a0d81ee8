#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// SIGTERM, and SIGHUP (the terminal was closed), during a live session. Every acknowledged line is
/// already on disk, so there is nothing to save in a hurry: the handler only notes the signal and
/// wakes the line reader (a byte in a pipe its `poll` watches), and the session then ends the
/// ordinary way — pending writes flushed, the resume command said — with the conventional status
/// 128 + the signal's number.
public enum TerminationSignal {
    /// Installs the handlers once; call before the first line is read (readline keeps them as the
    /// handlers it restores).
    public static func watch() {
        guard wakeRead < 0 else { return }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        for fd in ends {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        wakeRead = ends[0]
        wakeWrite = ends[1]
        for signal in [SIGTERM, SIGHUP] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = terminationHandler
            #else
            action.__sigaction_u.__sa_handler = terminationHandler
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: a blocked read returns, and the reader sees why
            _ = sigaction(signal, &action, nil)
        }
        // A parent may have started Atelier with these signals blocked (the mask is inherited):
        // they would then wait, pending, for ever.
        var handled = sigset_t()
        sigemptyset(&handled)
        sigaddset(&handled, SIGTERM)
        sigaddset(&handled, SIGHUP)
        _ = sigprocmask(SIG_UNBLOCK, &handled, nil)
    }

    /// The signal that asked the session to end, if one came.
    public static var received: Int32? { receivedSignal == 0 ? nil : receivedSignal }

    /// A descriptor that becomes readable once a signal has come (-1 before `watch()`).
    public static var wakeDescriptor: Int32 { wakeRead }

    /// `SIGTERM`, `SIGHUP`…: the signal's name as people see it in `kill -l`.
    public static func name(_ signal: Int32) -> String {
        switch signal {
        case SIGTERM: "SIGTERM"
        case SIGHUP: "SIGHUP"
        case SIGINT: "SIGINT"
        default: "signal \(signal)"
        }
    }
}

nonisolated(unsafe) private var receivedSignal: sig_atomic_t = 0
nonisolated(unsafe) private var wakeRead: Int32 = -1
nonisolated(unsafe) private var wakeWrite: Int32 = -1

/// Async-signal-safe: stores the number and writes one byte to the wake pipe.
private let terminationHandler: @convention(c) (Int32) -> Void = { signal in
    receivedSignal = signal
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(wakeWrite, &byte, 1)
}

@preconcurrency import CReadline
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

// readline is one process-wide state machine driven through C callbacks, which cannot capture
// context; what they need lives here. Only one ReadlineInput is active at a time.

/// The completions the current session offers.
nonisolated(unsafe) var activeCompletionProvider: CompletionProvider?
nonisolated(unsafe) private var completionMatches: [String] = []
nonisolated(unsafe) private var completionMatchIndex = 0

/// Set by the SIGINT handler (the only thing it does); read between keystrokes.
nonisolated(unsafe) var interruptSignalled: sig_atomic_t = 0
/// Ctrl-C was seen during the current readline() call: it must end with `.interrupted`.
nonisolated(unsafe) var interruptPending = false

/// Ctrl-C. readline (rl_catch_signals = 1) catches SIGINT first, frees the line state, restores
/// the terminal and re-raises the signal to this handler synchronously, then re-prepares the
/// terminal. The handler only records the fact; the line is cleared in `readKey`, outside any
/// signal context.
let interruptHandler: @convention(c) (Int32) -> Void = { _ in
    interruptSignalled = 1
}

/// The terminal of standard input opened a second time, non-blocking (-1 when it could not be):
/// keys are read from it. A key `poll` announced can be gone by the time `read` runs — Ctrl-C
/// flushes the keys still queued, and its signal may already have been caught — and a blocking
/// read would then sleep until the next key. A descriptor of its own leaves standard input's
/// flags, which the shell shares, as they are.
nonisolated(unsafe) var keyDescriptor: Int32 = -1

/// How long the key reader sleeps at most before it looks again for a signal readline caught.
private let signalCheckMilliseconds: Int32 = 100

/// readline's `rl_getc_function`: one byte from the terminal. Unlike readline's own rl_getc,
/// which retries forever after a signal, it lets an interrupt end the current readline() call:
/// it clears the line and reports end of file, and `ReadlineInput` turns that into `.interrupted`.
let readKey: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { stream in
    guard let stream else { return EOF }
    let descriptor = keyDescriptor >= 0 ? keyDescriptor : fileno(stream)
    while true {
        // A signal readline caught while it was busy between two keys (echoing one, say) is only
        // noted by its handler: handle it now, or the poll below would sleep on it — Ctrl-C also
        // flushes the keys still queued, so no key would come to wake it.
        rl_check_signals()
        if interruptSignalled != 0 {
            interruptSignalled = 0
            interruptPending = true
        }
        if interruptPending {
            rl_replace_line("", 0)
            rl_point = 0
            return EOF
        }
        // SIGTERM or SIGHUP: the session ends (what was typed on this line was never acknowledged).
        if TerminationSignal.received != nil { return EOF }
        var watched = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: TerminationSignal.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        // A signal that lands between the check above and the poll is seen at the next wake-up.
        let ready = poll(&watched, TerminationSignal.wakeDescriptor >= 0 ? 2 : 1, signalCheckMilliseconds)
        if TerminationSignal.received != nil { return EOF }
        if ready == 0 { continue }
        if ready > 0 {
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            if count == 1 { return Int32(byte) }
            if count == 0 { return EOF }
            if count < 0 && errno == EAGAIN { continue }  // the key went (Ctrl-C flushed it): look again
        }
        // A signal arrived (window resize, Ctrl-Z, Ctrl-C, …): readline handles it at the top.
        if errno != EINTR && errno != EAGAIN { return EOF }
    }
}

/// readline's `rl_attempted_completion_function`: asks the provider, keeps matching candidates.
let attemptCompletion: @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, _ in
    rl_attempted_completion_over = 1  // never fall back to file names
    rl_completion_append_character = 0  // readline resets it before every attempt
    guard let text, let provider = activeCompletionProvider else { return nil }
    let word = String(cString: text)
    let lineBeforeCursor = currentLineBeforeCursor()
    completionMatches = CompletionMatcher.matches(for: word, among: provider(word, lineBeforeCursor))
    guard let matches = rl_completion_matches(text, completionGenerator) else { return nil }
    // With several matches readline substitutes their common prefix; when the matches differ
    // from what was typed in accents, that prefix can be shorter than the typed text: keep the text.
    if let common = matches[0], completionMatches.count > 1,
       !CompletionMatcher.fold(String(cString: common)).hasPrefix(CompletionMatcher.fold(word)) {
        free(common)
        matches[0] = strdup(text)
    }
    return matches
}

/// readline's generator: one match per call, strdup'd (readline frees them).
private let completionGenerator: @convention(c) (UnsafePointer<CChar>?, Int32)
    -> UnsafeMutablePointer<CChar>? = { _, state in
    if state == 0 { completionMatchIndex = 0 }
    guard completionMatchIndex < completionMatches.count else { return nil }
    defer { completionMatchIndex += 1 }
    return strdup(completionMatches[completionMatchIndex])
}

private func currentLineBeforeCursor() -> String {
    guard let buffer = rl_line_buffer, rl_point > 0 else { return "" }
    let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(rl_point))
    return String(decoding: bytes, as: UTF8.self)
}

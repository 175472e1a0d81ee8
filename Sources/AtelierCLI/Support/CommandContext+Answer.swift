import AtelierTerminal

extension CommandContext {
    /// One line typed in answer to a confirmation or a choice, outside a live session: from the
    /// piped lines, or from the terminal; nil at the end of the input.
    func readAnswer() -> String? {
        switch input {
        case .terminal:
            return Swift.readLine()
        case .lines(var lines):
            // The copy reads from the same source: what it takes is gone for the session too.
            if case .line(let text) = lines.readLine(prompt: "") { return text }
            return nil
        }
    }

    /// True when answers come from a person at a terminal (a question may be put to them).
    var isInteractive: Bool {
        if case .terminal = input { return true }
        return false
    }
}

import AtelierCore
import AtelierStore
import AtelierTerminal

/// The live session's journal: each event appended and fsynced before the next question. When
/// the disk refuses, the events stay in memory and are written as soon as it accepts again.
final class JournalAdapter: SessionJournal {
    let writer: JournalWriter
    let language: Language

    init(writer: JournalWriter, language: Language) {
        self.writer = writer
        self.language = language
    }

    func record(_ event: Event) -> String? {
        do {
            switch try writer.append(event) {
            case .saved, .pending: return nil
            case .recovered(let count):
                return CLIMessage.plural(count, one: .diskAcceptsAgainOne, other: .diskAcceptsAgainOther, language)
            }
        } catch {
            return error.message(language)
        }
    }

    /// The writer's last word: nil when everything is on disk, the located error otherwise.
    func close() -> Diagnostic? {
        do {
            try writer.close()
            return nil
        } catch {
            return error.diagnostic(language)
        }
    }
}

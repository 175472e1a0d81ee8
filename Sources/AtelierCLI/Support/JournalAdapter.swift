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
            case .saved: return nil
            case .pending: return nil
            case .recovered(let count):
                return language == .fr ? "Le disque accepte de nouveau : \(count) événement(s) en attente enregistré(s)."
                    : "The disk accepts writes again: \(count) pending event(s) saved."
            }
        } catch {
            return error.message(language)
        }
    }

    func close() -> String? {
        do {
            try writer.close()
            return nil
        } catch {
            return error.message(language)
        }
    }
}

import AtelierCore
import AtelierStore

/// The sentences the commands say, in French and English (a catalogue to grow; the older ones are
/// still written where they are used).
enum CLIText {
    private static func t(_ language: Language, _ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// Standard output refused a write.
    static func outputFailed(_ code: Int32, _ language: Language) -> String {
        t(language, "impossible d'écrire sur la sortie standard (\(SystemErrorText.describe(code, language))).",
          "cannot write to standard output (\(SystemErrorText.describe(code, language))).")
    }

    /// The live session's output refused a write: the session stops, saved.
    static func sessionOutputFailed(_ code: Int32, session: String, resume: String, _ language: Language) -> String {
        t(language, "impossible d'écrire sur la sortie standard (\(SystemErrorText.describe(code, language))) : la session s'arrête, tout ce qui a été saisi est enregistré dans \(session). Pour reprendre : \(resume)",
          "cannot write to standard output (\(SystemErrorText.describe(code, language))): the session stops; everything typed is saved in \(session). To resume: \(resume)")
    }

    /// A signal ended the live session.
    static func sessionInterrupted(_ signal: String, session: String, resume: String, _ language: Language) -> String {
        t(language, "Session interrompue (\(signal)) : tout ce qui a été saisi est enregistré dans \(session).\nPour reprendre : \(resume)",
          "Session interrupted (\(signal)): everything typed is saved in \(session).\nTo resume: \(resume)")
    }

    /// The disk refused to the end: the events are in the rescue file.
    static func rescued(_ count: Int, rescue: String, resume: String, _ language: Language) -> String {
        t(language, "Le disque refuse l'écriture : \(count) événement(s) non écrit(s) sont à l'abri dans \(rescue). Quand le disque le permet, lancez : \(resume) — Atelier les remet lui-même dans la session, dans l'ordre.",
          "The disk refuses writes: \(count) unwritten event(s) are safe in \(rescue). Once the disk allows, run: \(resume) — Atelier puts them back into the session itself, in order.")
    }

    /// The disk refused to the end and the rescue file could not be written either.
    static func rescueFailed(_ count: Int, reason: String, _ language: Language) -> String {
        t(language, "Le disque refuse l'écriture et la copie de secours a échoué (\(reason)) : \(count) événement(s) n'ont pas pu être enregistrés.",
          "The disk refuses writes and the rescue copy failed (\(reason)): \(count) event(s) could not be saved.")
    }

    /// `resume` merged a rescue file into the session.
    static func rescueMerged(_ count: Int, rescue: String, _ language: Language) -> String {
        t(language, "\(count) événement(s) de la copie de secours \(rescue) ont été remis dans la session, dans l'ordre ; la copie est supprimée.",
          "\(count) event(s) from the rescue copy \(rescue) were put back into the session, in order; the copy is removed.")
    }

    /// `export`/`replay` read a rescue file along with the session.
    static func rescueRead(_ count: Int, rescue: String, resume: String, _ language: Language) -> String {
        t(language, "\(count) événement(s) de la copie de secours \(rescue) sont repris à la suite de la session (pour les y écrire : \(resume)).",
          "\(count) event(s) from the rescue copy \(rescue) are taken after the session's own (to write them into it: \(resume)).")
    }

    /// `resume` could not write the rescued events into the session.
    static func rescueNotMerged(_ reason: String, _ language: Language) -> String {
        t(language, "la copie de secours n'a pas pu être remise dans la session (\(reason)) ; elle est gardée telle quelle, réessayez quand le disque le permet.",
          "the rescue copy could not be put back into the session (\(reason)); it is kept as it is: try again once the disk allows.")
    }

    /// `export` refuses: events land nowhere, or the script copy was edited.
    static func exportRefused(_ count: Int, _ language: Language) -> String {
        t(language, "\(count) problème(s) dans la session (ci-dessus) : la charte ne dirait pas tout ce qui a été enregistré, rien n'a été écrit. Pour exporter quand même : --force",
          "\(count) problem(s) in the session (above): the charter would not say everything recorded, so nothing was written. To export anyway: --force")
    }

    /// `--board` or `atelier board`: the board program is not beside `atelier`.
    static func boardProgramMissing(_ path: String, _ language: Language) -> String {
        t(language, "le tableau de la salle est un programme à part, atelier-board, et il n'est pas à côté d'atelier (\(path)). scripts/atelier construit les deux ; sinon : swift build -c release --product atelier-board.",
          "the room's board is a program of its own, atelier-board, and it is not beside atelier (\(path)). scripts/atelier builds both; or: swift build -c release --product atelier-board.")
    }

    /// The board program could not be started, or stopped before saying where it listens.
    static func boardDidNotStart(_ path: String, reason: String, _ language: Language) -> String {
        t(language, "le tableau de la salle n'a pas démarré (\(path) : \(reason)).",
          "the room's board did not start (\(path): \(reason)).")
    }

    /// Why the board program did not start: a system error, a signal, an exit status, a silence.
    static func boardEnding(_ ending: BoardEnding, _ language: Language) -> String {
        switch ending {
        case .systemError(let code): SystemErrorText.describe(code, language)
        case .signal(let number): t(language, "arrêté par le signal \(number)", "stopped by signal \(number)")
        case .status(let status): t(language, "statut de sortie \(status)", "exit status \(status)")
        case .silent(let seconds): t(language, "pas d'adresse après \(seconds) s", "no address after \(seconds) s")
        }
    }
}

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
}

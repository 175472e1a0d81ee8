import AtelierCore

/// The sentences `atelier replay --workshop` adds about wording (issue 10), in French and English.
/// They move into the CLI's message catalogue when it lands; none is written inline.
struct ReplayText {
    let language: Language

    private func t(_ french: String, _ english: String) -> String { language == .fr ? french : english }

    var rewordedQuestions: String { t("Questions, consignes et champs reformulés", "Questions, hints and fields reworded") }
    var rewordedRules: String { t("Règles dont la formulation a changé", "Rules whose wording changed") }

    func part(_ part: WordingChange.Part) -> String {
        switch part {
        case .question: t("question", "question")
        case .hint: t("consigne", "hint")
        case .why: t("pourquoi", "why")
        case .say: t("texte dit", "said")
        case .check: t("point de contrôle", "checkpoint")
        case .gapQuestion: t("question posée", "question asked")
        case .label: t("libellé", "label")
        }
    }

    /// `objectifs/q-objectifs — question : « avant » → « après »`.
    func line(_ change: WordingChange) -> String {
        let before = change.before.isEmpty ? t("(rien)", "(none)") : quoted(SafeText.line(change.before))
        let after = change.after.isEmpty ? t("(rien)", "(none)") : quoted(SafeText.line(change.after))
        return t("\(SafeText.line(change.place)) — \(part(change.part)) : \(before) → \(after)",
                 "\(SafeText.line(change.place)) — \(part(change.part)): \(before) → \(after)")
    }

    private func quoted(_ text: String) -> String { t("« \(text) »", "“\(text)”") }
}

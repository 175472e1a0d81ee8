/// What the session says about the pre-read questionnaire (`atelier run --preread`).
extension UIText {
    /// After the opening: how many answers the questionnaire brought.
    func prereadTaken(_ count: Int, file: String) -> String {
        t("Questionnaire préalable (\(file)) : \(count) réponse\(count > 1 ? "s" : "") du client reprise\(count > 1 ? "s" : "") dans la charte ; les points à éclaircir sont posés dans leur phase.",
          "Pre-read questionnaire (\(file)): \(count) of the client's answer\(count == 1 ? "" : "s") taken into the charter; the gaps they leave are asked in their phase.")
    }

    /// At the start of a phase, to the room: what the client wrote beforehand.
    var prereadRecall: String { t("Dans le questionnaire, vous aviez écrit :", "In the questionnaire, you wrote:") }

    /// Under the recall, for the consultant.
    var prereadRecallHint: String {
        t("(réponses du questionnaire préalable : /modifier pour les corriger, /charte pour tout revoir)",
          "(answers from the pre-read questionnaire: /edit to correct them, /charter to see everything)")
    }

    /// In `/charte`, beside a field the questionnaire filled.
    var prereadTag: String { t("(questionnaire)", "(questionnaire)") }

    /// In `/charte`, beside a field the questionnaire filled and the room changed since.
    var prereadChangedTag: String { t("(questionnaire, modifié en séance)", "(questionnaire, changed in the room)") }
}

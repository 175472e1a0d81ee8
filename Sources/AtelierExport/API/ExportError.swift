import AtelierCore
import AtelierStore

/// Why a charter could not be exported. Each case reads as one sentence for the consultant.
public enum ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A template file named explicitly (or by the workshop script) does not exist or cannot be read.
    case templateNotFound(path: String)
    /// A template cannot be used; line and column (1-based) are where the problem was made.
    case templateParse(file: String, line: Int, column: Int, problem: TemplateProblem)
    /// The default templates that ship with Atelier were not found beside the program.
    case defaultTemplatesMissing(searched: [String])
    /// A file or folder could not be written.
    case writeFailed(path: String, reason: String)
    /// `writeDefaultTemplates` would replace a template the consultant may have edited.
    case templateExists(path: String)
    /// The e-mail has no sender address.
    case missingSender
    /// An e-mail address given for the sender (`isSender`) or a recipient is not an address.
    case invalidAddress(String, isSender: Bool)
    /// The facilitator's copy would be e-mailed to others than its sender (the client): refused
    /// unless `ExportOptions.internalRecipients` says they are the consulting team.
    case facilitatorCopyToOthers([String])
    /// The e-mail would go to nobody: no one named in the session has an address other than the sender's.
    case noRecipient
    /// The DOCX package could not be assembled.
    case archiveFailed(reason: String)
    /// A template file or an output file was refused or failed (not a regular file, too large,
    /// a journal, a write error…): the store's sentence.
    case file(StoreError)

    /// The message in the workshop's language (French typeset: narrow no-break spaces).
    public func message(in language: Language) -> String {
        language == .fr ? Typography.french(text(in: .fr)) : text(in: .en)
    }

    private func text(in language: Language) -> String {
        switch (self, language) {
        case (.templateNotFound(let path), .fr):
            return "Le modèle \(path) est introuvable ou illisible."
        case (.templateNotFound(let path), .en):
            return "The template \(path) cannot be found or read."
        case (.templateParse(let file, let line, let column, let problem), .fr):
            return "\(file):\(line):\(column): erreur\u{202F}: \(problem.message(in: .fr))."
        case (.templateParse(let file, let line, let column, let problem), .en):
            return "\(file):\(line):\(column): error: \(problem.message(in: .en))."
        case (.defaultTemplatesMissing(let searched), .fr):
            return "Les modèles fournis avec Atelier sont introuvables (cherchés dans : \(searched.joined(separator: ", ")))."
        case (.defaultTemplatesMissing(let searched), .en):
            return "The templates that ship with Atelier are missing (looked in: \(searched.joined(separator: ", ")))."
        case (.writeFailed(let path, let reason), .fr):
            return "Impossible d'écrire \(path) : \(reason)."
        case (.writeFailed(let path, let reason), .en):
            return "Cannot write \(path): \(reason)."
        case (.templateExists(let path), .fr):
            return "\(path) existe déjà ; Atelier ne remplace pas un modèle que vous avez pu modifier."
        case (.templateExists(let path), .en):
            return "\(path) already exists; Atelier does not replace a template you may have edited."
        case (.missingSender, .fr):
            return "L'e-mail a besoin d'une adresse d'expéditeur : précisez-la avec --from."
        case (.missingSender, .en):
            return "The e-mail needs a sender address: give one with --from."
        case (.invalidAddress(let address, true), .fr):
            return "L'expéditeur «\u{202F}\(address)\u{202F}» n'est pas une adresse e-mail\u{202F}: écrivez --from \"Prénom Nom <adresse@domaine.fr>\" ou --from adresse@domaine.fr."
        case (.invalidAddress(let address, true), .en):
            return "The sender “\(address)” is not an e-mail address: write --from \"First Last <address@domain.com>\" or --from address@domain.com."
        case (.invalidAddress(let address, false), .fr):
            return "«\u{202F}\(address)\u{202F}» n'est pas une adresse e-mail\u{202F}; corrigez-la (plusieurs adresses se séparent par des virgules ou des points-virgules)."
        case (.invalidAddress(let address, false), .en):
            return "“\(address)” is not an e-mail address; correct it (several addresses are separated by commas or semicolons)."
        case (.facilitatorCopyToOthers(let recipients), .fr):
            return "La copie de l'animateur (notes, points de contrôle) partirait à \(recipients.joined(separator: ", "))\u{202F}: envoyez-la à vous seul (--to votre adresse), ou ajoutez --internal si ces destinataires sont votre équipe."
        case (.facilitatorCopyToOthers(let recipients), .en):
            return "The facilitator's copy (notes, checkpoints) would go to \(recipients.joined(separator: ", ")): send it to yourself only (--to your address), or add --internal if these recipients are your team."
        case (.noRecipient, .fr):
            return "Personne dans la session n'a d'adresse e-mail autre que celle de l'expéditeur : précisez les destinataires avec --to."
        case (.noRecipient, .en):
            return "Nobody in the session has an e-mail address other than the sender's: give the recipients with --to."
        case (.archiveFailed(let reason), .fr):
            return "Impossible d'assembler le document DOCX : \(reason)."
        case (.archiveFailed(let reason), .en):
            return "Cannot assemble the DOCX document: \(reason)."
        case (.file(let error), _):
            return error.message(language)
        }
    }

    public var description: String { message(in: .en) }
}

import AtelierCore

/// Why a charter could not be exported. Each case reads as one sentence for the consultant.
public enum ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A template file named explicitly (or by the workshop script) does not exist or cannot be read.
    case templateNotFound(path: String)
    /// A template is not valid Mustache; line and column are 1-based.
    case templateParse(file: String, line: Int, column: Int, reason: String)
    /// The default templates that ship with Atelier were not found beside the program.
    case defaultTemplatesMissing(searched: [String])
    /// A file or folder could not be written.
    case writeFailed(path: String, reason: String)
    /// `writeDefaultTemplates` would replace a template the consultant may have edited.
    case templateExists(path: String)
    /// The e-mail has no sender address.
    case missingSender
    /// The e-mail would go to nobody: no one named in the session has an address other than the sender's.
    case noRecipient
    /// The DOCX package could not be assembled.
    case archiveFailed(reason: String)

    /// The message in the workshop's language.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.templateNotFound(let path), .fr):
            return "Le modèle \(path) est introuvable ou illisible."
        case (.templateNotFound(let path), .en):
            return "The template \(path) cannot be found or read."
        case (.templateParse(let file, let line, let column, let reason), .fr):
            return "\(file):\(line):\(column): erreur : ce modèle Mustache est invalide (\(reason))."
        case (.templateParse(let file, let line, let column, let reason), .en):
            return "\(file):\(line):\(column): error: this Mustache template is invalid (\(reason))."
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
        case (.noRecipient, .fr):
            return "Personne dans la session n'a d'adresse e-mail autre que celle de l'expéditeur : précisez les destinataires avec --to."
        case (.noRecipient, .en):
            return "Nobody in the session has an e-mail address other than the sender's: give the recipients with --to."
        case (.archiveFailed(let reason), .fr):
            return "Impossible d'assembler le document DOCX : \(reason)."
        case (.archiveFailed(let reason), .en):
            return "Cannot assemble the DOCX document: \(reason)."
        }
    }

    public var description: String { message(in: .en) }

    /// As a located `Diagnostic` in `language`.
    public func diagnostic(_ language: Language) -> Diagnostic {
        .error(message(in: language), at: nil)
    }
}

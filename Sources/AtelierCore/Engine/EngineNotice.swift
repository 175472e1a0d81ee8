/// Something the engine says back about an event it was given.
public enum EngineNotice: Sendable, Hashable {
    /// The event names an item the script does not have (the script changed since the session).
    case unknownItem(String)
    /// The event names a phase the script does not have.
    case unknownPhase(String)
    /// The event names a section the script does not have.
    case unknownSection(String)
    /// The field or record the event writes to no longer exists.
    case pathGone(String)
    /// The value does not have the shape the field expects.
    case valueDoesNotFit(String)
    /// Nothing left to undo.
    case nothingToUndo
    /// No earlier answer to go back to.
    case nothingToGoBackTo
    /// A change to a section after it was locked: kept, and flagged.
    case lockedSectionChanged(section: String)
    /// The edited script a `migrate` event carries does not load: the session stays on its script.
    case editedScriptUnreadable

    /// True when the event names something the script does not have, or carries a value that does
    /// not fit: the event lands nowhere (an undo or a back with nothing to take back does not count:
    /// a consultant can type them at the start of a session).
    public var landsNowhere: Bool {
        switch self {
        case .unknownItem, .unknownPhase, .unknownSection, .pathGone, .valueDoesNotFit, .editedScriptUnreadable: true
        case .nothingToUndo, .nothingToGoBackTo, .lockedSectionChanged: false
        }
    }

    /// True when the event was not applied.
    public var rejectsEvent: Bool {
        switch self {
        case .lockedSectionChanged: false
        default: true
        }
    }

    public func message(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .unknownItem(let id):
            return fr ? "Cette question n'existe pas (ou plus) dans le script : \(id)." : "This question is not (or no longer) in the script: \(id)."
        case .unknownPhase(let id):
            return fr ? "Il n'y a pas de phase « \(id) » dans ce script." : "There is no phase “\(id)” in this script."
        case .unknownSection(let id):
            return fr ? "Il n'y a pas de section « \(id) » dans la charte." : "There is no section “\(id)” in the charter."
        case .pathGone(let path):
            return fr ? "Ce champ n'existe pas (ou plus) : \(path)." : "This field does not (or no longer) exist: \(path)."
        case .valueDoesNotFit(let id):
            return fr ? "Cette réponse n'a pas la forme attendue pour \(id)." : "This answer does not have the expected form for \(id)."
        case .nothingToUndo:
            return fr ? "Rien à annuler." : "Nothing to undo."
        case .nothingToGoBackTo:
            return fr ? "Aucune réponse précédente à reprendre." : "No earlier answer to go back to."
        case .lockedSectionChanged(let section):
            return fr ? "La section « \(section) » était verrouillée : la modification est gardée et signalée."
                : "The section “\(section)” was locked: the change is kept and flagged."
        case .editedScriptUnreadable:
            return fr ? "Le script modifié gardé dans cette session ne se charge pas : la session reste sur son script d'avant."
                : "The edited script kept in this session does not load: the session stays on its earlier script."
        }
    }
}

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
    var landsNowhere: Bool {
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

    /// What happened, in `language` (a diagnostic's style: lower case, no full stop).
    public func message(_ language: Language) -> String {
        switch self {
        case .unknownItem(let id): CoreMessage.noticeUnknownItem.text(language, ["id": id])
        case .unknownPhase(let id): CoreMessage.noticeUnknownPhase.text(language, ["id": id])
        case .unknownSection(let id): CoreMessage.noticeUnknownSection.text(language, ["id": id])
        case .pathGone(let path): CoreMessage.noticePathGone.text(language, ["path": path])
        case .valueDoesNotFit(let id): CoreMessage.noticeValueDoesNotFit.text(language, ["id": id])
        case .nothingToUndo: CoreMessage.noticeNothingToUndo.text(language)
        case .nothingToGoBackTo: CoreMessage.noticeNothingToGoBackTo.text(language)
        case .lockedSectionChanged(let section): CoreMessage.noticeLockedSectionChanged.text(language, ["section": section])
        case .editedScriptUnreadable: CoreMessage.noticeEditedScriptUnreadable.text(language)
        }
    }
}

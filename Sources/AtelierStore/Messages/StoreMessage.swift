import AtelierCore

/// Every sentence the store writes, with its arguments (`{name}` in the tables of
/// `StoreMessage+French.swift` and `StoreMessage+English.swift`). They are diagnostics, printed
/// after the session file's path: lower case, no full stop.
enum StoreMessage: String, MessageCatalogue {
    case notFound, permissionDenied, isDirectory, inUse, closed
    case unreadable               // {reason}
    case alreadyExists            // {resume}
    case cannotCreate             // {reason}
    case diskFull, readOnly       // {kept}
    case writeFailed              // {reason} {kept}
    case keptNone                 // {path}
    case keptOne                  // {when}
    case keptOther                // {count} {when}
    case whenPossible, whenWritable, whenNextEntry
    case unsavedOne               // {path}
    case unsavedOther             // {count} {path}
}

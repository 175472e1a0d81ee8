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
    // Files that are not what Atelier reads or writes
    case notARegularFile          // {kind}
    case tooLarge                 // {megabytes}
    case refusedTarget            // {reason}
    case cannotWrite              // {reason}
    case rescueUnusable           // {reason}
    case kindFolder, kindDevice, kindFifo, kindSocket, kindOther
    case refusedKind              // {kind}
    case refusedJournal, refusedJournalInUse, refusedSameAsSession
    case rescueNotThisSession
    case rescueDamagedLine        // {line}
    case rescueGap                // {after} {count}
    case rescueConflict           // {index}
}

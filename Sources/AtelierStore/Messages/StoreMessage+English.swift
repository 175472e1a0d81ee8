extension StoreMessage {
    static let english: [StoreMessage: String] = [
        .notFound: "no such session file",
        .permissionDenied: "Atelier is not allowed to read this file (file permissions)",
        .isDirectory: "this is a folder, not a session file",
        .inUse: "this session is already open in another Atelier; close that one first",
        .closed: "this session is already closed",
        .unreadable: "cannot read it: {reason}",
        .alreadyExists: "this file already exists; a new session never overwrites a file (to continue it: {resume})",
        .cannotCreate: "cannot create the session file: {reason}",
        .diskFull: "the disk is full: {kept}",
        .readOnly: "the session file or its folder is read-only: {kept}",
        .writeFailed: "writing failed ({reason}): {kept}",
        .keptNone: "cannot write to “{path}”",
        .keptOne: "the last answer is kept in memory and will be written {when}",
        .keptOther: "the last {count} answers are kept in memory and will be written {when}",
        .whenPossible: "as soon as possible",
        .whenWritable: "as soon as it is writable again",
        .whenNextEntry: "at the next entry",
        .unsavedOne: "the last answer could not be written to “{path}”",
        .unsavedOther: "the last {count} answers could not be written to “{path}”",
    ]
}

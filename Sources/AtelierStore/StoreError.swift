import AtelierCore

/// Why a session file could not be read or written. Each case is one sentence for the consultant
/// (`message(_:)`, from `StoreMessage`). Write failures keep the session usable: what was typed
/// stays in memory (`pending` events) and is written as soon as the disk accepts it.
public enum StoreError: Error, Sendable, Hashable {
    /// There is no file at `path`.
    case notFound(path: String)
    /// The system refuses to let Atelier read `path` (file permissions).
    case permissionDenied(path: String)
    /// `path` is a folder, not a session file.
    case isDirectory(path: String)
    /// Reading `path` failed for another reason (`errno` says which).
    case unreadable(path: String, errno: Int32)
    /// A file already exists at `path`: a new session never overwrites a file.
    case alreadyExists(path: String)
    /// The session file or its folder could not be created (`errno` says why).
    case cannotCreate(path: String, errno: Int32)
    /// Another Atelier process has this session open right now.
    case inUse(path: String)
    /// The disk is full; the last `pending` events are kept in memory and written when possible.
    case diskFull(path: String, pending: Int)
    /// The file, its folder or the disk is read-only; the last `pending` events are kept in memory.
    case readOnly(path: String, pending: Int)
    /// Writing failed for another reason (an I/O error…); the last `pending` events are kept in memory.
    case writeFailed(path: String, pending: Int, errno: Int32)
    /// The session is being closed while `pending` events still could not be written.
    case unsaved(path: String, pending: Int)
    /// The session was already closed; nothing more can be written to it.
    case closed(path: String)
    /// The file was read but its content is damaged or belongs to another script.
    case journal(JournalError)
    /// `path` is not a regular file (a device such as /dev/zero, a named pipe, a socket): Atelier
    /// reads and writes only regular files.
    case notARegularFile(path: String, kind: FileKind)
    /// `path` is larger than Atelier reads for this kind of file (`limit` bytes).
    case tooLarge(path: String, limit: Int)
    /// An output path Atelier refuses to replace: a folder, a device, a pipe, a socket, a session
    /// journal (the session's own, or one being written).
    case refusedTarget(path: String, reason: TargetRefusal)
    /// Writing an output file failed (`errno` says why); nothing was left at `path`.
    case cannotWrite(path: String, errno: Int32)
    /// A rescue file could not be read or merged (`detail` says why); it is left as it is.
    case rescueUnusable(path: String, detail: RescueProblem)

    /// The file concerned.
    public var path: String? {
        switch self {
        case let .notFound(path), let .permissionDenied(path), let .isDirectory(path), let .unreadable(path, _),
             let .alreadyExists(path), let .cannotCreate(path, _), let .inUse(path), let .diskFull(path, _),
             let .readOnly(path, _), let .writeFailed(path, _, _), let .unsaved(path, _), let .closed(path),
             let .notARegularFile(path, _), let .tooLarge(path, _), let .refusedTarget(path, _), let .cannotWrite(path, _),
             let .rescueUnusable(path, _):
            return path
        case let .journal(error):
            return error.file
        }
    }

    /// One sentence, without the file's path (a diagnostic puts it in front).
    public func message(_ language: Language) -> String {
        switch self {
        case .notFound: StoreMessage.notFound.text(language)
        case .permissionDenied: StoreMessage.permissionDenied.text(language)
        case .isDirectory: StoreMessage.isDirectory.text(language)
        case let .unreadable(_, code): StoreMessage.unreadable.text(language, ["reason": SystemErrorText.describe(code, language)])
        case let .alreadyExists(path): StoreMessage.alreadyExists.text(language, ["resume": "atelier resume \(ShellText.quoted(path))"])
        case let .cannotCreate(_, code): StoreMessage.cannotCreate.text(language, ["reason": SystemErrorText.describe(code, language)])
        case .inUse: StoreMessage.inUse.text(language)
        case let .diskFull(path, pending): StoreMessage.diskFull.text(language, ["kept": kept(pending, path, .whenPossible)])
        case let .readOnly(path, pending): StoreMessage.readOnly.text(language, ["kept": kept(pending, path, .whenWritable)])
        case let .writeFailed(path, pending, code):
            StoreMessage.writeFailed.text(language, [
                "reason": SystemErrorText.describe(code, language), "kept": kept(pending, path, .whenNextEntry),
            ])
        case let .unsaved(path, pending):
            StoreMessage.plural(pending, one: .unsavedOne, other: .unsavedOther, language, ["path": path])
        case .closed: StoreMessage.closed.text(language)
        case let .journal(error): error.message(language)
        case let .notARegularFile(_, kind): StoreMessage.notARegularFile.text(language, ["kind": kind.phrase])
        case let .tooLarge(_, limit): StoreMessage.tooLarge.text(language, ["megabytes": limit / (1024 * 1024)])
        case let .refusedTarget(_, reason): StoreMessage.refusedTarget.text(language, ["reason": reason.phrase])
        case let .cannotWrite(_, code): StoreMessage.cannotWrite.text(language, ["reason": SystemErrorText.describe(code, language)])
        case let .rescueUnusable(_, detail): StoreMessage.rescueUnusable.text(language, ["reason": detail.phrase])
        }
    }

    /// As a `Diagnostic` in `language`, about the session file (at its line for a damaged journal).
    public func diagnostic(_ language: Language) -> Diagnostic {
        if case let .journal(error) = self { return error.diagnostic(language) }
        return .error(message(language), at: path.map { SourceLocation(file: $0) })
    }

    /// What happens to the answers the disk refused.
    private func kept(_ pending: Int, _ path: String, _ when: StoreMessage) -> Phrase {
        switch pending {
        case 0: Phrase(StoreMessage.keptNone, ["path": path])
        case 1: Phrase(StoreMessage.keptOne, ["when": when])
        default: Phrase(StoreMessage.keptOther, ["count": pending, "when": when])
        }
    }
}

/// What a path is, when it is not a regular file.
public enum FileKind: Sendable, Hashable {
    case folder, device, fifo, socket, other

    var phrase: StoreMessage {
        switch self {
        case .folder: .kindFolder
        case .device: .kindDevice
        case .fifo: .kindFifo
        case .socket: .kindSocket
        case .other: .kindOther
        }
    }
}

/// Why an output path is refused.
public enum TargetRefusal: Sendable, Hashable {
    /// Not a regular file.
    case kind(FileKind)
    /// A session journal: replacing it would lose the session.
    case journal
    /// A journal a live session is writing right now (it holds the lock).
    case journalInUse
    /// The very session being exported.
    case sameAsSession

    var phrase: any MessageArgument {
        switch self {
        case .kind(let kind): Phrase(StoreMessage.refusedKind, ["kind": kind.phrase])
        case .journal: StoreMessage.refusedJournal
        case .journalInUse: StoreMessage.refusedJournalInUse
        case .sameAsSession: StoreMessage.refusedSameAsSession
        }
    }
}

/// Why a rescue file cannot be merged back.
public enum RescueProblem: Sendable, Hashable {
    /// It is not a rescue file of this session (another session id, or not a rescue file at all).
    case notThisSession
    /// A line of it is damaged (`line`).
    case damagedLine(Int)
    /// Its events follow event `after` of the session, which has only `count`.
    case gap(after: Int, count: Int)
    /// Its events disagree with the session's at event `index`.
    case conflict(index: Int)

    var phrase: any MessageArgument {
        switch self {
        case .notThisSession: StoreMessage.rescueNotThisSession
        case .damagedLine(let line): Phrase(StoreMessage.rescueDamagedLine, ["line": line])
        case let .gap(after, count): Phrase(StoreMessage.rescueGap, ["after": after, "count": count])
        case .conflict(let index): Phrase(StoreMessage.rescueConflict, ["index": index])
        }
    }
}

import AtelierCore
import AtelierStore

/// Every sentence the commands say themselves (the modules say the rest), with its arguments.
/// The texts are in `CLIMessage+French.swift` and `CLIMessage+English.swift`.
enum CLIMessage: String, MessageCatalogue {
    // Reading files
    case scriptNotFound           // located at the path
    case fileNotAllowed
    case fileIsFolder
    case fileUnreadable           // {reason}
    case cannotWrite              // {reason}
    case standardOutputFailed     // {reason}
    case exampleMissing
    case sessionScriptMissing     // {path}
    case noFreeSessionName

    // lint
    case lintNoProblems
    case lintErrorsOne, lintErrorsOther        // {count}
    case lintWarningsOne, lintWarningsOther    // {count}
    case lintFilesOne, lintFilesOther          // {count}
    case lintSummary                           // {problems} {files}

    // run, resume
    case diskAcceptsAgainOne, diskAcceptsAgainOther   // {count}
    case rescueSavedOne, rescueSavedOther     // {count} {resume}: located at the rescue file
    case rescueFailedOne, rescueFailedOther   // {count} {reason}
    case rescueMergedOne, rescueMergedOther   // {count}: located at the rescue file
    case rescueReadOne, rescueReadOther       // {count} {resume}: located at the rescue file
    case rescueNotMerged          // {reason}
    case sessionOutputFailed      // {reason} {resume}: located at the session
    case sessionInterrupted       // {signal} {resume}: located at the session
    case pipedRefusedOne, pipedRefusedOther       // {count} {lines}: located at the first refused line
    case pipedStrictStop          // {line}
    case pipedUnfinishedOne, pipedUnfinishedOther // {count} {phase}
    case pipedFirstMissing        // {question}

    // export
    case exportRefusedOne, exportRefusedOther // {count}

    // The room's board (the atelier-board program)
    case boardProgramMissing      // located at the path looked for
    case boardDidNotStart         // {reason}: located at the program
    case boardStoppedBySignal     // {number}
    case boardExitStatus          // {status}
    case boardSilent              // {seconds}

    // replay
    case transcriptSkipped, transcriptPreread, transcriptDontKnow, transcriptParked, transcriptBack, transcriptUndo
    case transcriptKeepGoing, transcriptResumed, transcriptSaved
    case transcriptDecision       // {text}
    case transcriptCheckpoint     // {question}
    case transcriptNote           // {text}
    case transcriptWillAnswer     // {owner}
    case transcriptEdited         // {path} {value}
    case transcriptParkRest       // {phase}
    case blockingOpenOne, blockingOpenOther   // {count}
    case openInAllOne, openInAllOther         // {count}
    case replaySummary            // {percent} {blocking} {open} {command}
    case comparisonTitle          // {session} {title}
    case comparisonNoLongerAsked, comparisonLandNowhere, comparisonNewGaps, comparisonClosedGaps, comparisonNoDifference
    case comparisonReadiness      // {before} {after}
    case comparisonRewordedQuestions, comparisonRewordedRules
    case wordingLine              // {place} {part} {before} {after}: one rewording
    case wordingQuoted            // {text}
    case wordingNone
    case wordingQuestion, wordingHint, wordingWhy, wordingSay, wordingCheck, wordingGapQuestion, wordingLabel

    // sessions: the library
    case sessionNotFound          // {reference} {library}
    case sessionAmbiguous         // {reference} {paths}
    case listDate, listClient, listWorkshop, listTime, listReady, listQuestions, listID, listPath
    case percentValue             // {value}
    case noSessionsYet            // {library}
    case noSessionMatches
    case sessionAdded             // {client} {day} {path}
    case confirmRemove            // {what} {path}
    case removeCancelled
    case sessionRemoved           // {files}
    case sessionNotLinked         // {reason}

    // diff
    case diffNeedsTwo
    case diffBadTime              // {text}
    case diffAtTime               // {clock}
    case diffTitle
    case diffAnswersOne, diffAnswersOther     // {count}
    case diffNoChange, diffBefore, diffAfter
    case diffGapsOpened, diffGapsClosed, diffDecisionsTaken, diffDecisionsWithdrawn, diffQuestionsResolved, diffQuestionsRaised
    case diffMarkdownField, diffMarkdownBefore, diffMarkdownAfter
    case diffAdded, diffChanged, diffRemoved
    case diffReadiness            // {before} {after}

    // follow-ups
    case followUpIntro            // {day} {parent} {reviews} {open}
    case transcriptFollowUp       // {parent} {day}
    case transcriptMigrated       // {path}

    // resuming on an edited script
    case badRename                // {option}
    case continueOnEdited         // {command}
    case scriptFormOnly           // located at the script
    case whereDidItGo             // {field} {choices}
    case noSuchField              // {answer}
    case migrationTitle           // {script}
    case migrationCarried         // {count}
    case migrationRenamed, migrationOpenQuestions, migrationNewQuestions, migrationNewGaps, migrationGapsClosed

    // export
    case senderMissing
    case charterWritten           // {path}
    case templatesReady           // {folder}

    // preread, run --preread, export --preread
    case prereadNone              // {script}
    case prereadBadDate           // {option} {text}
    case prereadDueTooLate        // {due} {latest}
    case prereadNeedsSender, prereadNeedsRecipient
    case prereadWrittenPage       // {path}
    case prereadWrittenMail       // {path}
    case prereadTooLarge          // {megabytes}
    case prereadExportNeedsEML

    /// Why a script could not be read, to print after its path.
    static func unreadableScript(_ error: StoreError, _ language: Language) -> String {
        if case .notFound = error { return scriptNotFound.text(language) }
        return error.message(language)
    }
}

import AtelierCore

/// Every sentence the live session shows, with its arguments (`{name}` in the tables of
/// `TerminalMessage+French.swift` and `TerminalMessage+English.swift`). `UIText` gives them
/// typed names; the session's language is the script's, or `--lang`.
enum TerminalMessage: String, MessageCatalogue {
    // Opening and closing
    case agendaTitle, helpHint, finished
    case agendaTotal              // {duration}
    case agendaStart              // {time}
    case resumed                  // {phase} {time}
    case saved                    // {path}
    case resumeWith               // {command}
    case readinessOne, readinessOther   // {percent} {count}

    // The prompt and /etat
    case promptGapsOne, promptGapsOther // {count}
    case statusPhase              // {number} {count} {title} {elapsed} {timebox}
    case statusTotal              // {elapsed} {planned}
    case statusGaps               // {count} {blocking}
    case statusReadiness          // {percent}
    case colon                    // between a label and its value

    // Questions
    case checkpointTag, yesNoHint, listHint, longTextHint, gapTag, advisoryTag, reopenedTag, noWhy
    case recordHint               // {list}
    case choiceHint               // {choices}
    case readBack                 // {value}
    case readBackLabelled         // {label} {value}
    case otherOption, closestOptionPrompt
    case notAnOptionInWords       // {words} {choices}
    case inputLine                // {number}
    case closed                   // {question}
    case parkedAsOpen
    case parkedAsOpenWith         // {owner}
    case decided, noteSaved, notHere, notePrompt, decisionPrompt
    case locked                   // {section}
    case warning80                // {phase}
    case unknownCommand           // {word}
    case editWhich, editNewValue, nothingAnswered, which
    case editCurrent              // {label} {value}
    case noSuchField              // {text}
    case noSuchChoice             // {text}
    case noGaps, blocking, parkedTag, askedTag
    case problem                  // {message}: the disk, or the engine refusing an event
    case interruptedHint
    case lineUndone, draftSoFar
    // An empty Enter on a question: what is expected, then the way out
    case emptyAnswer              // {expected}: one of the expected… texts
    case expectedChoice           // {choices}
    case expectedDate, expectedNumber, expectedDuration, expectedPerson, expectedYesNo, expectedText, expectedLines, emptyOr
    // "Park the rest" at 100 % of a timebox: what it parked or skipped
    case parkedRestTitle, parkedRestNothing, skippedRestTitle

    // /charte
    case decisionsTitle, openQuestionsTitle
    case lockChangesTitle, changedTag
    case lockChangeReplaced       // {subject} {new} {old} {time}
    case lockChangeAdded          // {subject} {new} {time}
    case lockChangeTime           // {time}

    // /aide: each command as typed, and what it does
    case usageHelp, usageStatus, usageWhy, usageSkip, usageBack, usageEdit, usagePark, usageDecide, usageNote
    case usageGaps, usageCharter, usageGoto, usageLock, usageUndo, usageQuit
    case purposeHelp, purposeStatus, purposeWhy, purposeSkip, purposeBack, purposeEdit, purposePark, purposeDecide
    case purposeNote, purposeGaps, purposeCharter, purposeGoto, purposeLock, purposeUndo, purposeQuit

    // The words each command answers to (alternatives separated by `|`); every language's are understood
    case wordsHelp, wordsStatus, wordsSkip, wordsBack, wordsEdit, wordsPark, wordsNote, wordsDecide
    case wordsGaps, wordsCharter, wordsGoto, wordsLock, wordsWhy, wordsUndo, wordsQuit
}

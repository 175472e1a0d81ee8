/// Every sentence the core writes, with its arguments (`{name}` in the tables of
/// `CoreMessage+French.swift` and `CoreMessage+English.swift`).
///
/// Diagnostics — printed after `file:line:column: error:` — start in lower case and end without a
/// full stop; several clauses are joined with « ; ». What the session says to the room (answers
/// that do not fit, the engine's own questions) is written as whole sentences.
enum CoreMessage: String, MessageCatalogue {
    // MARK: Scripts: what the file is
    case emptyScript, topLevelNotMapping, unreadableText, tabIndentation
    case controlCharacter          // {code}
    case duplicateKey              // {key}
    case scriptIsJournal           // {resume} {replay}
    case scriptIsDocument          // {kind}
    case documentWord, documentPDF, documentHTML, documentEmail, documentJSON, documentMarkdown, documentTemplate, documentArchive

    // MARK: Scripts: YAML syntax, explained
    case yamlExpectedKey, yamlExpectedListItem, yamlColonInValue, yamlCannotStartValue, yamlUnexpectedEnd
    case yamlUnclosedBracket, yamlUnclosedBrace, yamlExpectedColon, yamlUndefinedAlias, yamlListItemNotAllowed, yamlExtraDocument
    case yamlOther                 // {detail}

    // MARK: Scripts: keys and values
    case unknownKey                // {key} {place}
    case missingKey                // {key} {place}
    case wrongType                 // {key} {expected} {found}
    case emptyValue                // {key}
    case unsupportedVersion        // {version}
    case invalidID                 // {id}
    case invalidFieldID            // {id}
    case duplicateID               // {id} {another} {line}
    case invalidLanguage           // {value}
    case invalidDuration           // {value}
    case timeboxMismatch           // {duration} {timeboxes}
    case noPhases, noSections, stepWithoutKind, sectionNotInferred
    case unknownFieldType          // {type}
    case invalidListItemType       // {type}
    case choiceWithoutOptions      // {field}
    case keyNotForType             // {key} {type}
    case recordsWithoutFields      // {field}
    case unknownTitleField         // {name} {field}
    case stepWithSeveralKinds      // {kinds}
    case undefinedField            // {field}
    case notARecordsField          // {field}
    case unknownRecordField        // {name} {field}
    case unknownPhase              // {phase}
    case unknownSection            // {section}
    case invalidWeight             // {weight}
    case conditionNotBool          // {type}
    case nestedQuantifier          // {pattern}: a warning
    case templateNotFound          // {path}
    case unknownTemplateVariable   // {name}
    case unknownPlaceholder        // {name}
    case showNeedsRecords          // {field}
    case signatoryNotAName         // {field}
    case prereadUnknownStep        // {name}
    case prereadNotAQuestion       // {name}
    case prereadFacilitatorField   // {field}
    case missionFieldNotADate      // {field}
    case reviewNotInLastPhase, severalReviews
    case didYouMean                // {suggestion}: appended to a diagnostic

    // A returned pre-read questionnaire
    case prereadNotText, prereadNotAPrereadFile
    case prereadNewerVersion       // {version} {known}
    case prereadMissingKey         // {key}
    case prereadOtherWorkshop      // {found} {expected}
    case prereadQuestionsChanged   // {workshop}
    case prereadOtherClient        // {found} {expected}
    case prereadUnknownQuestion    // {key}
    case prereadWrongShape         // {label} {expected}
    case prereadInvalidAnswer      // {label} {problem}
    case prereadUnknownRecordField // {name} {label}
    case prereadShapeText, prereadShapeList, prereadShapeRecords, prereadShapeRecord, prereadShapeObject
    case prereadEndOfFile, prereadBadString, prereadBadNumber, prereadTooDeep, prereadTrailing
    case prereadUnexpected         // {text}
    case prereadDuplicateKey       // {key}

    // MARK: Scripts: where a key is, what a value is
    case placeTopLevel, placeSection, placeField, placePhase, placeStep, placeSayStep, placeAskStep, placeCheckStep
    case placeRule, placeLexicons, placeTemplates, placeDocument, placeSummaryItem, placeSignatory, placePreread, placeMission
    case valueText, valueNumber, valueYesNo, valueList, valueMapping, valueTextList, valueNothing
    case anotherField, anotherRecordField, anotherSection, anotherPhase, anotherStep, anotherRule

    // MARK: Expressions
    case unexpectedCharacter       // {character}
    case operatorSpelling          // {use} {found}
    case unterminatedString
    case invalidNumber             // {text}
    case invalidDate               // {text}
    case expectedValue, expectedName   // {tail}
    case expectedToken             // {token} {tail}
    case expectedEnd               // {found}
    case foundTail                 // {found}
    case atTheEnd
    case unclosedInterpolation, unmatchedClosingBrace, emptyInterpolation
    case unknownName               // {name}
    case unknownField              // {name}
    case noFields                  // {name} {type}
    case notAList                  // {type}
    case unknownFunction           // {name}
    case argumentCountOne, argumentCountOther  // {function} {count} {found}
    case typeMismatch              // {expected} {found}
    case cannotCompare             // {left} {right}
    case cannotCombine             // {operator} {left} {right}
    case regexNotLiteral
    case invalidRegex              // {pattern}
    case unsupportedRegex          // {pattern} {feature}
    case regexBackReferences, regexLookArounds, regexPossessiveQuantifiers, regexAtomicGroups, regexInlineOptions
    case regexEscape               // {escape}
    case unknownLexicon            // {name}
    case misplacedLexicon          // {name}
    case notABindingSource         // {type}
    case duplicateVariable         // {name}
    case tooDeeplyNested, notAssignable
    case notAnOption               // {value} {field} {options}
    case alternatives              // {first} {last}: "a, b ou c"

    // MARK: Expressions: types, as a workshop author calls them
    case typeText, typeNumber, typeDate, typeDuration, typeBool, typeNull, typeRecord, typeAnswer, typeLexicon, typeList
    case typeListOf                // {items}
    case itemsText, itemsNumber, itemsDate, itemsDuration, itemsBool, itemsNull, itemsRecord, itemsAnswer, itemsLexicon, itemsList

    // MARK: Journals
    case journalEmpty, journalNotText, journalNotAJournal, journalHeaderCutOff, journalInvalidHeader
    case journalIsScript           // {run}
    case journalNewerVersion       // {version} {current}
    case journalInvalidHeaderField // {field}
    case journalDamagedLine, journalInvalidText, journalDuplicateHeader, journalInvalidEvent, journalUnencodable
    case journalUnknownEventType   // {type}
    case journalInvalidEventField  // {field}
    case journalDifferentWorkshop  // {recorded} {given}
    case journalScriptChanged      // {script} {replay}
    case journalTornLastLine
    case journalOutOfRange         // {field} {value} {limit}
    case journalEventLandsNowhere  // {notice}
    case journalScriptCopyEdited

    // MARK: What the engine says back about an event
    case noticeUnknownItem         // {id}
    case noticeUnknownPhase        // {id}
    case noticeUnknownSection      // {id}
    case noticePathGone            // {path}
    case noticeValueDoesNotFit     // {id}
    case noticeNothingToUndo, noticeNothingToGoBackTo
    case noticeLockedSectionChanged  // {section}
    case noticeEditedScriptUnreadable

    // MARK: What the engine asks itself
    case parkOffer                 // {phase}
    case whoWillAnswer             // {question}
    case noLongerFits              // {label} {value}: an answer the edited or follow-up script has no place for
    case ownerLabel, finished
    case boardNote                 // {url}: the facilitator annex's note for a board opened
    case decisionScope             // {decision} {item} {fields}: does a decision hold for its whole item?
    case decisionScopeLabel
    /// Answers that mean "I don't know", separated by `|`, for scripts without a `dont_know` lexicon.
    case dontKnowPhrases

    // MARK: Answers that do not fit their field
    case answerNotANumber, answerNotADate, answerNotADuration, answerNotYesNo  // {text}
    case answerNotAnOption         // {text} {options}
    case answerEmpty

    // MARK: The system's reasons (strerror only speaks the C locale's language)
    case systemDiskFull, systemReadOnly, systemPermissionDenied, systemNoFolder, systemNotAFolder, systemIsAFolder
    case systemInputOutput, systemNameTooLong, systemTooManyFiles, systemReaderStopped, systemFileTooLarge, systemDeviceGone
    case systemOther              // {code} {text}

    // MARK: Values written as text
    case shortDate                 // {day} {month} {year}, two digits for day and month
    case yes, no
    case dayInWords                // {day} {month} {year}: « 13 octobre 2026 », "October 13, 2026"
    case firstDayInWords           // {month} {year}: the first of a month, « 1er mars 2027 »
    case monthInWords, monthStartInWords, monthMiddleInWords, monthEndInWords  // {month} {year}
    /// The months' names, as written back and as read (the date parser learns every language's).
    case monthJanuary, monthFebruary, monthMarch, monthApril, monthMay, monthJune
    case monthJuly, monthAugust, monthSeptember, monthOctober, monthNovember, monthDecember
    case wordedChoice              // {option} {words}: an option with the client's own words
    case otherChoice               // {words}: the client's words, no option chosen
}

/// Where in a workshop script a key was found, to say "unknown key `x` in a field".
enum ScriptPlace: Sendable {
    case topLevel, section, field, phase, step, sayStep, askStep, checkStep, rule, lexicons, templates
    case document, summaryItem, signatory, mission

    /// « dans un champ », "in a field".
    var phrase: CoreMessage {
        switch self {
        case .topLevel: .placeTopLevel
        case .section: .placeSection
        case .field: .placeField
        case .phase: .placePhase
        case .step: .placeStep
        case .sayStep: .placeSayStep
        case .askStep: .placeAskStep
        case .checkStep: .placeCheckStep
        case .rule: .placeRule
        case .lexicons: .placeLexicons
        case .templates: .placeTemplates
        case .document: .placeDocument
        case .summaryItem: .placeSummaryItem
        case .signatory: .placeSignatory
        case .mission: .placeMission
        }
    }
}

/// The kind of value a key holds, for "expected a list, found a text".
enum ValueKind: Sendable {
    case text, number, yesNo, list, mapping, textList, nothing

    /// « une liste », "a list".
    var phrase: CoreMessage {
        switch self {
        case .text: .valueText
        case .number: .valueNumber
        case .yesNo: .valueYesNo
        case .list: .valueList
        case .mapping: .valueMapping
        case .textList: .valueTextList
        case .nothing: .valueNothing
        }
    }
}

/// What kind of thing an id names, for "already used by another field".
enum IDKind: Sendable {
    case field, recordField, section, phase, step, rule

    /// « un autre champ », "another field".
    var phrase: CoreMessage {
        switch self {
        case .field: .anotherField
        case .recordField: .anotherRecordField
        case .section: .anotherSection
        case .phase: .anotherPhase
        case .step: .anotherStep
        case .rule: .anotherRule
        }
    }
}

import Testing
@testable import AtelierCore

/// One rule of a shipped script, shown on a charter that is complete but for the one gap the rule names.
struct RuleCase: Sendable, CustomTestStringConvertible {
    var script: ShippedScript
    var rule: String
    /// Makes the complete charter miss exactly what the rule is about.
    var change: @Sendable (inout [String: Value]) -> Void
    /// The co-construction question, exactly as the client sees it.
    var question: String
    /// The client's own words the question must quote (in « » or “ ”); empty for a rule about the whole charter.
    var quotes: [String]
    /// An answer to the gap that fills it.
    var fill: Value

    init(_ script: ShippedScript, _ rule: String, question: String, quotes: [String] = [], fill: Value,
         change: @escaping @Sendable (inout [String: Value]) -> Void) {
        self.script = script
        self.rule = rule
        self.change = change
        self.question = question
        self.quotes = quotes
        self.fill = fill
    }

    var testDescription: String { "\(script.rawValue) › \(rule)" }

    /// The complete charter with this case's change.
    var charter: [String: Value] {
        var charter = CompleteCharter.of(script)
        change(&charter)
        return charter
    }

    /// How the script's language quotes the client.
    var quoted: (String) -> String {
        switch script {
        case .cadrageFR: { "« \($0) »" }
        case .scopingEN: { "“\($0)”" }
        }
    }

    static let all: [RuleCase] = CadrageRuleCases.all + ScopingRuleCases.all
}

/// A charter that leaves no gap at all in its script: every case starts from it.
enum CompleteCharter {
    static func of(_ script: ShippedScript) -> [String: Value] {
        switch script {
        case .cadrageFR: CadrageCharter.complete
        case .scopingEN: ScopingCharter.complete
        }
    }
}

/// Builds record fields, leaving out the ones given as nil (not answered).
func fields(_ pairs: KeyValuePairs<String, Value?>) -> [String: Value] {
    var out: [String: Value] = [:]
    for (key, value) in pairs { if let value { out[key] = value } }
    return out
}

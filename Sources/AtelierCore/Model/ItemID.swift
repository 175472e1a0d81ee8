/// What an agenda item is, as the engine, the runner and the events name it.
///
/// Its text form (`description`) is what the journal writes, the same since format 1:
/// `phase/step`, `gap:rule`, `gap:rule[r3,r7]`, `owner:oq1`, `offer:phase`, `scope:rule[r3]`, `end`.
/// `ItemID(text)` reads it back; every text it accepts prints back unchanged.
public enum ItemID: Sendable, Hashable, LosslessStringConvertible {
    /// A scripted step (`say`, `ask` or `check`) of a phase.
    case step(phase: String, step: String)
    /// A gap a rule raised for one binding.
    case gap(GapID)
    /// "Who will answer?" after a parked or "don't know" answer.
    case ownerFollowUp(openQuestion: String)
    /// The timebox of a phase is spent: park the rest of it to finish on time?
    case parkOffer(phase: String)
    /// A decision was taken on this gap, inside an item that has other questions open: does the
    /// decision hold for the whole item (its other questions no longer asked)?
    case decisionScope(GapID)
    /// Nothing left to ask.
    case end

    /// Reads the text form; nil for a text that names no kind of item (no `/`, no known prefix).
    public init?(_ text: String) {
        if let rest = text.dropPrefix("gap:") {
            self = .gap(GapID(text: rest))
        } else if let rest = text.dropPrefix("owner:") {
            self = .ownerFollowUp(openQuestion: String(rest))
        } else if let rest = text.dropPrefix("offer:") {
            self = .parkOffer(phase: String(rest))
        } else if let rest = text.dropPrefix("scope:") {
            self = .decisionScope(GapID(text: rest))
        } else if text == "end" {
            self = .end
        } else if let slash = text.firstIndex(of: "/") {
            self = .step(phase: String(text[..<slash]), step: String(text[text.index(after: slash)...]))
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case let .step(phase, step): "\(phase)/\(step)"
        case let .gap(gap): "gap:\(gap)"
        case let .ownerFollowUp(openQuestion): "owner:\(openQuestion)"
        case let .parkOffer(phase): "offer:\(phase)"
        case let .decisionScope(gap): "scope:\(gap)"
        case .end: "end"
        }
    }
}

/// A gap: the rule that raised it and what its `each` bound — one record id (`r3`) or answer path
/// (`objectifs[r3].intitule`) per binding, none for a rule about the whole charter.
public struct GapID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rule: String
    package var binding: [String]

    public init(rule: String, binding: [String] = []) {
        self.rule = rule
        self.binding = binding
    }

    /// `rule` or `rule[a,b]` (the text form after `gap:`).
    init(text: Substring) {
        guard text.last == "]", let open = text.firstIndex(of: "[") else {
            self.init(rule: String(text))
            return
        }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        self.init(rule: String(text[..<open]), binding: inner.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
    }

    public var description: String {
        binding.isEmpty ? rule : "\(rule)[\(binding.joined(separator: ","))]"
    }

    /// By text form: the last tie-break of the agenda order.
    public static func < (a: GapID, b: GapID) -> Bool { a.description < b.description }
}

extension String {
    fileprivate func dropPrefix(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? self[index(startIndex, offsetBy: prefix.count)...] : nil
    }
}

import AtelierCore
import Foundation
@testable import AtelierExport

/// Charters built through the engine from the shipped example session, then pushed where a real
/// session goes wrong: what a tester playing a client typed, and what an attacker would.
enum Scenarios {
    /// A 300-character word, a long URL, markup and right-to-left text, for the print tests.
    static let longWord = String(repeating: "Anticonstitutionnellement", count: 12)
    static let longURL = "https://intranet.acme-industrie.fr/projets/recrutement/2027/documents-de-reference/"
        + "processus-cible/version-validee-en-comite-de-pilotage/annexes/grille-d-entretien-structure.pdf"
    static let markup = "<b>gras</b> & <script>alert(1)</script> {{client}}"
    static let arabic = "الموارد البشرية"
    static let hebrew = "משאבי אנוש"

    /// The example, after the workshop: the resources section locked, then its budget changed to a
    /// hedged answer (the hedge rule raises a gap on it, which is parked with its owner and date),
    /// and a hedged next step added and left open — what a tester saw in the client's copy.
    static func afterTheWorkshop() throws -> CharterDocument {
        var (engine, header, _) = try ExampleSession.replay()
        var t = engine.lastEventTime
        func apply(_ kind: Event.Kind) {
            t += 30
            _ = engine.apply(Event(kind, at: t))
        }
        apply(.lock(section: "ressources"))
        apply(.edit(path: "budget", value: .text("On verra pour le budget")))
        if let gap = engine.openGaps().first(where: { $0.rule == "reponse-hesitante" }) {
            apply(.park(item: gap.id, owner: "Isabelle Marchand, 08/12/2026", dontKnow: false))
        }
        if case .records(let steps)? = engine.value(at: FieldPath(field: "prochaines_etapes")) {
            let added = Record(id: "new", fields: ["action": .text("Peut-être organiser un séminaire avec les écoles"),
                                                   "responsable": .text("Thomas Girard"),
                                                   "date": .date(Day(year: 2027, month: 2, day: 1))])
            apply(.edit(path: "prochaines_etapes", value: .records(steps + [added])))
        }
        return engine.document(sessionID: header.sessionID, client: header.client, date: header.startDay,
                               startedAt: header.startedAt)
    }

    /// `afterTheWorkshop`, with hostile text in a table cell, a paragraph, a title and a list.
    static func hostile() throws -> CharterDocument {
        var doc = try afterTheWorkshop()
        for s in doc.sections.indices {
            for f in doc.sections[s].fields.indices {
                let field = doc.sections[s].fields[f]
                switch field.model.id {
                case "contexte": doc.sections[s].fields[f].value = .text("\(markup)\n" + (field.value.map(text) ?? ""))
                case "objectifs": doc.sections[s].fields[f].value = field.value.map(hostileObjectives)
                case "risques": doc.sections[s].fields[f].value = field.value.map { replaceFirst($0, "mitigation", with: longURL) }
                case "parties_prenantes":
                    doc.sections[s].fields[f].value = field.value.map { replaceFirst($0, "organisation", with: hebrew) }
                default: break
                }
            }
        }
        return doc
    }

    private static func text(_ value: Value) -> String {
        if case .text(let s) = value { return s }
        return ""
    }

    /// The first objective's title in Arabic, its first indicator's target one 300-character word.
    private static func hostileObjectives(_ value: Value) -> Value {
        guard case .records(var objectives) = value, !objectives.isEmpty else { return value }
        objectives[0].fields["intitule"] = .text("\(arabic) — Réduire le délai de recrutement")
        if case .records(let indicators)? = objectives[0].fields["indicateurs"] {
            objectives[0].fields["indicateurs"] = replaceFirst(.records(indicators), "cible", with: longWord)
        }
        return .records(objectives)
    }

    private static func replaceFirst(_ value: Value, _ field: String, with text: String) -> Value {
        guard case .records(var records) = value, !records.isEmpty else { return value }
        records[0].fields[field] = .text(text)
        return .records(records)
    }
}

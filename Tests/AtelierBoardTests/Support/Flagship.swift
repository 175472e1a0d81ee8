import AtelierCore
import Foundation

/// The flagship script and a session header for it, for the board's tests.
enum Flagship {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let day = Day(year: 2026, month: 11, day: 24)

    static func workshop(_ name: String = "cadrage-mission.fr.yaml") throws -> (Workshop, [UInt8]) {
        let path = repository.appendingPathComponent("workshops/\(name)").path
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let (workshop, diagnostics) = WorkshopLoader.load(source: String(decoding: bytes, as: UTF8.self), file: path)
        guard let workshop else { throw TestFailure("the flagship does not load: \(diagnostics)") }
        return (workshop, bytes)
    }

    static func header(_ workshop: Workshop, _ bytes: [UInt8]) -> JournalHeader {
        JournalHeader(sessionID: "test-session", workshop: workshop, scriptBytes: bytes, client: "Acme Industrie",
                      startedAt: "2026-11-24T09:00:00+01:00", startDay: day, atelierVersion: "test")
    }

    /// The opening of a session: the three checkpoints, the context (with what a tester planted),
    /// a facilitator note, the stakes.
    static func opening(context: String, note: String) -> [Event] {
        var t = 0.0
        func at(_ kind: Event.Kind) -> Event { t += 20; return Event(kind, at: t) }
        return [
            at(.said(item: .step(phase: "ouverture", step: "ouverture-1"))), at(.said(item: .step(phase: "ouverture", step: "ouverture-2"))), at(.said(item: .step(phase: "ouverture", step: "ouverture-3"))),
            at(.said(item: .step(phase: "ouverture", step: "ouverture-4"))),
            at(.checkpoint(item: .step(phase: "ouverture", step: "chk-lien"), ok: true)), at(.checkpoint(item: .step(phase: "ouverture", step: "chk-preparation"), ok: false)),
            at(.checkpoint(item: .step(phase: "ouverture", step: "chk-structure"), ok: true)),
            at(.said(item: .step(phase: "contexte", step: "contexte-1"))),
            at(.answer(item: .step(phase: "contexte", step: "contexte"), value: .text(context))),
            at(.note(note)),
            at(.answer(item: .step(phase: "contexte", step: "enjeux"), value: .text("Réussir la rentrée."))),
        ]
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

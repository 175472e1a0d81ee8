import Foundation
@testable import AtelierCore

/// A flagship session played the way the live session runs it: whatever the engine asks next is
/// answered from a charter (or skipped), every `say` shown, every checkpoint passed, the park offer
/// declined, each gap handed to `onGap` — until the end. What was asked, in order, is kept.
struct FlagshipSessionWalk {
    var driver: EngineDriver
    /// The items asked, in order.
    var asked: [AgendaItem] = []

    init(_ workshop: Workshop) { driver = EngineDriver(workshop) }

    /// What to do with a gap: nil skips it.
    typealias GapReply = (AgendaItem, inout EngineDriver) -> Event.Kind?

    mutating func play(_ charter: [String: Value], limit: Int = 400, onGap: GapReply = { _, _ in nil }) {
        for _ in 0..<limit {
            let item = driver.next
            if item.kind == .end { return }
            asked.append(item)
            switch item.kind {
            case .say: driver.send(.said(item: item.id), after: 1)
            case .checkpoint: driver.send(.checkpoint(item: item.id, ok: true), after: 1)
            case .parkOffer, .decisionScope: driver.send(.answer(item: item.id, value: .bool(false)), after: 1)
            case .ownerFollowUp: driver.send(.answer(item: item.id, value: .text("Paul Bernard")), after: 1)
            case .question:
                let value = item.target.flatMap(\.rootField).flatMap { charter[$0] }
                driver.send(value.map { .answer(item: item.id, value: $0) } ?? .skip(item: item.id), after: 1)
            case .gap:
                driver.send(onGap(item, &driver) ?? .skip(item: item.id), after: 1)
            case .end: return
            }
        }
    }

    /// The position of the first item asked that `matches`, if any.
    func position(_ matches: (AgendaItem) -> Bool) -> Int? { asked.firstIndex(where: matches) }

    func position(of step: String) -> Int? { position { $0.id.description == step } }

    /// The flagship script with `review: true` taken out (a script that does not say where the
    /// final review opens).
    static func flagshipWithoutReviewMarker() throws -> Workshop {
        let url = try require2(ShippedScript.cadrageFR.url)
        let source = try String(contentsOf: url, encoding: .utf8)
        let edited = source.replacingOccurrences(of: "        review: true", with: "        # (no review marker)")
        guard edited != source, let workshop = WorkshopLoader.load(source: edited, file: "sans-revue.yaml").workshop else {
            throw ShippedScript.LoadError(message: "the flagship without its review marker does not load")
        }
        return workshop
    }
}

private func require2<T>(_ value: T?) throws -> T {
    guard let value else { throw ShippedScript.LoadError(message: "no package root") }
    return value
}

import Foundation
@testable import AtelierCore

/// A workshop script shipped in the repository's `workshops/` folder, loaded as is (never copied).
enum ShippedScript: String, CaseIterable, Sendable, CustomStringConvertible {
    case cadrageFR = "cadrage-mission.fr.yaml"
    case scopingEN = "mission-scoping.en.yaml"

    var description: String { rawValue }

    /// The package root: the first folder above this file that holds `Package.swift`.
    static func packageRoot(from filePath: String = #filePath) -> URL? {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    var url: URL? { Self.packageRoot()?.appendingPathComponent("workshops").appendingPathComponent(rawValue) }

    /// The script, loaded and checked; throws with every diagnostic when it does not load cleanly.
    func workshop() throws -> Workshop {
        try Self.loaded[self, default: .failure(LoadError(message: "\(rawValue) was not loaded"))].get()
    }

    private static let loaded: [ShippedScript: Result<Workshop, LoadError>] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, $0.load()) })

    private func load() -> Result<Workshop, LoadError> {
        guard let url else { return .failure(LoadError(message: "no Package.swift above \(#filePath)")) }
        guard let source = try? String(contentsOf: url, encoding: .utf8) else {
            return .failure(LoadError(message: "cannot read \(url.path)"))
        }
        let (workshop, diagnostics) = WorkshopLoader.load(source: source, file: url.path)
        guard let workshop, !diagnostics.hasErrors else {
            let text = diagnostics.map { "\($0.location?.description ?? rawValue): \($0.message)" }
            return .failure(LoadError(message: text.joined(separator: "\n")))
        }
        return .success(workshop)
    }

    struct LoadError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// Plays the whole scripted interview of a shipped script with a fake clock: every `say` is shown,
/// every checkpoint passed, every question answered from `charter` (or skipped when the charter
/// leaves that field out). The engine then stands in the first phase that still has something to
/// ask, which is where a gap the charter leaves is raised.
enum ScriptedInterview {
    static func play(_ workshop: Workshop, charter: [String: Value]) -> (driver: EngineDriver, notices: [EngineNotice]) {
        var driver = EngineDriver(workshop)
        var notices: [EngineNotice] = []
        for phase in workshop.phases {
            for step in phase.steps {
                let item = ItemID.step(phase: phase.id, step: step.id)
                switch step.kind {
                case .say: notices += driver.send(.said(item: item), after: 1)
                case .check: notices += driver.send(.checkpoint(item: item, ok: true), after: 1)
                case .ask(let question):
                    if let value = charter[question.field] {
                        notices += driver.send(.answer(item: item, value: value), after: 1)
                    } else {
                        notices += driver.send(.skip(item: item), after: 1)
                    }
                }
            }
        }
        return (driver, notices)
    }
}

/// Short ways to write charter values.
enum V {
    static func t(_ s: String) -> Value { .text(s) }
    static func list(_ items: String...) -> Value { .list(items.map(Value.text)) }
    static func day(_ iso: String) -> Value { Day(iso: iso).map(Value.date) ?? .text("not a date: \(iso)") }
    static func records(_ records: [String: Value]...) -> Value { .records(records.map { Record(id: "", fields: $0) }) }
}

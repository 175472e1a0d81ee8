import AtelierCLI
import AtelierCore
import AtelierExport

/// What each fuzz target does with one input. Shared by the libFuzzer programs (Fuzz/targets, built
/// by scripts/fuzz) and by the regression tests, which replay every input that once crashed.
/// Every entry point must return for any bytes: a crash, a trap or a hang here is a bug.
public enum FuzzTargets {
    /// The workshop-script loader and linter; when the script loads, an engine starts on it.
    public static func workshop(_ bytes: [UInt8]) {
        let source = String(decoding: bytes, as: UTF8.self)
        let (workshop, diagnostics) = WorkshopLoader.load(source: source, file: "fuzz.yaml")
        _ = DiagnosticText.render(diagnostics, sources: ["fuzz.yaml": source])
        _ = DiagnosticText.json(diagnostics)
        guard let workshop else { return }
        let engine = Engine(workshop: workshop, today: FuzzFixtures.today)
        _ = engine.next(at: 0)
        _ = engine.document(sessionID: "fuzz", client: nil, date: FuzzFixtures.today)
    }

    /// The expression language: the first line is parsed as a condition, type-checked against a
    /// charter model and evaluated against a filled charter; the rest as a question's text.
    public static func expression(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let (first, rest) = FuzzFixtures.splitFirstLine(text)
        let context = FuzzFixtures.context
        if let expr = try? ExpressionParser.parse(first) {
            if (try? TypeChecker.check(expr, in: FuzzFixtures.environment)) != nil {
                _ = Evaluator.evaluate(expr, in: context)
            }
        }
        if let bindings = try? ExpressionParser.parseBindings(first), bindings.count <= 3 {
            _ = Evaluator.enumerate(bindings, in: context).count
        }
        if let interpolated = try? ExpressionParser.parseInterpolation(rest) {
            _ = Interpolator.render(interpolated, in: context)
        }
    }

    /// The journal reader; a journal that reads is replayed over the flagship-like script.
    public static func journal(_ bytes: [UInt8]) {
        let result = JournalCodec.decode(bytes, file: "fuzz.jsonl")
        for language in Language.allCases { _ = result.diagnostics(language).map(\.message) }
        guard result.isUsable, let workshop = FuzzFixtures.workshop else { return }
        let (engine, notices) = Engine.replaying(Array(result.events.prefix(500)), workshop: workshop, today: FuzzFixtures.today)
        for language in Language.allCases { _ = notices.map { $0.message(language) } }
        _ = engine.next(at: result.elapsedTime)
    }

    /// Mustache template loading (swift-mustache, through the export's template path) and rendering.
    public static func template(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let document = FuzzFixtures.document else { return }
        do {
            _ = try Exporter.render(template: text, file: "fuzz.mustache", document)
        } catch {
            for language in Language.allCases { _ = error.message(in: language) }
        }
    }
}
